import type { Page } from 'playwright-core'

/**
 * Taro's H5 router keeps earlier pages of the stack in the document, hidden; a parent only sees the current
 * one, so every lookup is limited to what is visible.
 */
export const byTestId = (page: Page, id: string) => page.locator(`[data-testid="${id}"]:visible`)

/** Taro's H5 modal: confirm it the way a parent taps 确定. */
export async function confirmModal(page: Page) {
  await page.locator('.taro__modal .taro-modal__btn-primary, .taro__modal .taro-modal__foot > div:last-child').first().click()
}
