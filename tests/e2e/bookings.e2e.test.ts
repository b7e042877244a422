import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { eventually } from '../support/eventually'
import { addDays, chinaDateOf } from '../../src/domain/bookings/china-time-rules'
import { startApp, type AppUnderTest } from './support/app-under-test'
import { byTestId, confirmModal } from './support/h5-page'

// A parent books 计时托 for a child at a sample institution, sees it in 我的预约, moves it and cancels it;
// the institution's workspace shows the booking and then the cancellation. Everything through the H5 app.
let app: AppUnderTest

/** The first bookable day in the date strip after `after` (China dates). */
async function bookableDayAfter(page: Page, after: string): Promise<string> {
  const ids = await page.locator('[data-enabled="true"] > [data-testid^="date-"]:visible').evaluateAll((chips) => chips.map((chip) => chip.getAttribute('data-testid') ?? ''))
  const day = ids.map((id) => id.slice('date-'.length)).find((d) => d > after)
  if (!day) throw new Error(`no bookable day after ${after} in ${ids.join(', ')}`)
  return day
}

beforeAll(async () => {
  app = await startApp()
})

afterAll(async () => {
  await app?.stop()
})

describe('booking hourly care end to end', () => {
  it('books, shows, moves and cancels; the workspace sees the booking then the cancellation', async () => {
    const found = await app.api<{ items: { id: string; regionCode: string; isSample: boolean }[] }>('finder', 'search', { regionCode: 'zhuji', serviceTypes: ['hourly'], pageSize: 20 })
    let institution: { id: string; regionCode: string } | undefined
    for (const candidate of found.items) {
      const { offerings } = await app.api<{ offerings: { kind: string; upcomingSlots: number }[] }>('bookings', 'listOfferings', { institutionId: candidate.id })
      if (offerings.some((o) => o.kind === 'hourly' && o.upcomingSlots > 1)) {
        institution = candidate
        break
      }
    }
    if (!institution) throw new Error('no sample institution in 诸暨 offers hourly care')

    const parent = await app.newPage()
    await parent.goto(`${app.url}/#/pages/institution/index?id=${institution.id}`)
    await byTestId(parent, 'booking-entry-open').click()
    await byTestId(parent, 'sign-in').click()
    await parent.locator('[data-testid="service-option"][data-kind="hourly"]:visible').click()

    // Book two days or more ahead: the booking must still be changeable (12-hour cut-off) at whatever hour this runs.
    const bookedDay = await bookableDayAfter(parent, addDays(chinaDateOf(new Date()), 1))
    await byTestId(parent, `date-${bookedDay}`).click()
    const firstSlot = parent.locator(`[data-testid="slot-option"][data-day="${bookedDay}"]:not([data-places-left="0"]):visible`).first()
    const firstSlotId = await firstSlot.getAttribute('data-slot-id')
    await firstSlot.click()

    await byTestId(parent, 'add-child').click()
    await byTestId(parent, 'child-nickname').locator('input').fill('小满')
    await parent.locator('[data-testid^="birth-year-"]:visible').nth(1).click()
    await parent.locator('[data-testid^="birth-month-"]:visible').first().click()
    await byTestId(parent, 'consent-tick').click()
    await byTestId(parent, 'child-save').click()
    await eventually(() => byTestId(parent, 'child-option-小满').getAttribute('data-selected')).toBe('true')

    await byTestId(parent, 'confirm-booking').click()
    const reference = (await byTestId(parent, 'outcome-reference').textContent())?.trim()
    expect(reference).toMatch(/^[A-Z0-9]{6}$/)
    await byTestId(parent, 'view-my-bookings').click()
    const card = parent.locator('[data-testid="booking-card"]:visible', { hasText: reference! })
    await eventually(() => card.count()).toBe(1)
    expect(await card.textContent()).toContain('宝宝：小满')

    // Move it to another slot of the same service.
    await card.locator('[data-testid="reschedule-booking"]').click()
    await parent.locator('[data-testid="slot-option"]:visible').first().waitFor()
    // Another place on the same day, or else on a later one, so the moved booking can still be cancelled.
    const freeSlotOn = (day: string) => parent.locator(`[data-testid="slot-option"][data-day="${day}"]:not([data-places-left="0"]):not([data-slot-id="${firstSlotId}"]):visible`).first()
    await byTestId(parent, `date-${bookedDay}`).click()
    let otherSlot = freeSlotOn(bookedDay)
    if ((await otherSlot.count()) === 0) {
      const laterDay = await bookableDayAfter(parent, bookedDay)
      await byTestId(parent, `date-${laterDay}`).click()
      otherSlot = freeSlotOn(laterDay)
    }
    const movedSlotId = await otherSlot.getAttribute('data-slot-id')
    await otherSlot.click()
    await byTestId(parent, 'confirm-booking').click()
    const movedReference = (await byTestId(parent, 'outcome-reference').textContent())?.trim()
    expect(movedReference).toMatch(/^[A-Z0-9]{6}$/)
    expect(movedReference).not.toBe(reference)
    await byTestId(parent, 'view-my-bookings').click()
    const movedCard = parent.locator('[data-testid="booking-card"]:visible', { hasText: movedReference! })
    await eventually(() => movedCard.count()).toBe(1)
    await eventually(() => parent.locator('[data-testid="booking-card"]:visible').count()).toBe(1)

    // The institution's workspace, in its own browser profile, shows the booking on the slot it moved to.
    const staff = await app.newPage()
    await staff.goto(`${app.url}/#/pages/workspace/index?institutionId=${institution.id}&regionCode=${institution.regionCode}`)
    await byTestId(staff, 'sign-in').click()
    await staff.locator(`[data-testid="workspace-slot"][data-slot-id="${movedSlotId}"]:visible`).click()
    const row = staff.locator(`[data-testid="slot-booking"][data-reference="${movedReference}"]:visible`)
    await eventually(() => row.getAttribute('data-status')).toBe('confirmed')
    expect(await row.textContent()).toContain('小满')

    // The parent cancels; the workspace shows the cancellation.
    await movedCard.locator('[data-testid="cancel-booking"]').click()
    await confirmModal(parent)
    await eventually(() => parent.locator('[data-testid="booking-card"]:visible').count()).toBe(0)

    await staff.reload()
    const cancelledRow = staff.locator(`[data-testid="slot-booking"][data-reference="${movedReference}"]:visible`)
    await eventually(() => cancelledRow.getAttribute('data-status'), { timeout: 15_000 }).toBe('cancelled')
    expect(await cancelledRow.textContent()).toContain('已取消')
  })
})
