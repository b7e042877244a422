import type { ContentFlag } from '../../domain/complaints/content-check-rules'
import type { ActorKind, CloseOutcomeKind, ComplaintStatus, EventKind, IdentityMode } from '../../domain/complaints/complaint-schema'
import type { ComplaintCategory } from '../../domain/complaints/complaint-category-schema'
import { OPEN_STATUSES } from '../../domain/complaints/complaint-schema'
import type { QueueKey } from '../../domain/complaints/queue-order-rules'
import { CHINA_UTC_OFFSET_MINUTES } from '../../domain/shared/clock'
import { DEFAULT_LOCALE } from '../../i18n/locales'
import { renderPhrase, type PhraseText } from '../../i18n/phrase'
import type { Queryable } from '../db/database'
import { isoOf, isoOrNull } from '../shared/instant-values'

export interface ComplaintRecord {
  id: string
  trackingNo: string
  regionCode: string
  category: ComplaintCategory
  subjectKind: 'filed' | 'unfiled'
  institutionId: string | null
  subjectName: string
  subjectAddress: string
  details: string
  incidentDate: string
  identity: IdentityMode
  complainantId: string | null
  contactName: string | null
  contactPhone: string | null
  followSecretHash: string | null
  status: ComplaintStatus
  routedDepartment: string
  departmentCode: string
  acceptBy: string
  answerWithinDays: number
  answerBy: string | null
  answer: string | null
  answeredAt: string | null
  outcome: CloseOutcomeKind | null
  duplicateOf: string | null
  referredTo: string | null
  mergedIntoId: string | null
  closedAt: string | null
  reopenCount: number
  heldForReview: boolean
  reviewFlags: ContentFlag[]
  submittedAt: string
  updatedAt: string
}

interface ComplaintRow {
  id: string
  tracking_no: string
  region_code: string
  category: ComplaintCategory
  subject_kind: 'filed' | 'unfiled'
  institution_id: string | null
  subject_name: string
  subject_address: string
  details: string
  incident_date: unknown
  identity: IdentityMode
  complainant_id: string | null
  contact_name: string | null
  contact_phone: string | null
  follow_secret_hash: string | null
  status: ComplaintStatus
  routed_department: string
  department_code: string
  accept_by: unknown
  answer_within_days: number
  answer_by: unknown
  answer: string | null
  answered_at: unknown
  outcome: CloseOutcomeKind | null
  duplicate_of: string | null
  referred_to: string | null
  merged_into_id: string | null
  closed_at: unknown
  reopen_count: number
  held_for_review: boolean
  review_flags: ContentFlag[]
  submitted_at: unknown
  updated_at: unknown
}

// `date` comes back as text from PGlite and as a local-midnight Date from pg; the text form is kept as is.
const COLUMNS = `id, tracking_no, region_code, category, subject_kind, institution_id, subject_name, subject_address,
  details, to_char(incident_date, 'YYYY-MM-DD') AS incident_date, identity, complainant_id, contact_name,
  contact_phone, follow_secret_hash, status, routed_department, department_code, accept_by, answer_within_days,
  answer_by, answer, answered_at, outcome, duplicate_of, referred_to, merged_into_id, closed_at, reopen_count,
  held_for_review, review_flags, submitted_at, updated_at`

const toRecord = (row: ComplaintRow): ComplaintRecord => ({
  id: row.id,
  trackingNo: row.tracking_no,
  regionCode: row.region_code,
  category: row.category,
  subjectKind: row.subject_kind,
  institutionId: row.institution_id,
  subjectName: row.subject_name,
  subjectAddress: row.subject_address,
  details: row.details,
  incidentDate: String(row.incident_date),
  identity: row.identity,
  complainantId: row.complainant_id,
  contactName: row.contact_name,
  contactPhone: row.contact_phone,
  followSecretHash: row.follow_secret_hash,
  status: row.status,
  routedDepartment: row.routed_department,
  departmentCode: row.department_code,
  acceptBy: isoOf(row.accept_by),
  answerWithinDays: row.answer_within_days,
  answerBy: isoOrNull(row.answer_by),
  answer: row.answer,
  answeredAt: isoOrNull(row.answered_at),
  outcome: row.outcome,
  duplicateOf: row.duplicate_of,
  referredTo: row.referred_to,
  mergedIntoId: row.merged_into_id,
  closedAt: isoOrNull(row.closed_at),
  reopenCount: row.reopen_count,
  heldForReview: row.held_for_review,
  reviewFlags: row.review_flags,
  submittedAt: isoOf(row.submitted_at),
  updatedAt: isoOf(row.updated_at)
})

