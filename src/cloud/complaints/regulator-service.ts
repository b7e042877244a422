import '../../i18n/zh-cn-pages/complaints'
import type { User } from '../../domain/account/account-schema'
import { nextStatus, type LifecycleCommand } from '../../domain/complaints/complaint-lifecycle-rules'
import {
  OPEN_STATUSES,
  type CloseOutcomeInput,
  type ComplaintStatus,
  type EventKind,
  type QueueFilter,
  type RegulatorComplaintView
} from '../../domain/complaints/complaint-schema'
import { decodeQueueCursor, encodeQueueCursor, isOverdue } from '../../domain/complaints/queue-order-rules'
import { workingDayDeadline } from '../../domain/complaints/working-day-rules'
import type { Region } from '../../domain/regions/region-schema'
import { DomainError } from '../../domain/shared/error-codes'
import { DEFAULT_LOCALE, type Locale } from '../../i18n/locales'
import { phrase, renderPhrase, type PhraseText } from '../../i18n/phrase'
import { t, type MessageKey } from '../../i18n/translate'
import type { Database, Queryable } from '../db/database'
import { regionByCode } from '../regions/regions-service'
import { sendProgress, wordingOf } from './complaint-messages'
import { listPhotos } from './complaint-photo-repository'
import { transitionRefusal } from './complaint-refusals'
import { formatChinaDateTimeFull } from './complaint-time'
import {
  claimWechatAllowance,
  countOpenByDepartment,
  countQueue,
  findComplaintById,
  findComplaintByTrackingNo,
  insertEvent,
  listEvents,
  listMergedInto,
  listQueue,
  moveMergedReports,
  touchComplaint,
  updateComplaint,
  type ComplaintChange,
  type ComplaintRecord
} from './complaint-repository'
import { complaintLink } from './complaint-messages'
import { departmentName, departmentView, isRegionRegulator, lifecycleSnapshot, regulatorView } from './complaint-views'
import type { ComplaintProgressMessage, ComplaintWechat } from './wechat-complaint-gateway'
import { messageOf, serverLog } from '../shared/server-log'

const QUEUE_STATUSES: Record<QueueFilter, readonly ComplaintStatus[] | null> = {
  open: OPEN_STATUSES,
  answered: ['answered'],
  finished: ['closed', 'rejected'],
  all: null
}

function regionOf(user: User): string {
  if (user.role !== 'regulator' || !user.regionCode) throw new DomainError('FORBIDDEN')
  return user.regionCode
}

/** A read-only regulator (a membership made so) sees the queue and files but changes nothing. */
function refuseReadOnly(user: User): void {
  if (user.readOnly) throw new DomainError('FORBIDDEN')
}

/** One page of the region's queue, in the order QueueKey describes, with how many complaints it holds in all. */
export async function queue(
  db: Database,
  user: User,
  input: { departmentCode?: string | undefined; filter: QueueFilter; limit: number; cursor?: string | undefined },
  now: Date
) {
  const regionCode = regionOf(user)
  const departmentCode = input.departmentCode ?? null
  const cursor = input.cursor === undefined ? null : decodeQueueCursor(input.cursor, { filter: input.filter, departmentCode })
  if (input.cursor !== undefined && cursor === null) {
    throw new DomainError('INVALID_INPUT', { field: 'cursor' }, 'cursor is malformed or made for another listing')
  }
  const filter = { regionCode, statuses: QUEUE_STATUSES[input.filter], departmentCode }
  const region = await regionByCode(db, regionCode)
  const rows = await listQueue(db, { ...filter, after: cursor?.after ?? null, limit: input.limit + 1 })
  const page = rows.slice(0, input.limit)
  const last = page[page.length - 1]
  const counts = await countOpenByDepartment(db, regionCode, now)
  return {
    items: page.map(({ record, dueAt, reports }) => ({
      trackingNo: record.trackingNo,
      category: record.category,
      subjectName: record.subjectName,
      subjectKind: record.subjectKind,
      status: record.status,
      departmentCode: record.departmentCode,
      departmentName: departmentName(region, record.departmentCode),
      submittedAt: record.submittedAt,
      dueAt,
      overdue: isOverdue(dueAt, now),
      heldForReview: record.heldForReview,
      reports
    })),
    nextCursor:
      rows.length > input.limit && last
        ? encodeQueueCursor({
            filter: input.filter,
            departmentCode,
            after: { dueAt: last.dueAt, submittedAt: last.record.submittedAt, id: last.record.id }
          })
        : null,
    total: await countQueue(db, filter),
    departments: (region?.departments ?? []).map((d) => {
      const count = counts.find((c) => c.departmentCode === d.code)
      return { ...departmentView(region, d.code), open: count?.open ?? 0, overdue: count?.overdue ?? 0 }
    })
  }
}

