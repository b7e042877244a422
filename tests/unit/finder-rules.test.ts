import { describe, expect, it } from '@jest/globals'
import { gradeForTotal, latestEvaluation } from '../../src/domain/finder/evaluation-rules'
import type { Evaluation } from '../../src/domain/finder/institution-schema'
import {
  compareKeys,
  decodeCursor,
  encodeCursor,
  freshVacancyOn,
  matchesFilters,
  lowestFeeFor,
  type SearchableInstitution
} from '../../src/domain/finder/search-rules'
import { checkClassStaffing } from '../../src/domain/finder/staff-ratio-rules'
import { staleAfter, VACANCY_FRESH_DAYS } from '../../src/domain/finder/staleness-rules'
import { monthlyCostAfterSubsidies, NATIONAL_CHILDCARE_SUBSIDY_FEN_PER_YEAR } from '../../src/domain/finder/subsidy-rules'

describe('staff ratio per class (托育机构设置标准)', () => {
  it.each([
    ['乳儿班 9 children need 3 carers', 'infant', 9, 3, true],
    ['乳儿班 10 children with 3 carers is below 1:3', 'infant', 10, 3, false],
    ['托小班 15 children with 3 carers meets 1:5', 'toddler', 15, 3, true],
    ['托小班 11 children with 2 carers is below 1:5', 'toddler', 11, 2, false],
    ['托大班 20 children with 3 carers meets 1:7', 'preschool', 20, 3, true],
    ['托大班 22 children with 3 carers is below 1:7', 'preschool', 22, 3, false],
    ['混龄班 is held to 1:5', 'mixed', 11, 2, false]
  ] as const)('%s', (_label, ageBand, enrolled, caregivers, meets) => {
    const check = checkClassStaffing({ id: 'c1', name: 'x', ageBand, capacity: 25, enrolled, caregivers })
    expect(check.meetsRatio).toBe(meets)
  })

  it('flags a class larger than its legal size', () => {
    expect(
      checkClassStaffing({ id: 'c', name: 'x', ageBand: 'infant', capacity: 12, enrolled: 11, caregivers: 4 })
        .withinSizeLimit
    ).toBe(false)
    expect(
      checkClassStaffing({ id: 'c', name: 'x', ageBand: 'mixed', capacity: 18, enrolled: 18, caregivers: 4 })
        .withinSizeLimit
    ).toBe(true)
  })
})

describe('monthly cost after the ¥3,600 育儿补贴', () => {
  it('spreads the yearly subsidy over twelve months', () => {
    expect(monthlyCostAfterSubsidies(200_000, [{ annualFen: NATIONAL_CHILDCARE_SUBSIDY_FEN_PER_YEAR }])).toBe(170_000)
  })
  it('adds local subsidies and never goes below zero', () => {
    expect(monthlyCostAfterSubsidies(100_000, [{ annualFen: 360_000 }, { annualFen: 120_000 }])).toBe(60_000)
    expect(monthlyCostAfterSubsidies(20_000, [{ annualFen: 360_000 }])).toBe(0)
  })
})

describe('staleness', () => {
  it('keeps a vacancy fresh for exactly 30 days', () => {
    expect(staleAfter('2026-10-24', '2026-11-23', VACANCY_FRESH_DAYS)).toBe(false)
    expect(staleAfter('2026-10-23', '2026-11-23', VACANCY_FRESH_DAYS)).toBe(true)
  })
})

describe('evaluation grades', () => {
  it('bands the 1000-point total into A–D', () => {
    expect([900, 850, 849, 700, 699, 600, 599, 0].map(gradeForTotal)).toEqual(['A', 'A', 'B', 'B', 'C', 'C', 'D', 'D'])
  })
  it('takes the newest evaluation whatever the list order', () => {
    const e = (id: string, evaluatedOn: string) => ({ id, evaluatedOn }) as Evaluation
    expect(latestEvaluation([e('a', '2024-05-01'), e('b', '2025-03-01'), e('c', '2023-01-01')])?.id).toBe('b')
    expect(latestEvaluation([])).toBeNull()
  })
})

const TODAY = '2026-11-23'
const base: SearchableInstitution = {
  id: 'zj-0001',
  regionCode: 'zhuji',
  districtCode: 'jiyang',
  name: '小橡果托育园',
  address: '暨阳街道人民路1号',
  location: { lat: 29.71, lng: 120.24 },
  operatorKind: 'private',
  isAffordable: true,
  isDemonstration: false,
  serviceTypes: ['full_day', 'hourly'],
  ageBands: ['toddler', 'preschool'],
  latestGrade: 'B',
  latestEvaluatedOn: '2026-05-01',
  fees: [
    { serviceType: 'full_day', ageBand: 'toddler', amountFen: 210_000, from: null, until: null },
    { serviceType: 'full_day', ageBand: 'preschool', amountFen: 180_000, from: null, until: null },
    { serviceType: 'hourly', ageBand: 'toddler', amountFen: 4_500, from: null, until: null }
  ],
  vacancies: [
    { serviceType: 'full_day', ageBand: 'toddler', places: 2, reportedOn: '2026-11-01' },
    { serviceType: 'full_day', ageBand: 'preschool', places: 3, reportedOn: '2026-08-01' }
  ]
}