/** A complaint as first stored: the record's own fields, with where it happened and what WeChat may send. */
export type NewComplaint = Pick<
  ComplaintRecord,
  | 'id'
  | 'trackingNo'
  | 'regionCode'
  | 'category'
  | 'subjectKind'
  | 'institutionId'
  | 'subjectName'
  | 'subjectAddress'
  | 'details'
  | 'incidentDate'
  | 'identity'
  | 'complainantId'
  | 'contactName'
  | 'contactPhone'
  | 'followSecretHash'
  | 'status'
  | 'routedDepartment'
  | 'answerWithinDays'
  | 'outcome'
  | 'duplicateOf'
  | 'mergedIntoId'
  | 'heldForReview'
> & {
  subjectLat: number | null
  subjectLng: number | null
  acceptBy: Date
  reviewFlags: readonly ContentFlag[]
  wechatAllowance: boolean
}

/** Inserts a complaint unless its tracking number is taken; false means draw another number and try again. */
export async function insertComplaint(q: Queryable, c: NewComplaint, now: Date): Promise<boolean> {
  const { rows } = await q.query(
    `INSERT INTO complaints (id, tracking_no, region_code, category, subject_kind, institution_id, subject_name,
       subject_address, subject_lat, subject_lng, details, incident_date, identity, complainant_id, contact_name,
       contact_phone, follow_secret_hash, status, routed_department, department_code, accept_by, answer_within_days,
       outcome, duplicate_of, merged_into_id, closed_at, held_for_review, review_flags, submitted_at, updated_at,
       wechat_allowance)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $19, $20, $21,
       $22, $23, $24, CASE WHEN $18 = 'closed' THEN $27::timestamptz END, $25, $26, $27, $27, $28)
     ON CONFLICT (tracking_no) DO NOTHING
     RETURNING id`,
    [
      c.id,
      c.trackingNo,
      c.regionCode,
      c.category,
      c.subjectKind,
      c.institutionId,
      c.subjectName,
      c.subjectAddress,
      c.subjectLat,
      c.subjectLng,
      c.details,
      c.incidentDate,
      c.identity,
      c.complainantId,
      c.contactName,
      c.contactPhone,
      c.followSecretHash,
      c.status,
      c.routedDepartment,
      c.acceptBy,
      c.answerWithinDays,
      c.outcome,
      c.duplicateOf,
      c.mergedIntoId,
      c.heldForReview,
      [...c.reviewFlags],
      now,
      c.wechatAllowance
    ]
  )
  return rows.length === 1
}

/**
 * Spends the complaint's WeChat allowance, once: returns the openid to send to, or null when there is no
 * allowance left or the complainant has no WeChat account (signed in some other way).
 */
export async function claimWechatAllowance(q: Queryable, id: string, now: Date): Promise<string | null> {
  const { rows } = await q.query<{ openid: string | null }>(
    `UPDATE complaints c SET wechat_sent_at = $2
      WHERE c.id = $1 AND c.wechat_allowance AND c.wechat_sent_at IS NULL
      RETURNING (SELECT u.openid FROM users u WHERE u.id = c.complainant_id) AS openid`,
    [id, now]
  )
  return rows[0]?.openid ?? null
}

/** The WeChat openid of a user who signed in through WeChat, for the platform's content check. */
export async function findOpenid(q: Queryable, userId: string): Promise<string | null> {
  const { rows } = await q.query<{ openid: string | null }>(`SELECT openid FROM users WHERE id = $1`, [userId])
  return rows[0]?.openid ?? null
}

/** The complaint with this tracking number; `forUpdate` locks its row until the transaction ends. */
export async function findComplaintByTrackingNo(q: Queryable, trackingNo: string, forUpdate = false): Promise<ComplaintRecord | null> {
  const { rows } = await q.query<ComplaintRow>(
    `SELECT ${COLUMNS} FROM complaints WHERE tracking_no = $1 ${forUpdate ? 'FOR UPDATE' : ''}`,
    [trackingNo]
  )
  return rows[0] ? toRecord(rows[0]) : null
}

export async function findComplaintById(q: Queryable, id: string): Promise<ComplaintRecord | null> {
  const { rows } = await q.query<ComplaintRow>(`SELECT ${COLUMNS} FROM complaints WHERE id = $1`, [id])
  return rows[0] ? toRecord(rows[0]) : null
}