/** The complaint if this regulator's region handles it; otherwise NOT_FOUND, as if it did not exist. */
async function regionComplaint(q: Queryable, user: User, trackingNo: string, forUpdate = false): Promise<ComplaintRecord> {
  const record = await findComplaintByTrackingNo(q, trackingNo, forUpdate)
  if (!record || !isRegionRegulator(user, record)) throw new DomainError('NOT_FOUND', { field: 'trackingNo' })
  return record
}

async function loadRegulatorView(q: Queryable, record: ComplaintRecord, now: Date, locale: Locale): Promise<RegulatorComplaintView> {
  const mergedReports = await listMergedInto(q, record.id)
  const ids = [record.id, ...mergedReports.map((r) => r.id)]
  return regulatorView(record, {
    region: await regionByCode(q, record.regionCode),
    events: await listEvents(q, ids, { publicOnly: false }),
    photos: await listPhotos(q, ids),
    mergedReports,
    mergedInto: record.mergedIntoId ? await findComplaintById(q, record.mergedIntoId) : null,
    now,
    locale
  })
}

const regulatorEvent = (user: User, complaintId: string) => ({
  complaintId,
  actor: 'regulator' as const,
  actorId: user.id,
  actorName: user.displayName
})

/** Opening a complaint is recorded: the audit log shows who read a family's complaint, and when. */
export async function inspect(db: Database, user: User, trackingNo: string, now: Date, locale: Locale = DEFAULT_LOCALE) {
  return db.transaction(async (tx) => {
    const record = await regionComplaint(tx, user, trackingNo)
    await insertEvent(
      tx,
      { ...regulatorEvent(user, record.id), kind: 'viewed', internal: true, fromStatus: null, toStatus: null, message: null },
      now
    )
    return loadRegulatorView(tx, record, now, locale)
  })
}

export async function auditLog(db: Database, user: User, trackingNo: string, locale: Locale = DEFAULT_LOCALE) {
  const record = await regionComplaint(db, user, trackingNo)
  const events = await listEvents(db, [record.id], { publicOnly: false })
  return {
    trackingNo: record.trackingNo,
    entries: events.map((e) => ({
      at: e.at,
      kind: e.kind,
      actor: e.actor,
      actorId: e.actorId,
      actorName: e.actorName,
      internal: e.internal,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      message: e.phrase ? renderPhrase(e.phrase, locale) : e.message
    }))
  }
}

function assertDepartment(region: Region | null, code: string, field: string): void {
  if (!region?.departments.some((d) => d.code === code)) throw new DomainError('DEPARTMENT_NOT_IN_REGION', { field })
}

export type RegulatorAction =
  | { type: 'accept' }
  | { type: 'reject'; reason: string }
  | { type: 'assign'; departmentCode: string; note?: string | undefined }
  | { type: 'investigate' }
  | { type: 'answer'; answer: string; publicAnswer?: string | undefined }
  | { type: 'close'; outcome: CloseOutcomeInput; reason: string }

const EVENT_OF: Record<RegulatorAction['type'], EventKind> = {
  accept: 'accepted',
  reject: 'rejected',
  assign: 'assigned',
  investigate: 'investigating',
  answer: 'answered',
  close: 'closed'
}

