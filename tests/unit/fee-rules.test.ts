import { describe, expect, it } from '@jest/globals'
import { feesInEffect, pastFees, upcomingFees, withPublishedFees } from '../../src/domain/finder/fee-rules'
import type { Fee, InstitutionDetail } from '../../src/domain/finder/institution-schema'
import { lowestFeeFor, toSearchable } from '../../src/domain/finder/search-rules'

const toddler = (amountFen: number, effectiveFrom?: string): Fee => ({
  serviceType: 'full_day',
  ageBand: 'toddler',
  unit: 'month',
  amountFen,
  includesMeals: true,
  ...(effectiveFrom ? { effectiveFrom } : {})
})
const hourly: Fee = { serviceType: 'hourly', ageBand: 'toddler', unit: 'hour', amountFen: 4_000, includesMeals: false }

describe('fees by date', () => {
  const fees = [toddler(280_000), toddler(300_000, '2026-09-01'), toddler(320_000, '2027-01-01'), hourly]

  it('charges the price in effect on the day: the newest one already started', () => {
    expect(feesInEffect(fees, '2026-08-31').map((f) => f.amountFen).sort()).toEqual([280_000, 4_000])
    expect(feesInEffect(fees, '2026-09-01').map((f) => f.amountFen).sort()).toEqual([300_000, 4_000])
    expect(feesInEffect(fees, '2027-01-01').map((f) => f.amountFen).sort()).toEqual([320_000, 4_000])
  })

  it('keeps replaced prices as history, newest first, and lists later ones as coming', () => {
    expect(pastFees(fees, '2026-12-03').map((p) => [p.fee.amountFen, p.from, p.until])).toEqual([[280_000, null, '2026-09-01']])
    expect(upcomingFees(fees, '2026-12-03').map((f) => f.amountFen)).toEqual([320_000])
    expect(pastFees(fees, '2027-01-02').map((p) => p.fee.amountFen)).toEqual([300_000, 280_000])
  })

  it('publishing a price from a day replaces only a price already set for that same day', () => {
    const next = withPublishedFees(fees, [toddler(310_000)], '2027-01-01')
    expect(next.filter((f) => f.effectiveFrom === '2027-01-01').map((f) => f.amountFen)).toEqual([310_000])
    expect(next).toHaveLength(fees.length)
    expect(withPublishedFees(fees, [toddler(330_000)], '2027-03-01')).toHaveLength(fees.length + 1)
  })

  it('search compares the price in effect on its own day, so a scheduled price takes over without a write', () => {
    const facts = toSearchable({ classes: [], evaluations: [], vacancies: [], serviceTypes: ['full_day', 'hourly'], fees } as unknown as InstitutionDetail)
    expect(lowestFeeFor(facts, {}, 'month', '2026-08-31')).toBe(280_000)
    expect(lowestFeeFor(facts, {}, 'month', '2026-12-31')).toBe(300_000)
    expect(lowestFeeFor(facts, {}, 'month', '2027-01-01')).toBe(320_000)
  })
})
