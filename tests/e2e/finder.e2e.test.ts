import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { eventually } from '../support/eventually'
import { startApp, type AppUnderTest } from './support/app-under-test'
import { byTestId } from './support/h5-page'

/** A distance as the card shows it ("850米", "1.2公里"), back in metres. */
function metresOf(text: string): number {
  const match = /([\d.]+)\s*(公里|米)/.exec(text)
  if (!match?.[1]) throw new Error(`not a distance: ${text}`)
  return match[2] === '公里' ? Number(match[1]) * 1000 : Number(match[1])
}

const card = (page: Page) => byTestId(page, 'result-card')

async function searchAnswered(page: Page, wanted: (input: Record<string, unknown>) => boolean): Promise<void> {
  await page.waitForResponse((response) => {
    if (!response.url().endsWith('/api/finder/search')) return false
    const body = response.request().postDataJSON() as Record<string, unknown> | null
    return body !== null && wanted(body)
  })
}

describe('a parent in 诸暨 looking for affordable care with a free place for an 18-month-old', () => {
  let app: AppUnderTest

  beforeAll(async () => {
    app = await startApp()
  })

  afterAll(async () => {
    await app?.stop()
  })

  it('finds, opens, and compares institutions in a real browser', async () => {
    const page = await app.newPage()
    await page.goto(app.url)
    await card(page).first().waitFor()
    await expect(byTestId(page, 'sample-banner').first().isVisible()).resolves.toBe(true)

    // Choose 诸暨.
    const zhuji = searchAnswered(page, (input) => input.regionCode === 'zhuji')
    await byTestId(page, 'region-picker').click()
    await byTestId(page, 'region-option-zhuji').click()
    await zhuji
    await expect(byTestId(page, 'region-current').textContent()).resolves.toContain('诸暨')

    // Filter 普惠 + 托小班 + 有空位.
    const filtered = searchAnswered(
      page,
      (input) =>
        input.regionCode === 'zhuji' &&
        input.affordableOnly === true &&
        input.hasVacancy === true &&
        JSON.stringify(input.ageBands) === JSON.stringify(['toddler'])
    )
    await byTestId(page, 'filter-button').click()
    await byTestId(page, 'filter-affordable').click()
    await byTestId(page, 'filter-age-toddler').click()
    await byTestId(page, 'filter-vacancy').click()
    await byTestId(page, 'filter-apply').click()
    await filtered
    await card(page).first().waitFor()

    const count = await card(page).count()
    expect(count).toBeGreaterThanOrEqual(2)
    // Every result says what the filters asked for.
    for (let i = 0; i < count; i++) {
      const item = card(page).nth(i)
      await expect(item.getByTestId('badge-affordable').count()).resolves.toBe(1)
      await expect(item.getByTestId('badge-vacancy').count()).resolves.toBe(1)
    }

    // Sorted by distance: nearest first.
    const distances = (await byTestId(page, 'result-distance').allTextContents()).map(metresOf)
    expect(distances.length).toBe(count)
    for (let i = 1; i < distances.length; i++) expect(distances[i]!).toBeGreaterThanOrEqual(distances[i - 1]!)

    // Open the first: its latest grade (the same one its card showed) and the disclosure checklist.
    const first = card(page).nth(0)
    const firstId = await first.getAttribute('data-id')
    const firstName = (await first.locator('.result-card__name').textContent())?.trim()
    const cardGrade = (await first.getByTestId('badge-grade').textContent())?.trim()
    await first.click()
    const latestGrade = byTestId(page, 'detail-latest-grade')
    await latestGrade.waitFor()
    await expect(byTestId(page, 'detail-name').textContent()).resolves.toBe(firstName)
    await expect(latestGrade.textContent()).resolves.toBe(cardGrade)
    const checklist = byTestId(page, 'disclosure-checklist')
    await checklist.scrollIntoViewIfNeeded()
    await expect(checklist.isVisible()).resolves.toBe(true)
    await expect(checklist.locator('[data-status]').count()).resolves.toBe(20)

    // Add it and the second result to compare.
    await byTestId(page, 'add-to-compare').click()
    await expect(byTestId(page, 'compare-entry').textContent()).resolves.toContain('1')
    await page.goBack()
    // The router removes the page it leaves after its exit transition; wait for that, or the next detail
    // page would briefly stand beside this one.
    await eventually(() => byTestId(page, 'detail-name').count()).toBe(0)
    const second = card(page).nth(1)
    await second.waitFor()
    const secondId = await second.getAttribute('data-id')
    await second.click()
    await byTestId(page, 'detail-latest-grade').waitFor()
    await expect(byTestId(page, 'detail-name').textContent()).resolves.not.toBe(firstName)
    await byTestId(page, 'add-to-compare').click()
    await byTestId(page, 'compare-entry').click()

    // The compare page shows both, side by side.
    const columns = byTestId(page, 'compare-column')
    await columns.nth(1).waitFor()
    await expect(columns.count()).resolves.toBe(2)
    const ids = await columns.evaluateAll((elements) => elements.map((e) => e.getAttribute('data-id')))
    expect(ids).toEqual([firstId, secondId])
    for (const i of [0, 1]) await expect(columns.nth(i).isVisible()).resolves.toBe(true)
  })
})