interface Plan {
  change: Omit<ComplaintChange, 'status'>
  /** The step's words: a phrase when the system words it, the department's own words as written. */
  message: PhraseText | null
  /** What parents whose reports joined this complaint read of the step: never words written to its own parent. */
  sharedMessage: PhraseText | null
  /** For a merge: the complaint this one joins, whose reports it takes along. */
  mergeInto?: ComplaintRecord
}

async function planFor(tx: Queryable, record: ComplaintRecord, region: Region | null, action: RegulatorAction, now: Date): Promise<Plan> {
  switch (action.type) {
    case 'accept':
      return { change: { answerBy: workingDayDeadline(now, record.answerWithinDays) }, message: null, sharedMessage: null }
    case 'reject':
      return { change: { answerBy: null }, message: phrase('complaints.messages.rejectedBecause', { reason: action.reason }), sharedMessage: null }
    case 'assign': {
      assertDepartment(region, action.departmentCode, 'departmentCode')
      const assigned = phrase('complaints.messages.assignedTo', { department: departmentName(region, action.departmentCode) })
      return { change: { departmentCode: action.departmentCode }, message: assigned, sharedMessage: assigned }
    }
    case 'investigate':
      return { change: {}, message: null, sharedMessage: null }
    case 'answer': {
      // The department's own words stay as written.
      const { answer, publicAnswer } = action
      return { change: { answer, answeredAt: now, answerBy: null }, message: answer, sharedMessage: publicAnswer ?? null }
    }
    case 'close': {
      const { outcome, reason } = action
      // The closing reason is the department's own words: read as written, and only by this complaint's parent.
      const closedAs = (extra: PhraseText, withReason = true) =>
        phrase('complaints.messages.closedAs', { outcome: phrase(`complaints.outcomes.${outcome.kind}`), reason: withReason ? [extra, reason] : extra })
      if (outcome.kind === 'duplicate') {
        const target = await findComplaintByTrackingNo(tx, outcome.duplicateOf, true)
        const mergeable =
          target !== null &&
          target.id !== record.id &&
          target.regionCode === record.regionCode &&
          target.mergedIntoId === null &&
          OPEN_STATUSES.concat(['answered']).includes(target.status)
        if (!mergeable) throw new DomainError('MERGE_NOT_ALLOWED', { field: 'outcome.duplicateOf' })
        const joined = phrase('complaints.messages.joinedSimilar')
        return {
          change: { outcome: 'duplicate', duplicateOf: target.trackingNo, mergedIntoId: target.id, answerBy: null },
          message: closedAs(joined),
          sharedMessage: closedAs(joined, false),
          mergeInto: target
        }
      }
      if (outcome.kind === 'referred') {
        assertDepartment(region, outcome.departmentCode, 'outcome.departmentCode')
        const referred = phrase('complaints.messages.referredTo', { department: departmentName(region, outcome.departmentCode) })
        return {
          change: { outcome: 'referred', referredTo: outcome.departmentCode, answerBy: null },
          message: closedAs(referred),
          sharedMessage: closedAs(referred, false)
        }
      }
      return { change: { outcome: outcome.kind }, message: closedAs(''), sharedMessage: closedAs('', false) }
    }
  }
}

const commandOf = (action: RegulatorAction): LifecycleCommand =>
  action.type === 'close' ? { type: 'close', outcome: action.outcome.kind } : { type: action.type }

/** The steps worth the parent's one WeChat message: the decision, whichever it is. */
const DECISIONS: readonly ComplaintStatus[] = ['answered', 'rejected', 'closed']

async function sendWechat(wechat: ComplaintWechat | null, message: ComplaintProgressMessage | null): Promise<void> {
  if (!wechat || !message) return
  try {
    await wechat.sendProgress(message)
  } catch (error) {
    // The inbox already has it; WeChat is the extra copy.
    serverLog().warn({ cause: messageOf(error) }, 'WeChat complaint message failed')
  }
}

/**
 * One step of handling: checked against the lifecycle, applied to the locked row, recorded as an event with
 * who and when, and told to the parent (and to parents whose reports were merged into it) in the same transaction.
 */