/** Complaints added to (merged into) this one, oldest first. */
export async function listMergedInto(q: Queryable, id: string): Promise<ComplaintRecord[]> {
  const { rows } = await q.query<ComplaintRow>(
    `SELECT ${COLUMNS} FROM complaints WHERE merged_into_id = $1 ORDER BY submitted_at, id`,
    [id]
  )
  return rows.map(toRecord)
}

export async function listByComplainant(q: Queryable, userId: string): Promise<ComplaintRecord[]> {
  const { rows } = await q.query<ComplaintRow>(
    `SELECT ${COLUMNS} FROM complaints WHERE complainant_id = $1 ORDER BY submitted_at DESC, id DESC`,
    [userId]
  )
  return rows.map(toRecord)
}

/**
 * The newest open complaint about an institution in one category since `since` that others can join (not
 * itself merged into another), locked when `forUpdate`; null when there is none.
 */
export async function findSimilarOpen(
  q: Queryable,
  institutionId: string,
  category: ComplaintCategory,
  since: Date,
  forUpdate = false
): Promise<ComplaintRecord | null> {
  const { rows } = await q.query<ComplaintRow>(
    `SELECT ${COLUMNS}
       FROM complaints
      WHERE institution_id = $1 AND category = $2 AND merged_into_id IS NULL
        AND status = ANY($3::text[]) AND submitted_at >= $4
      ORDER BY submitted_at DESC, id DESC
      LIMIT 1${forUpdate ? ' FOR UPDATE' : ''}`,
    [institutionId, category, [...OPEN_STATUSES], since]
  )
  return rows[0] ? toRecord(rows[0]) : null
}

export interface ComplaintChange {
  status: ComplaintStatus
  departmentCode?: string
  answerBy?: Date | null
  answer?: string
  answeredAt?: Date
  outcome?: CloseOutcomeKind
  duplicateOf?: string
  referredTo?: string
  mergedIntoId?: string
  reopenCount?: number
}

/** Applies a lifecycle change decided by the service to a row it has locked. */
export async function updateComplaint(q: Queryable, id: string, change: ComplaintChange, now: Date): Promise<void> {
  await q.query(
    `UPDATE complaints SET
        status = $2,
        department_code = COALESCE($3, department_code),
        answer_by = CASE WHEN $4::boolean THEN $5::timestamptz ELSE answer_by END,
        answer = COALESCE($6, answer),
        answered_at = COALESCE($7, answered_at),
        outcome = CASE WHEN $2 = 'closed' THEN $8 ELSE NULL END,
        duplicate_of = COALESCE($9, duplicate_of),
        referred_to = COALESCE($10, referred_to),
        merged_into_id = COALESCE($11, merged_into_id),
        closed_at = CASE WHEN $2 = 'closed' THEN $13::timestamptz ELSE NULL END,
        reopen_count = COALESCE($12, reopen_count),
        updated_at = $13
      WHERE id = $1`,
    [
      id,
      change.status,
      change.departmentCode ?? null,
      change.answerBy !== undefined,
      change.answerBy ?? null,
      change.answer ?? null,
      change.answeredAt ?? null,
      change.outcome ?? null,
      change.duplicateOf ?? null,
      change.referredTo ?? null,
      change.mergedIntoId ?? null,
      change.reopenCount ?? null,
      now
    ]
  )
}

/** Points the complaints merged into `fromId` at `toId`, so merges never form chains. */
export async function moveMergedReports(q: Queryable, fromId: string, to: { id: string; trackingNo: string }, now: Date): Promise<void> {
  await q.query(
    `UPDATE complaints SET merged_into_id = $2, duplicate_of = $3, updated_at = $4 WHERE merged_into_id = $1`,
    [fromId, to.id, to.trackingNo, now]
  )
}

export async function touchComplaint(q: Queryable, id: string, now: Date): Promise<void> {
  await q.query(`UPDATE complaints SET updated_at = $2 WHERE id = $1`, [id, now])
}

export interface EventRecord {
  complaintId: string
  at: string
  kind: EventKind
  actor: ActorKind
  actorId: string | null
  actorName: string | null
  internal: boolean
  fromStatus: ComplaintStatus | null
  toStatus: ComplaintStatus | null
  message: string | null
  /**
   * What parents whose reports joined this complaint read instead of `message`, which may be written to this
   * complaint's parent alone; null: they see the step without words.
   */
  sharedMessage: string | null
  /** `message` as a message key and parameters, to read in each reader's language; null: read as written. */
  phrase: PhraseText | null
  sharedPhrase: PhraseText | null
}

