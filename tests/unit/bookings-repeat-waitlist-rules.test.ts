import { describe, expect, it } from '@jest/globals'
import { remindersFor } from '../../src/domain/bookings/reminder-rules'
import type { SlotTiming } from '../../src/domain/bookings/slot-schema'
import { OFFER_HOLD_MINUTES, isOfferExpired, offerExpiresAt } from '../../src/domain/bookings/waitlist-rules'
import { weeklyDates } from '../../src/domain/bookings/weekly-repeat-rules'
import { officialHolidayOn } from '../../src/domain/shared/holiday-calendar-rules'

describe('weekly repetition over the 2025 National Day holiday', () => {
  it('skips the official holidays and names them', () => {
    // Mondays and Wednesdays from 22 Sep 2025 for four weeks: 1 Oct (Wed), 6 Oct (Mon, 中秋) and 8 Oct (Wed)
    // are days off; 13 and 15 Oct are ordinary again.
    const result = weeklyDates({ firstDate: '2025-09-22', weeks: 4, weekdays: [1, 3], onMakeupWorkdays: false })
    expect(result.dates).toEqual(['2025-09-22', '2025-09-24', '2025-09-29', '2025-10-13', '2025-10-15'])
    expect(result.skippedHolidays).toEqual([
      { date: '2025-10-01', holiday: '国庆节' },
      { date: '2025-10-06', holiday: '中秋' },
      { date: '2025-10-08', holiday: '国庆节' }
    ])
    expect(result.unchecked).toEqual([])
  })

  it('counts a 调休 working Sunday as a working day when asked to follow them', () => {
    // 28 Sep 2025 (Sunday) and 11 Oct 2025 (Saturday) are working days in lieu of the holiday.
    const weekdays = [1, 2, 3, 4, 5]
    const plain = weeklyDates({ firstDate: '2025-09-22', weeks: 3, weekdays, onMakeupWorkdays: false })
    expect(plain.dates).not.toContain('2025-09-28')
    const following = weeklyDates({ firstDate: '2025-09-22', weeks: 3, weekdays, onMakeupWorkdays: true })
    expect(following.dates).toContain('2025-09-28')
    expect(following.dates).toContain('2025-10-11')
    expect(following.dates).not.toContain('2025-10-12')
  })

  it('keeps a chosen weekend day that is not a holiday', () => {
    expect(officialHolidayOn('2025-10-18')).toBeNull()
    expect(weeklyDates({ firstDate: '2025-10-13', weeks: 1, weekdays: [6], onMakeupWorkdays: false }).dates).toEqual(['2025-10-18'])
  })

  it('skips the statutory days of a year whose schedule is not published and asks for the rest to be checked', () => {
    const result = weeklyDates({ firstDate: '2026-12-28', weeks: 2, weekdays: [5], onMakeupWorkdays: false })
    expect(result.skippedHolidays).toEqual([{ date: '2027-01-01', holiday: '元旦' }])
    expect(result.dates).toEqual(['2027-01-08'])
    expect(result.unchecked).toEqual(['2027-01-08'])
  })
})

describe('waitlist offers', () => {
  const slot: SlotTiming = {
    startsAt: '2025-03-10T01:00:00.000Z',
    endsAt: '2025-03-10T03:00:00.000Z',
    status: 'open',
    windowDaysAhead: 7,
    windowOpensAt: '08:00',
    minNoticeMinutes: 60,
    cancelCutoffHours: 24
  }

  it('holds a freed place for the hold time', () => {
    const now = new Date('2025-03-08T00:00:00.000Z')
    const expires = offerExpiresAt(now, slot)
    expect(expires?.getTime()).toBe(now.getTime() + OFFER_HOLD_MINUTES * 60_000)
    expect(isOfferExpired(new Date(expires!.getTime() - 1), { expiresAt: expires!.toISOString() })).toBe(false)
    expect(isOfferExpired(expires!, { expiresAt: expires!.toISOString() })).toBe(true)
  })

  it('holds an offer made at night until 09:00 China time at the earliest', () => {
    // 00:14 China time (16:14 UTC the day before): not 02:14, but 09:00 that morning.
    expect(offerExpiresAt(new Date('2025-03-07T16:14:00.000Z'), slot)?.toISOString()).toBe('2025-03-08T01:00:00.000Z')
    // 22:30 China time: 09:00 the next morning.
    expect(offerExpiresAt(new Date('2025-03-07T14:30:00.000Z'), slot)?.toISOString()).toBe('2025-03-08T01:00:00.000Z')
    // 06:59 China time: two hours would end at 08:59, so 09:00.
    expect(offerExpiresAt(new Date('2025-03-07T22:59:00.000Z'), slot)?.toISOString()).toBe('2025-03-08T01:00:00.000Z')
    // 07:00 and 21:59 China time are day: the plain two hours.
    expect(offerExpiresAt(new Date('2025-03-07T23:00:00.000Z'), slot)?.toISOString()).toBe('2025-03-08T01:00:00.000Z')
    expect(offerExpiresAt(new Date('2025-03-07T13:59:00.000Z'), slot)?.toISOString()).toBe('2025-03-07T15:59:00.000Z')
    // Still never past the close of booking (the slot's booking closes at 2025-03-10T00:00Z).
    expect(offerExpiresAt(new Date('2025-03-09T15:00:00.000Z'), slot)?.toISOString()).toBe('2025-03-10T00:00:00.000Z')
  })

  it('never holds past the moment booking closes, and makes no offer after it', () => {
    expect(offerExpiresAt(new Date('2025-03-09T23:30:00.000Z'), slot)?.toISOString()).toBe('2025-03-10T00:00:00.000Z')
    expect(offerExpiresAt(new Date('2025-03-10T00:00:00.000Z'), slot)).toBeNull()
  })
})

describe('reminders', () => {
  it('plans the day-before and two-hour reminders that are still ahead', () => {
    const early = remindersFor(new Date('2025-03-01T00:00:00.000Z'), '2025-03-10T01:00:00.000Z')
    expect(early.map((r) => [r.kind, r.dueAt.toISOString()])).toEqual([
      ['day_before', '2025-03-09T01:00:00.000Z'],
      ['two_hours_before', '2025-03-09T23:00:00.000Z']
    ])
    expect(remindersFor(new Date('2025-03-09T12:00:00.000Z'), '2025-03-10T01:00:00.000Z').map((r) => r.kind)).toEqual([
      'two_hours_before'
    ])
  })
})
