import { daysBetween } from '../shared/clock'

/** A vacancy report older than this no longer counts as "has a vacancy"; it is shown, flagged. */
export const VACANCY_FRESH_DAYS = 30
/** Disclosures are expected to be renewed at least yearly. */
export const DISCLOSURE_FRESH_DAYS = 365
/** The workspace asks staff to re-date a 公示 item not confirmed within a month, well before it goes stale. */
export const DISCLOSURE_NUDGE_DAYS = 30

/** True when a report dated `reportedOn` is older than `freshDays` on `today` (both YYYY-MM-DD). */
export function staleAfter(reportedOn: string, today: string, freshDays: number): boolean {
  return daysBetween(reportedOn, today) > freshDays
}