/**
 * An event as recorded; it happens at the `now` it is inserted with. Words the system writes come as a phrase:
 * the record keeps its Chinese text beside it.
 */
type NewEvent = Omit<EventRecord, 'at' | 'message' | 'sharedMessage' | 'phrase' | 'sharedPhrase'> & {
  message: PhraseText | null
  sharedMessage?: PhraseText | null
}

const textOf = (message: PhraseText | null | undefined): string | null =>
  message === null || message === undefined ? null : renderPhrase(message, DEFAULT_LOCALE)

const phraseOf = (message: PhraseText | null | undefined): string | null =>
  message === null || message === undefined || typeof message === 'string' ? null : JSON.stringify(message)

export async function insertEvent(q: Queryable, event: NewEvent, now: Date): Promise<void> {
  await q.query(
    `INSERT INTO complaint_events (complaint_id, at, kind, actor, actor_id, actor_name, internal, from_status, to_status, message, shared_message,
                                   message_phrase, shared_message_phrase)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12::jsonb, $13::jsonb)`,
    [
      event.complaintId,
      now,
      event.kind,
      event.actor,
      event.actorId,
      event.actorName,
      event.internal,
      event.fromStatus,
      event.toStatus,
      textOf(event.message),
      textOf(event.sharedMessage),
      phraseOf(event.message),
      phraseOf(event.sharedMessage)
    ]
  )
}

interface EventRow {
  complaint_id: string
  at: unknown
  kind: EventKind
  actor: ActorKind
  actor_id: string | null
  actor_name: string | null
  internal: boolean
  from_status: ComplaintStatus | null
  to_status: ComplaintStatus | null
  message: string | null
  shared_message: string | null
  message_phrase: PhraseText | null
  shared_message_phrase: PhraseText | null
}

/** Events of the given complaints in the order they happened; `publicOnly` leaves out internal ones. */
export async function listEvents(
  q: Queryable,
  complaintIds: readonly string[],
  options: { publicOnly: boolean; since?: Date | null }
): Promise<EventRecord[]> {
  const { rows } = await q.query<EventRow>(
    `SELECT complaint_id, at, kind, actor, actor_id, actor_name, internal, from_status, to_status, message, shared_message,
            message_phrase, shared_message_phrase
       FROM complaint_events
      WHERE complaint_id = ANY($1::text[]) AND ($2::boolean = false OR internal = false)
        AND ($3::timestamptz IS NULL OR at >= $3::timestamptz)
      ORDER BY seq`,
    [[...complaintIds], options.publicOnly, options.since ?? null]
  )
  return rows.map((row) => ({
    complaintId: row.complaint_id,
    at: isoOf(row.at),
    kind: row.kind,
    actor: row.actor,
    actorId: row.actor_id,
    actorName: row.actor_name,
    internal: row.internal,
    fromStatus: row.from_status,
    toStatus: row.to_status,
    message: row.message,
    sharedMessage: row.shared_message,
    phrase: row.message_phrase,
    sharedPhrase: row.shared_message_phrase
  }))
}

/**
 * Counts one more submission for the user on a China day, unless the limit is reached: the row lock of the
 * upsert makes concurrent submissions by one user count one after another. False means over the limit.
 */
export async function takeDailyQuota(q: Queryable, userId: string, day: string, limit: number): Promise<boolean> {
  const { rows } = await q.query(
    `INSERT INTO complaint_daily_quota (user_id, day, submitted) VALUES ($1, $2, 1)
     ON CONFLICT (user_id, day) DO UPDATE SET submitted = complaint_daily_quota.submitted + 1
       WHERE complaint_daily_quota.submitted < $3
     RETURNING submitted`,
    [userId, day, limit]
  )
  return rows.length === 1
}

/** Gives back a submission the quota counted for a complaint that was then not filed. */
export async function returnDailyQuota(q: Queryable, userId: string, day: string): Promise<void> {
  // One statement, so a concurrent submission sees the count either before or after, never half-returned.
  await q.query(
    `WITH emptied AS (DELETE FROM complaint_daily_quota WHERE user_id = $1 AND day = $2 AND submitted = 1)
     UPDATE complaint_daily_quota SET submitted = submitted - 1 WHERE user_id = $1 AND day = $2 AND submitted > 1`,
    [userId, day]
  )
}

interface QueueRow {
  record: ComplaintRecord
  dueAt: string | null
  reports: number
}

