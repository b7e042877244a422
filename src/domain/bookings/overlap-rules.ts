import { DomainError } from '../shared/error-codes'
import { formatChinaDateTime } from './china-time-rules'

export interface Interval {
  startsAt: string
  endsAt: string
}

/** Half-open intervals: one slot ending at 10:00 and the next starting at 10:00 do not overlap. */
export function overlaps(a: Interval, b: Interval): boolean {
  return Date.parse(a.startsAt) < Date.parse(b.endsAt) && Date.parse(b.startsAt) < Date.parse(a.endsAt)
}

/** A child cannot be in two places at once: refuses `wanted` if any of the child's held bookings overlaps it. */
export function assertNoOverlap(wanted: Interval, held: readonly Interval[]): void {
  const clash = held.find((booking) => overlaps(wanted, booking))
  if (clash) throw new DomainError('OVERLAPPING_BOOKING', { startsAt: formatChinaDateTime(clash.startsAt) })
}
