import { describe, expect, it } from '@jest/globals'
import { regionStatisticsConfig } from '../../src/cloud/statistics/region-plan-targets'
import { sampleRegions } from '../../src/cloud/sample-data/sample-regions'
import { workingDaysBetween } from '../../src/domain/complaints/working-day-rules'
import { departmentStatisticsCsv, median, perThousand, publishedCount, targetFor } from '../../src/domain/statistics/statistics-rules'
import type { PlanTarget } from '../../src/domain/statistics/statistics-schema'

const target = (year: number, value: number): PlanTarget => ({
  indicator: 'places_per_thousand',
  year,
  value,
  citation: { document: 'plan', file: 'f.txt', line: year - 2000, quote: String(value) }
})

describe('statistics rules', () => {
  const targets = [target(2021, 2.5), target(2025, 4.5), target(2023, 3)]

  it.each([
    [2019, 2021, 'before the plan: its first target'],
    [2021, 2021, 'the year’s own'],
    [2022, 2021, 'between: the latest reached'],
    [2025, 2025, 'the last year'],
    [2026, 2025, 'after the plan: its last target still stands']
  ])('target for %i is the %i one (%s)', (year, expected) => {
    expect(targetFor(targets, 'places_per_thousand', year)?.year).toBe(expected)
  })

  it('has no target for an indicator the plan does not set', () => {
    expect(targetFor(targets, 'community_coverage_percent', 2025)).toBeNull()
  })

  it.each([
    [0, 0],
    [1, '<5'],
    [4, '<5'],
    [5, 5],
    [120, 120]
  ])('publishes %p as %p', (count, shown) => {
    expect(publishedCount(count)).toBe(shown)
  })

  it('computes places per 1,000 to two decimals and medians of odd and even counts', () => {
    expect(perThousand(5_480, 1_218_000)).toBe(4.5)
    expect(perThousand(10, null)).toBeNull()
    expect(median([9, 1, 3])).toBe(3)
    expect(median([9, 3])).toBe(6)
    expect(median([])).toBeNull()
  })

  it('counts working days to an answer, skipping weekends and the National Day holiday', () => {
    expect(workingDaysBetween(new Date('2026-11-02T02:00:00Z'), new Date('2026-11-02T09:00:00Z'))).toBe(0)
    expect(workingDaysBetween(new Date('2026-11-06T02:00:00Z'), new Date('2026-11-09T02:00:00Z'))).toBe(1) // Fri → Mon
    expect(workingDaysBetween(new Date('2026-09-30T02:00:00Z'), new Date('2026-10-09T02:00:00Z'))).toBeLessThan(4)
  })
})

describe('statistics configuration', () => {
  const config = regionStatisticsConfig()

  it('gives every sample region a population with its source and year, marked as sample', () => {
    for (const region of sampleRegions()) {
      const entry = config.find((c) => c.regionCode === region.code)
      expect(entry?.populations[0]).toMatchObject({ districtCode: null, isSample: true, year: 2020 })
      expect(entry?.populations[0]?.source).toContain('示例')
    }
  })

  it('cites a seed document and line for each target, with 诸暨 2025 at 4.5 places per 1,000', () => {
    const zhuji = config.find((c) => c.regionCode === 'zhuji')
    expect(targetFor(zhuji?.targets ?? [], 'places_per_thousand', 2025)).toMatchObject({ value: 4.5, citation: { line: 140, file: '003_7ef9f6658afaba6c.txt' } })
    for (const t of config.flatMap((c) => c.targets)) expect(t.citation.line).toBeGreaterThan(0)
  })
})

describe('the regulators’ CSV export', () => {
  it('has a line per department and month and a total line, quoting names that need it', () => {
    const csv = departmentStatisticsCsv({
      regionCode: 'zhuji',
      computedAt: '2026-11-23T04:00:00.000Z',
      departments: [
        { departmentCode: 'health', departmentName: '卫生健康局, 诸暨', received: 5, upheld: 1, acceptedOnTimeShare: 1, answeredOnTimeShare: 1, medianWorkingDaysToAnswer: 3, months: [{ month: '2026-10', received: 1, answered: 0 }, { month: '2026-11', received: 4, answered: 2 }] },
        { departmentCode: 'market', departmentName: '市场监督管理局', received: 0, upheld: 0, acceptedOnTimeShare: null, answeredOnTimeShare: null, medianWorkingDaysToAnswer: null, months: [] }
      ]
    })
    expect(csv.split('\r\n')).toEqual([
      'department_code,department_name,month,received,answered',
      'health,"卫生健康局, 诸暨",2026-10,1,0',
      'health,"卫生健康局, 诸暨",2026-11,4,2',
      'health,"卫生健康局, 诸暨",total,5,2',
      'market,市场监督管理局,total,0,0',
      ''
    ])
  })
})
