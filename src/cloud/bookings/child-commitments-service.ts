import type { Queryable } from '../db/database'
import { childHasCommitments } from './booking-repository'

/**
 * Whether a child still holds a confirmed booking or a live waitlist place in a slot that has not ended: the
 * family context asks before it deletes the child, and bookings keeps its tables to itself.
 */
export function childIsCommitted(q: Queryable, childId: string, now: Date): Promise<boolean> {
  return childHasCommitments(q, childId, now)
}