/** What is due next: the acceptance deadline until accepted, then the answer deadline while being handled. */
const DUE_AT = `CASE WHEN status = 'submitted' THEN accept_by
  WHEN status IN ('accepted', 'assigned', 'investigating', 'reopened') THEN answer_by END`

interface QueueFilterOptions {
  regionCode: string
  statuses: readonly ComplaintStatus[] | null
  departmentCode: string | null
}

const QUEUE_WHERE = `region_code = $1 AND merged_into_id IS NULL
        AND ($2::text[] IS NULL OR status = ANY($2::text[]))
        AND ($3::text IS NULL OR department_code = $3)`

const queueParams = (options: QueueFilterOptions) => [
  options.regionCode,
  options.statuses ? [...options.statuses] : null,
  options.departmentCode
]

/**
 * A page of a region's complaints (merged duplicates left out) in queue order (see QueueKey): due soonest,
 * which puts the overdue first, nothing due last, then oldest, then id; strictly after `after` when given.
 * Times are keyed to the millisecond, as a cursor carries them, so a row compares equal to its own cursor.
 */
export async function listQueue(q: Queryable, options: QueueFilterOptions & { after: QueueKey | null; limit: number }): Promise<QueueRow[]> {
  const after = options.after
  const { rows } = await q.query<ComplaintRow & { due_at: unknown; added: number }>(
    `SELECT ${COLUMNS}, due_at,
            (SELECT count(*)::int FROM complaints m WHERE m.merged_into_id = complaints.id) AS added
       FROM (SELECT *, date_trunc('milliseconds', ${DUE_AT}) AS due_at, date_trunc('milliseconds', submitted_at) AS submitted_key
               FROM complaints
              WHERE ${QUEUE_WHERE}) AS complaints
      WHERE $4::text IS NULL
         OR ($5::timestamptz IS NOT NULL AND (due_at IS NULL OR due_at > $5))
         OR (due_at IS NOT DISTINCT FROM $5::timestamptz AND (submitted_key, id) > ($6::timestamptz, $4::text))
      ORDER BY due_at ASC NULLS LAST, submitted_key ASC, id ASC
      LIMIT $7`,
    [...queueParams(options), after?.id ?? null, after?.dueAt ?? null, after?.submittedAt ?? null, options.limit]
  )
  return rows.map((row) => ({ record: toRecord(row), dueAt: isoOrNull(row.due_at), reports: 1 + row.added }))
}

/** How many complaints the queue lists for these options, across all its pages. */
export async function countQueue(q: Queryable, options: QueueFilterOptions): Promise<number> {
  const { rows } = await q.query<{ n: number }>(`SELECT count(*)::int AS n FROM complaints WHERE ${QUEUE_WHERE}`, queueParams(options))
  return rows[0]?.n ?? 0
}

/** Open and overdue complaints per department of a region. */
export async function countOpenByDepartment(
  q: Queryable,
  regionCode: string,
  now: Date
): Promise<{ departmentCode: string; open: number; overdue: number }[]> {
  const { rows } = await q.query<{ department_code: string; open: number; overdue: number }>(
    `SELECT department_code, count(*)::int AS open, count(*) FILTER (WHERE ${DUE_AT} < $3)::int AS overdue
       FROM complaints
      WHERE region_code = $1 AND merged_into_id IS NULL AND status = ANY($2::text[])
      GROUP BY department_code`,
    [regionCode, [...OPEN_STATUSES], now]
  )
  return rows.map((row) => ({ departmentCode: row.department_code, open: row.open, overdue: row.overdue }))
}

/** Upheld (fully or partly) complaints about an institution, by the China year they were closed in and category. */
export async function countUpheld(q: Queryable, institutionId: string): Promise<{ year: number; category: ComplaintCategory; upheld: number }[]> {
  const { rows } = await q.query<{ year: number; category: ComplaintCategory; upheld: number }>(
    // The China year by the fixed offset, like everywhere else, rather than the database's time-zone data.
    `SELECT extract(year FROM (closed_at AT TIME ZONE 'UTC') + make_interval(mins => $2))::int AS year, category, count(*)::int AS upheld
       FROM complaints
      WHERE institution_id = $1 AND status = 'closed' AND outcome IN ('upheld', 'partly_upheld')
      GROUP BY 1, 2
      ORDER BY 1 DESC, 2`,
    [institutionId, CHINA_UTC_OFFSET_MINUTES]
  )
  return rows
}