export async function act(
  db: Database,
  user: User,
  trackingNo: string,
  action: RegulatorAction,
  now: Date,
  wechat: ComplaintWechat | null = null,
  locale: Locale = DEFAULT_LOCALE
) {
  refuseReadOnly(user)
  const { view, message } = await db.transaction(async (tx) => {
    const record = await regionComplaint(tx, user, trackingNo, true)
    const decision = nextStatus(lifecycleSnapshot(record), commandOf(action), 'regulator', now)
    if (!decision.ok) throw transitionRefusal(decision.code, record)
    const region = await regionByCode(tx, record.regionCode)
    const plan = await planFor(tx, record, region, action, now)
    await updateComplaint(tx, record.id, { ...plan.change, status: decision.status }, now)
    await insertEvent(
      tx,
      {
        ...regulatorEvent(user, record.id),
        kind: EVENT_OF[action.type],
        internal: false,
        fromStatus: record.status,
        toStatus: decision.status,
        message: plan.message,
        sharedMessage: plan.sharedMessage
      },
      now
    )
    if (action.type === 'assign' && action.note) {
      await insertEvent(
        tx,
        { ...regulatorEvent(user, record.id), kind: 'note', internal: true, fromStatus: null, toStatus: null, message: action.note },
        now
      )
    }
    const mergedReports = await listMergedInto(tx, record.id)
    await sendProgress(tx, record, mergedReports, decision.status, { own: wordingOf(plan.message), shared: wordingOf(plan.sharedMessage) }, now)
    if (plan.mergeInto) {
      await moveMergedReports(tx, record.id, plan.mergeInto, now)
      await insertEvent(
        tx,
        {
          complaintId: plan.mergeInto.id,
          kind: 'report_added',
          actor: 'regulator',
          actorId: user.id,
          actorName: user.displayName,
          internal: false,
          fromStatus: null,
          toStatus: null,
          message: phrase('complaints.messages.reportAdded')
        },
        now
      )
      await touchComplaint(tx, plan.mergeInto.id, now)
    }
    const updated = await findComplaintById(tx, record.id)
    if (!updated) throw new DomainError('NOT_FOUND', { field: 'trackingNo' })
    const openid = wechat && DECISIONS.includes(decision.status) ? await claimWechatAllowance(tx, record.id, now) : null
    const wechatMessage: ComplaintProgressMessage | null = openid
      ? {
          openid,
          page: complaintLink(record.trackingNo).slice(1),
          trackingNo: record.trackingNo,
          status: t(`complaints.wechatStatus.${decision.status}` as MessageKey),
          note: departmentName(region, updated.departmentCode),
          at: formatChinaDateTimeFull(now)
        }
      : null
    return { view: await loadRegulatorView(tx, updated, now, locale), message: wechatMessage }
  })
  await sendWechat(wechat, message)
  return view
}

/** A note for colleagues: in the audit log and the console, never on the parent's timeline. */
export async function addNote(db: Database, user: User, trackingNo: string, note: string, now: Date, locale: Locale = DEFAULT_LOCALE) {
  refuseReadOnly(user)
  return db.transaction(async (tx) => {
    const record = await regionComplaint(tx, user, trackingNo, true)
    await insertEvent(tx, { ...regulatorEvent(user, record.id), kind: 'note', internal: true, fromStatus: null, toStatus: null, message: note }, now)
    await touchComplaint(tx, record.id, now)
    const updated = await findComplaintById(tx, record.id)
    if (!updated) throw new DomainError('NOT_FOUND', { field: 'trackingNo' })
    return loadRegulatorView(tx, updated, now, locale)
  })
}

/** Departments with complaints still being handled: how the regions context keeps an operator from removing one. */
export async function departmentsWithOpenComplaints(q: Queryable, regionCode: string, now: Date): Promise<string[]> {
  return (await countOpenByDepartment(q, regionCode, now)).filter((d) => d.open > 0).map((d) => d.departmentCode)
}
