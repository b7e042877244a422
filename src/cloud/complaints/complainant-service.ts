import '../../i18n/zh-cn-pages/complaints'
import type { User } from '../../domain/account/account-schema'
import { nextStatus } from '../../domain/complaints/complaint-lifecycle-rules'
import type { ComplaintView } from '../../domain/complaints/complaint-schema'
import { workingDayDeadline } from '../../domain/complaints/working-day-rules'
import { DomainError } from '../../domain/shared/error-codes'
import { DEFAULT_LOCALE, type Locale } from '../../i18n/locales'
import { phrase } from '../../i18n/phrase'
import type { Database, Queryable } from '../db/database'
import { regionByCode } from '../regions/regions-service'
import { transitionRefusal } from './complaint-refusals'
import { NO_WORDS, sendProgress } from './complaint-messages'
import { listPhotos, readPhoto } from './complaint-photo-repository'
import {
  findComplaintById,
  findComplaintByTrackingNo,
  insertEvent,
  listByComplainant,
  listEvents,
  listMergedInto,
  updateComplaint,
  type ComplaintRecord
} from './complaint-repository'
import { complainantView, isRegionRegulator, lifecycleSnapshot } from './complaint-views'
import { followSecretMatches } from './follow-secret'
import { recordSecretMiss, secretLocked } from './secret-guard-repository'

/**
 * The complainant's view of a complaint: its own public events, then the department's steps on the complaint it
 * was merged into, each with only the words written for everyone (`sharedMessage`). What the other complaint's
 * parent wrote, or was written to (a reopening reason, an answer quoting them), is theirs and stays out.
 */
export async function loadComplainantView(q: Queryable, record: ComplaintRecord, now: Date, locale: Locale): Promise<ComplaintView> {
  const mergedInto = record.mergedIntoId ? await findComplaintById(q, record.mergedIntoId) : null
  const own = await listEvents(q, [record.id], { publicOnly: true })
  const followed = mergedInto
    ? (await listEvents(q, [mergedInto.id], { publicOnly: true, since: new Date(record.submittedAt) }))
        .filter((e) => e.actor === 'regulator')
        .map((e) => ({ ...e, message: e.sharedMessage, phrase: e.sharedPhrase }))
    : []
  const events = [...own, ...followed].sort((a, b) => a.at.localeCompare(b.at))
  return complainantView(record, {
    region: await regionByCode(q, record.regionCode),
    events,
    photos: await listPhotos(q, [record.id]),
    mergedInto,
    now,
    locale
  })
}

/** Whether the caller is this complaint's parent: the signed-in complainant, or whoever holds an anonymous one's secret. */
function isComplainant(record: ComplaintRecord, user: User | null, secret: string | undefined): boolean {
  if (record.complainantId !== null) return user?.id === record.complainantId
  return secret !== undefined && followSecretMatches(secret, record.followSecretHash)
}

/**
 * Checks of an anonymous complaint's secret, counted per tracking number: ten wrong ones lock its checks for 15
 * minutes (RATE_LIMITED), so a secret cannot be guessed however many addresses the guesser has. Runs on its own,
 * before any transaction, so a miss is recorded even when the request then fails.
 */
async function guardSecret(db: Database, trackingNo: string, secret: string | undefined, now: Date): Promise<void> {
  if (secret === undefined) return
  const record = await findComplaintByTrackingNo(db, trackingNo)
  if (!record || record.complainantId !== null) return
  if (await secretLocked(db, trackingNo, now)) throw new DomainError('RATE_LIMITED')
  if (!followSecretMatches(secret, record.followSecretHash)) await recordSecretMiss(db, trackingNo, now)
}

/**
 * The complaint if the caller may read it as its parent. Anyone else gets NOT_FOUND, the same answer as for a
 * number that does not exist, so tracking numbers cannot be probed.
 */
async function complaintOfComplainant(q: Queryable, trackingNo: string, user: User | null, secret: string | undefined, forUpdate = false) {
  const record = await findComplaintByTrackingNo(q, trackingNo, forUpdate)
  if (!record || !isComplainant(record, user, secret)) throw new DomainError('NOT_FOUND', { field: 'trackingNo' })
  return record
}

export async function myComplaints(db: Database, userId: string) {
  const records = await listByComplainant(db, userId)
  return {
    complaints: records.map((r) => ({
      trackingNo: r.trackingNo,
      category: r.category,
      subjectName: r.subjectName,
      status: r.status,
      submittedAt: r.submittedAt,
      updatedAt: r.updatedAt
    }))
  }
}

export async function getComplaint(
  db: Database,
  user: User | null,
  input: { trackingNo: string; secret?: string | undefined },
  now: Date,
  locale: Locale = DEFAULT_LOCALE
) {
  await guardSecret(db, input.trackingNo, input.secret, now)
  const record = await complaintOfComplainant(db, input.trackingNo, user, input.secret)
  return loadComplainantView(db, record, now, locale)
}

/** A photo for the complaint's parent, or for the region's regulators (who also see photos of reports merged into it). */
export async function getPhoto(
  db: Database,
  user: User | null,
  input: { trackingNo: string; photoId: string; secret?: string | undefined },
  now: Date
) {
  await guardSecret(db, input.trackingNo, input.secret, now)
  const record = await findComplaintByTrackingNo(db, input.trackingNo)
  const notFound = new DomainError('NOT_FOUND', { field: 'photoId' })
  if (!record) throw notFound
  let complaintIds: string[]
  if (isRegionRegulator(user, record)) complaintIds = [record.id, ...(await listMergedInto(db, record.id)).map((r) => r.id)]
  else if (isComplainant(record, user, input.secret)) complaintIds = [record.id]
  else throw notFound
  const jpeg = await readPhoto(db, input.photoId, complaintIds)
  if (!jpeg) throw notFound
  return { id: input.photoId, mimeType: 'image/jpeg' as const, data: Buffer.from(jpeg).toString('base64') }
}

/** The parent asks for the answer to be looked at again: once, within 15 days, with a reason the department reads. */
export async function reopenComplaint(
  db: Database,
  user: User | null,
  input: { trackingNo: string; secret?: string | undefined; reason: string },
  now: Date,
  locale: Locale = DEFAULT_LOCALE
) {
  await guardSecret(db, input.trackingNo, input.secret, now)
  return db.transaction(async (tx) => {
    const record = await complaintOfComplainant(tx, input.trackingNo, user, input.secret, true)
    const decision = nextStatus(lifecycleSnapshot(record), { type: 'reopen' }, 'complainant', now)
    if (!decision.ok) throw transitionRefusal(decision.code, record)
    await updateComplaint(
      tx,
      record.id,
      { status: decision.status, reopenCount: record.reopenCount + 1, answerBy: workingDayDeadline(now, record.answerWithinDays) },
      now
    )
    const message = phrase('complaints.messages.reopenedBy', { reason: input.reason })
    await insertEvent(
      tx,
      {
        complaintId: record.id,
        kind: 'reopened',
        actor: 'complainant',
        actorId: record.complainantId,
        actorName: null,
        internal: false,
        fromStatus: record.status,
        toStatus: decision.status,
        message
      },
      now
    )
    const updated = await findComplaintById(tx, record.id)
    if (!updated) throw new DomainError('NOT_FOUND', { field: 'trackingNo' })
    // The parents whose reports were merged in learn that it is open again, not the other parent's reason.
    await sendProgress(tx, { ...updated, complainantId: null }, await listMergedInto(tx, record.id), decision.status, { own: NO_WORDS, shared: NO_WORDS }, now)
    return loadComplainantView(tx, updated, now, locale)
  })
}
