import { describe, expect, it } from '@jest/globals'
import {
  assertBookable,
  assertCanCancel,
  bookingClosesAt,
  isBookable,
  unavailableReason,
  windowOpensAt
} from '../../src/domain/bookings/booking-window-rules'
import { chinaDateOf, chinaDayBounds, chinaInstant } from '../../src/domain/bookings/china-time-rules'
import type { SlotTiming } from '../../src/domain/bookings/slot-schema'
import { DomainError } from '../../src/domain/shared/error-codes'
import { codeOf } from './support/thrown-code'

// 2025-03-10 09:00 in Shanghai is 01:00 UTC, so the slot's China day and its UTC day are the same; the
// window (7 days ahead at 08:00 Shanghai) opens 2025-03-03 00:00 UTC, the very start of a UTC day.
const slot = (overrides: Partial<SlotTiming> = {}): SlotTiming => ({
  startsAt: '2025-03-10T01:00:00.000Z',
  endsAt: '2025-03-10T03:00:00.000Z',
  status: 'open',
  windowDaysAhead: 7,
  windowOpensAt: '08:00',
  minNoticeMinutes: 120,
  cancelCutoffHours: 24,
  ...overrides
})

describe('booking window', () => {
  it('opens N days ahead at 08:00 Asia/Shanghai, whatever the process time zone', () => {
    expect(windowOpensAt(slot()).toISOString()).toBe('2025-03-03T00:00:00.000Z')
    expect(isBookable(new Date('2025-03-02T23:59:59.999Z'), slot())).toBe(false)
    expect(unavailableReason(new Date('2025-03-02T23:59:59.999Z'), slot())).toBe('BOOKING_WINDOW_NOT_OPEN')
    expect(isBookable(new Date('2025-03-03T00:00:00.000Z'), slot())).toBe(true)
  })

  it('counts days ahead from the China calendar day, not the UTC one', () => {
    // 07:30 Shanghai on 11 March is still 10 March in UTC (23:30Z): the window must follow 11 March.
    const early = slot({ startsAt: '2025-03-10T23:30:00.000Z', endsAt: '2025-03-11T01:30:00.000Z' })
    expect(chinaDateOf(early.startsAt)).toBe('2025-03-11')
    expect(windowOpensAt(early).toISOString()).toBe('2025-03-04T00:00:00.000Z')
    expect(isBookable(new Date('2025-03-03T12:00:00.000Z'), early)).toBe(false)
  })

  it('says when the window opens, in China time, when refused', () => {
    try {
      assertBookable(new Date('2025-03-01T00:00:00.000Z'), slot())
      throw new Error('it was not refused')
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError)
      expect((error as DomainError).code).toBe('BOOKING_WINDOW_NOT_OPEN')
      expect((error as DomainError).params.opensAt).toBe('3月3日 08:00')
    }
  })

  it('closes at the minimum notice before the start', () => {
    expect(bookingClosesAt(slot()).toISOString()).toBe('2025-03-09T23:00:00.000Z')
    expect(isBookable(new Date('2025-03-09T23:00:00.000Z'), slot())).toBe(true)
    expect(codeOf(() => assertBookable(new Date('2025-03-09T23:00:00.001Z'), slot()))).toBe('BOOKING_TOO_LATE')
  })

  it('refuses a cancelled slot before anything else', () => {
    expect(codeOf(() => assertBookable(new Date('2025-03-05T00:00:00.000Z'), slot({ status: 'cancelled' })))).toBe('SLOT_CANCELLED')
  })

  it('lets a family cancel until the cut-off and not after', () => {
    expect(codeOf(() => assertCanCancel(new Date('2025-03-09T01:00:00.000Z'), slot()))).toBeUndefined()
    expect(codeOf(() => assertCanCancel(new Date('2025-03-09T01:00:00.001Z'), slot()))).toBe('CANCELLATION_CUTOFF_PASSED')
  })
})

describe('China calendar days', () => {
  it('runs from midnight to midnight in Shanghai (16:00 UTC the day before)', () => {
    const { start, end } = chinaDayBounds('2025-03-10')
    expect(start.toISOString()).toBe('2025-03-09T16:00:00.000Z')
    expect(end.toISOString()).toBe('2025-03-10T16:00:00.000Z')
    expect(chinaDateOf('2025-03-09T15:59:59.999Z')).toBe('2025-03-09')
    expect(chinaDateOf('2025-03-09T16:00:00.000Z')).toBe('2025-03-10')
  })

  it('turns a China date and clock time into the UTC instant', () => {
    expect(chinaInstant('2025-01-01', '00:30').toISOString()).toBe('2024-12-31T16:30:00.000Z')
  })
})
