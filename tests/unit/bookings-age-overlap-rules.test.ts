import { describe, expect, it } from '@jest/globals'
import { assertChildFitsSlot, fitsAgeBand } from '../../src/domain/bookings/age-band-rules'
import { assertNoOverlap, overlaps } from '../../src/domain/bookings/overlap-rules'
import { DomainError } from '../../src/domain/shared/error-codes'
import { codeOf } from './support/thrown-code'

describe('age bands', () => {
  it.each([
    [5, 'infant', false],
    [6, 'infant', true],
    [11, 'infant', true],
    [12, 'infant', false],
    [12, 'toddler', true],
    [23, 'toddler', true],
    [24, 'toddler', false],
    [24, 'preschool', true],
    [36, 'preschool', true],
    [37, 'preschool', false],
    [17, 'mixed', false],
    [18, 'mixed', true],
    [36, 'mixed', true]
  ] as const)('%i months in %s: %s', (months, band, fits) => {
    expect(fitsAgeBand(months, band)).toBe(fits)
  })

  it("takes the child's age on the slot's China calendar day", () => {
    // Born 2024-03: on 2025-02-28 (Shanghai) 11 months, an infant; on 1 March 12 months, a toddler.
    // 2025-02-28T16:30Z is already 1 March in Shanghai.
    expect(codeOf(() => assertChildFitsSlot('2024-03', { startsAt: '2025-02-28T15:30:00.000Z', ageBand: 'infant' }))).toBeUndefined()
    expect(codeOf(() => assertChildFitsSlot('2024-03', { startsAt: '2025-02-28T16:30:00.000Z', ageBand: 'infant' }))).toBe('AGE_BAND_MISMATCH')
    expect(codeOf(() => assertChildFitsSlot('2024-03', { startsAt: '2025-02-28T16:30:00.000Z', ageBand: 'toddler' }))).toBeUndefined()
  })

  it('lets any child into a slot without a band', () => {
    expect(codeOf(() => assertChildFitsSlot('2026-01', { startsAt: '2026-02-01T01:00:00.000Z', ageBand: null }))).toBeUndefined()
  })
})

describe('overlapping bookings for one child', () => {
  const nine = { startsAt: '2025-03-10T01:00:00.000Z', endsAt: '2025-03-10T03:00:00.000Z' }
  it('treats touching slots as not overlapping', () => {
    expect(overlaps(nine, { startsAt: '2025-03-10T03:00:00.000Z', endsAt: '2025-03-10T04:00:00.000Z' })).toBe(false)
    expect(overlaps(nine, { startsAt: '2025-03-10T00:00:00.000Z', endsAt: '2025-03-10T01:00:00.000Z' })).toBe(false)
  })

  it('refuses a slot that overlaps one the child already holds, naming when', () => {
    const inside = { startsAt: '2025-03-10T01:30:00.000Z', endsAt: '2025-03-10T02:00:00.000Z' }
    expect(overlaps(nine, inside)).toBe(true)
    expect(overlaps(inside, nine)).toBe(true)
    try {
      assertNoOverlap(inside, [nine])
      throw new Error('it was not refused')
    } catch (error) {
      expect((error as DomainError).code).toBe('OVERLAPPING_BOOKING')
      expect((error as DomainError).params.startsAt).toBe('3月10日 09:00')
    }
    expect(codeOf(() => assertNoOverlap(inside, []))).toBeUndefined()
  })
})
