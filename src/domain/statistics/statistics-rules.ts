import { csvLine } from './open-data-fields'
import { SMALL_COUNT, type DepartmentStatistics, type PlanIndicator, type PlanTarget, type PublishedCount } from './statistics-schema'

/** How far back an evaluation counts as current (评估结果定期向社会公布; WS/T 821 evaluates every 3 years). */
export const EVALUATION_CURRENT_YEARS = 3
/** Counts from 1 to this minus one are published as "<5". */
const SMALL_COUNT_LIMIT = 5
/** How many months of complaints the public page shows, the current one included. */
export const COMPLAINT_MONTHS = 12

/**
 * The plan's target for `year`: that year's, else the latest year before it (a plan that ended in 2025 still
 * sets the bar in 2026), else the first one ahead. Null when the plan sets none for the indicator.
 */
export function targetFor(targets: readonly PlanTarget[], indicator: PlanIndicator, year: number): PlanTarget | null {
  const ofIndicator = targets.filter((t) => t.indicator === indicator).sort((a, b) => a.year - b.year)
  const reached = ofIndicator.filter((t) => t.year <= year)
  return reached[reached.length - 1] ?? ofIndicator[0] ?? null
}

/** A count as published: 0 and 5 or more as they are, 1–4 as "<5". */
export function publishedCount(count: number): PublishedCount {
  return count > 0 && count < SMALL_COUNT_LIMIT ? SMALL_COUNT : count
}

/** part ÷ whole, null when there is no whole. */
export function shareOf(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null
}

/** Places per 1,000 residents, to two decimals; null without a population. */
export function perThousand(places: number, residents: number | null): number | null {
  return residents ? Math.round((places * 100_000) / residents) / 100 : null
}

/** The median of the values (the mean of the middle two for an even count); null when there are none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
}

const DEPARTMENT_CSV_FIELDS = ['department_code', 'department_name', 'month', 'received', 'answered'] as const

/** The regulators' export: one line per department and month, then each department's whole-period line. */
export function departmentStatisticsCsv(stats: DepartmentStatistics): string {
  const lines = stats.departments.flatMap((d) => [
    ...d.months.map((m) => ({ department_code: d.departmentCode, department_name: d.departmentName, month: m.month, received: m.received, answered: m.answered })),
    { department_code: d.departmentCode, department_name: d.departmentName, month: 'total', received: d.received, answered: d.months.reduce((n, m) => n + m.answered, 0) }
  ])
  return `${DEPARTMENT_CSV_FIELDS.join(',')}\r\n${lines.map((line) => csvLine(DEPARTMENT_CSV_FIELDS, line)).join('')}`
}