describe('filter logic', () => {
  it('treats values within a filter as alternatives and filters as all required', () => {
    expect(matchesFilters(base, { ageBands: ['infant', 'toddler'] }, TODAY)).toBe(true)
    expect(matchesFilters(base, { ageBands: ['infant'] }, TODAY)).toBe(false)
    expect(matchesFilters(base, { ageBands: ['toddler'], affordableOnly: true, hasVacancy: true }, TODAY)).toBe(true)
    expect(matchesFilters(base, { ageBands: ['toddler'], demonstrationOnly: true }, TODAY)).toBe(false)
  })
  it('counts only fresh vacancies for the chosen age band', () => {
    expect(freshVacancyOn(base, { ageBands: ['toddler'] }, TODAY)).toBe('2026-11-01')
    expect(freshVacancyOn(base, { ageBands: ['preschool'] }, TODAY)).toBeNull()
    expect(matchesFilters(base, { ageBands: ['preschool'], hasVacancy: true }, TODAY)).toBe(false)
  })
  it('compares the lowest monthly fee for the chosen band with the ceiling', () => {
    expect(lowestFeeFor(base, { ageBands: ['toddler'] }, 'month', TODAY)).toBe(210_000)
    expect(lowestFeeFor(base, {}, 'month', TODAY)).toBe(180_000)
    expect(matchesFilters(base, { ageBands: ['toddler'], maxMonthlyFeeFen: 200_000 }, TODAY)).toBe(false)
    expect(matchesFilters(base, { maxMonthlyFeeFen: 200_000 }, TODAY)).toBe(true)
  })
  it('caps each fee in its own unit: a monthly cap says nothing of 计时托, an hourly cap does', () => {
    expect(lowestFeeFor(base, { serviceTypes: ['hourly'] }, 'hour', TODAY)).toBe(4_500)
    expect(lowestFeeFor(base, { serviceTypes: ['hourly'] }, 'month', TODAY)).toBeNull()
    expect(matchesFilters(base, { serviceTypes: ['hourly'], maxMonthlyFeeFen: 1_000_000 }, TODAY)).toBe(true)
    expect(matchesFilters(base, { serviceTypes: ['hourly'], maxHourlyFeeFen: 5_000 }, TODAY)).toBe(true)
    expect(matchesFilters(base, { serviceTypes: ['hourly'], maxHourlyFeeFen: 4_000 }, TODAY)).toBe(false)
    // With both asked for, a fee within either unit's cap will do.
    expect(matchesFilters(base, { maxMonthlyFeeFen: 100_000, maxHourlyFeeFen: 5_000 }, TODAY)).toBe(true)
    expect(matchesFilters(base, { maxMonthlyFeeFen: 100_000, maxHourlyFeeFen: 4_000 }, TODAY)).toBe(false)
  })
  it('keeps grade C out of "B or better" and ungraded institutions out of any grade filter', () => {
    expect(matchesFilters({ ...base, latestGrade: 'C' }, { minGrade: 'B' }, TODAY)).toBe(false)
    expect(matchesFilters({ ...base, latestGrade: 'A' }, { minGrade: 'B' }, TODAY)).toBe(true)
    expect(matchesFilters({ ...base, latestGrade: null }, { minGrade: 'D' }, TODAY)).toBe(false)
  })
  it('finds the keyword in the name or the address', () => {
    expect(matchesFilters(base, { keyword: '橡果' }, TODAY)).toBe(true)
    expect(matchesFilters(base, { keyword: '人民路' }, TODAY)).toBe(true)
    expect(matchesFilters(base, { keyword: '解放碑' }, TODAY)).toBe(false)
  })
})

describe('cursor', () => {
  it('round-trips a key exactly and refuses one made for another sort', () => {
    const key = [1234.5678901234567, 2]
    const cursor = encodeCursor('grade', key, 'zj-0042')
    expect(decodeCursor(cursor, 'grade')).toEqual({ key, id: 'zj-0042' })
    expect(decodeCursor(cursor, 'distance')).toBeNull()
    expect(decodeCursor('grade~x~1~zj-1', 'grade')).toBeNull()
  })
  it('orders equal keys by id', () => {
    expect(compareKeys({ key: [5], id: 'a' }, { key: [5], id: 'b' })).toBeLessThan(0)
    expect(compareKeys({ key: [4], id: 'b' }, { key: [5], id: 'a' })).toBeLessThan(0)
  })
})
