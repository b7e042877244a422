import type { QueueFilter } from './complaint-schema'

/** A deadline is missed once the moment it names has passed; nothing due is never overdue. */
export const isOverdue = (dueAt: string | null, at: Date): boolean => dueAt !== null && new Date(dueAt).getTime() < at.getTime()

/**
 * Where a complaint stands in the regulators' queue: overdue first, then due soonest, nothing due last, then
 * oldest, then id. Overdue means due before now, so "overdue first, then due soonest" is simply "due soonest"
 * whatever now is: the order, and so a cursor, does not depend on the time a page is asked for. A complaint
 * falling due while the regulator pages through stays where it was; it is not skipped or shown twice.
 */
export interface QueueKey {
  dueAt: string | null
  submittedAt: string
  id: string
}

/**
 * The last complaint of a page, by its key rather than an offset, so complaints handled meanwhile do not shift
 * the rest; with the filter and department it was made for, so it is only used for that listing.
 */
export interface QueueCursor {
  filter: QueueFilter
  departmentCode: string | null
  after: QueueKey
}

const VERSION = 'q1'
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/
const COMPLAINT_ID = /^cp-[a-z0-9-]{4,60}$/

const instant = (text: string): string | null => {
  if (!INSTANT.test(text)) return null
  const time = new Date(text).getTime()
  return Number.isFinite(time) && new Date(time).toISOString() === text ? text : null
}

export function encodeQueueCursor(cursor: QueueCursor): string {
  const { after } = cursor
  return [VERSION, cursor.filter, cursor.departmentCode ?? '', after.dueAt ?? '', after.submittedAt, after.id].join('~')
}

/**
 * The cursor if it is well formed and was made for this filter and department; otherwise null, and the
 * request is refused rather than answered with a page that silently skips or repeats complaints. It is not
 * signed: a well-formed edit can only move where a page starts within the caller's own region, all of which
 * the caller may read anyway.
 */
export function decodeQueueCursor(text: string, expected: { filter: QueueFilter; departmentCode: string | null }): QueueCursor | null {
  const parts = text.split('~')
  if (parts.length !== 6) return null
  const [version, filter, department, dueText = '', submittedText = '', id = ''] = parts
  if (version !== VERSION || filter !== expected.filter || department !== (expected.departmentCode ?? '')) return null
  const dueAt = dueText === '' ? null : instant(dueText)
  const submittedAt = instant(submittedText)
  if ((dueAt === null && dueText !== '') || !submittedAt || !COMPLAINT_ID.test(id)) return null
  return { filter: expected.filter, departmentCode: expected.departmentCode, after: { dueAt, submittedAt, id } }
}
