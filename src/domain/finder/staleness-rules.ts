import { daysBetween } from '../shared/clock'

/** A vacancy report older than this no longer counts as "has a vacancy"; it is shown, flagged. */
export const VACANCY_FRESH_DAYS = 30
/**
 * A 公示 item not re-dated within a month shows as stale, as a vacancy does (issue 12); the workspace asks staff
 * to re-date it from the same day, so what staff are nudged about is exactly what parents see flagged.
 */
export const DISCLOSURE_FRESH_DAYS = 30

/** True when a report dated `reportedOn` is older than `freshDays` on `today` (both YYYY-MM-DD). */
export function staleAfter(reportedOn: string, today: string, freshDays: number): boolean {
  return daysBetween(reportedOn, today) > freshDays
}
