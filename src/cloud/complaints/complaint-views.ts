import type { User } from '../../domain/account/account-schema'
import { availableCommands, nextStatus, reopenDeadline } from '../../domain/complaints/complaint-lifecycle-rules'
import type { ComplaintView, RegulatorComplaintView } from '../../domain/complaints/complaint-schema'
import type { Region } from '../../domain/regions/region-schema'
import { inChina } from '../../domain/shared/clock'
import type { Locale } from '../../i18n/locales'
import { renderPhrase } from '../../i18n/phrase'
import type { ComplaintRecord, EventRecord } from './complaint-repository'
import type { PhotoMeta } from './complaint-photo-repository'

export function departmentView(region: Region | null, code: string) {
  const department = region?.departments.find((d) => d.code === code)
  return { code, name: department?.name ?? code, phone: department?.phone ?? '' }
}

export function departmentName(region: Region | null, code: string): string {
  return departmentView(region, code).name
}

/** A deadline is the end of a China day; people read it as that day: 11月27日. */
export function deadlineDay(deadline: string | Date): string {
  return inChina(deadline).subtract(1, 'millisecond').format('M月D日')
}

export function lifecycleSnapshot(record: ComplaintRecord) {
  return {
    status: record.status,
    answeredAt: record.answeredAt ? new Date(record.answeredAt) : null,
    reopenCount: record.reopenCount,
    outcome: record.outcome
  }
}

/** The acceptance deadline until accepted, the answer deadline while being handled, nothing once answered or closed. */
function dueAtOf(record: ComplaintRecord): string | null {
  if (record.status === 'submitted') return record.acceptBy
  if (['accepted', 'assigned', 'investigating', 'reopened'].includes(record.status)) return record.answerBy
  return null
}

function subjectView(record: ComplaintRecord) {
  return {
    kind: record.subjectKind,
    institutionId: record.institutionId,
    name: record.subjectName,
    address: record.subjectAddress,
    regionCode: record.regionCode
  }
}

function outcomeView(record: ComplaintRecord, region: Region | null) {
  if (!record.outcome) return null
  return {
    kind: record.outcome,
    duplicateOf: record.duplicateOf,
    referredTo: record.referredTo ? departmentName(region, record.referredTo) : null
  }
}

/** A parent never learns the number of the complaint theirs joined: with it they could follow another family's. */
function complainantOutcomeView(record: ComplaintRecord, region: Region | null) {
  const outcome = outcomeView(record, region)
  return outcome && { ...outcome, duplicateOf: null }
}

const photoViews = (photos: readonly PhotoMeta[]) => photos.map(({ id, width, height, bytes }) => ({ id, width, height, bytes }))

/** A step in the reader's language: words the system wrote are rendered in `locale`, anyone's own words as written. */
function timelineEvent(event: EventRecord, ownId: string, trackingNoById: ReadonlyMap<string, string>, locale: Locale) {
  return {
    at: event.at,
    kind: event.kind,
    actor: event.actor,
    message: event.phrase ? renderPhrase(event.phrase, locale) : event.message,
    status: event.toStatus,
    via: event.complaintId === ownId ? null : (trackingNoById.get(event.complaintId) ?? null)
  }
}

/** The complaint as it stands, which the parent who filed it and the regulator both see. */
function sharedView(record: ComplaintRecord, parts: { region: Region | null }): Omit<ComplaintView, 'canReopen' | 'photos' | 'timeline' | 'joined'> {
  return {
    trackingNo: record.trackingNo,
    category: record.category,
    subject: subjectView(record),
    details: record.details,
    incidentDate: record.incidentDate,
    identity: record.identity,
    status: record.status,
    submittedAt: record.submittedAt,
    department: departmentView(parts.region, record.departmentCode),
    acceptBy: record.acceptBy,
    answerBy: record.answerBy,
    answer: record.answer,
    answeredAt: record.answeredAt,
    outcome: outcomeView(record, parts.region),
    reopenUntil: record.answeredAt ? reopenDeadline(new Date(record.answeredAt)).toISOString() : null
  }
}

interface ComplainantViewParts {
  region: Region | null
  /**
   * Public events of the complaint and, after the merge, the department's steps on the complaint it joined,
   * carrying only what was written for everyone (see loadComplainantView).
   */
  events: readonly EventRecord[]
  photos: readonly PhotoMeta[]
  mergedInto: ComplaintRecord | null
  now: Date
  /** The reader's language. */
  locale: Locale
}

/**
 * What the parent who filed the complaint sees: never internal notes, never who handled it by name, and of a
 * complaint theirs joined nothing that identifies it (number, details, other parents).
 */
export function complainantView(record: ComplaintRecord, parts: ComplainantViewParts): ComplaintView {
  return {
    ...sharedView(record, parts),
    outcome: complainantOutcomeView(record, parts.region),
    joined: parts.mergedInto !== null,
    canReopen: nextStatus(lifecycleSnapshot(record), { type: 'reopen' }, 'complainant', parts.now).ok,
    photos: photoViews(parts.photos),
    timeline: parts.events.filter((e) => !e.internal).map((e) => ({ ...timelineEvent(e, record.id, new Map(), parts.locale), via: null }))
  }
}

interface RegulatorViewParts {
  region: Region | null
  events: readonly EventRecord[]
  photos: readonly (PhotoMeta & { complaintId: string })[]
  mergedReports: readonly ComplaintRecord[]
  mergedInto: ComplaintRecord | null
  now: Date
  /** The reader's language. */
  locale: Locale
}

/** Everything the region's regulator staff need to handle the complaint, views of the file excepted. */
export function regulatorView(record: ComplaintRecord, parts: RegulatorViewParts): RegulatorComplaintView {
  const trackingNoById = new Map([[record.id, record.trackingNo], ...parts.mergedReports.map((r): [string, string] => [r.id, r.trackingNo])])
  const dueAt = dueAtOf(record)
  return {
    ...sharedView(record, parts),
    mergedInto: parts.mergedInto?.trackingNo ?? null,
    photos: photoViews(parts.photos.filter((p) => p.complaintId === record.id)),
    routedDepartmentCode: record.routedDepartment,
    departmentCode: record.departmentCode,
    contactName: record.contactName,
    contactPhone: record.contactPhone,
    mayTellInstitution: record.identity === 'named',
    heldForReview: record.heldForReview,
    reviewFlags: record.reviewFlags,
    dueAt,
    overdue: dueAt !== null && new Date(dueAt).getTime() < parts.now.getTime(),
    reopenCount: record.reopenCount,
    mergedReports: parts.mergedReports.map((report) => ({
      trackingNo: report.trackingNo,
      details: report.details,
      incidentDate: report.incidentDate,
      identity: report.identity,
      contactName: report.contactName,
      contactPhone: report.contactPhone,
      submittedAt: report.submittedAt,
      photos: photoViews(parts.photos.filter((p) => p.complaintId === report.id))
    })),
    events: parts.events
      .filter((e) => e.kind !== 'viewed')
      .map((e) => ({ ...timelineEvent(e, record.id, trackingNoById, parts.locale), internal: e.internal, actorName: e.actorName })),
    availableActions: availableCommands(lifecycleSnapshot(record), 'regulator', parts.now)
  }
}

/** Whether this user is one of the regulators of the complaint's region. */
export function isRegionRegulator(user: User | null, record: ComplaintRecord): boolean {
  return user?.role === 'regulator' && user.regionCode === record.regionCode
}
