import '../../i18n/zh-cn-pages/alerts'
import '../../i18n/zh-cn-pages/complaints'
import type { User } from '../../domain/account/account-schema'
import { checkContent, withPlatformVerdict, type ContentVerdict } from '../../domain/complaints/content-check-rules'
import { fallbackRouting, resolveRoute, type RoutedSubject } from '../../domain/complaints/complaint-routing-rules'
import type { RegionRouting } from '../../domain/complaints/complaint-routing-schema'
import { COMPLAINT_LIMITS, type SubmitComplaintInput } from '../../domain/complaints/complaint-schema'
import type { ComplaintCategory } from '../../domain/complaints/complaint-category-schema'
import { makeTrackingNumber } from '../../domain/complaints/tracking-number-rules'
import { workingDayDeadline } from '../../domain/complaints/working-day-rules'
import { leadDepartmentCode } from '../../domain/regions/region-config-rules'
import type { Region } from '../../domain/regions/region-schema'
import { daysBetween, todayInChina } from '../../domain/shared/clock'
import { DomainError } from '../../domain/shared/error-codes'
import { DEFAULT_LOCALE, type Locale } from '../../i18n/locales'
import { phrase } from '../../i18n/phrase'
import { t } from '../../i18n/translate'
import type { Database, Queryable } from '../db/database'
import { newId } from '../shared/instant-values'
import { institutionById } from '../finder/finder-service'
import { regionWithRouting } from '../regions/regions-service'
import { loadComplainantView } from './complainant-service'
import { sendReceived } from './complaint-messages'
import { attachPhotos } from './complaint-photo-repository'
import { hashPhotoTicket } from './photo-upload-service'
import { photoUploadQuota, type PhotoUploadQuota } from './photo-upload-quota'
import {
  findComplaintById,
  findSimilarOpen,
  findOpenid,
  insertComplaint,
  insertEvent,
  returnDailyQuota,
  takeDailyQuota,
  touchComplaint,
  type ComplaintRecord,
  type NewComplaint
} from './complaint-repository'
import { deadlineDay, departmentName } from './complaint-views'
import { hashFollowSecret, newFollowSecret, trackingRandomness } from './follow-secret'
import type { ComplaintWechat } from './wechat-complaint-gateway'
import { messageOf, serverLog } from '../shared/server-log'

const DAY_MS = 24 * 60 * 60 * 1000
const TRACKING_ATTEMPTS = 5

/**
 * Who handles a complaint and how fast, by the region's routing as it stands now: the complaint keeps this
 * department and these deadlines, so a later routing change applies only to complaints filed after it. A region
 * without routing sends everything to its lead department, and a routing naming a department the region no
 * longer has would lose the complaint, so that goes to the lead department too.
 */
function routeFor({ region, routing }: { region: Region; routing: RegionRouting | null }, category: ComplaintCategory, subject: RoutedSubject) {
  const lead = leadDepartmentCode(region.departments)
  const table = routing ?? fallbackRouting(region.code, lead)
  const route = resolveRoute(table, category, subject)
  const known = region.departments.some((d) => d.code === route.departmentCode)
  return { ...route, departmentCode: known ? route.departmentCode : lead, trackingPrefix: table.trackingPrefix }
}

const similarSince = (now: Date) => new Date(now.getTime() - COMPLAINT_LIMITS.duplicateWindowDays * DAY_MS)

/** Whether a parent about to complain could join an open complaint on the same problem; nothing about it. */
export async function similarOpen(db: Database, input: { institutionId: string; category: ComplaintCategory }, now: Date) {
  return { similarOpen: (await findSimilarOpen(db, input.institutionId, input.category, similarSince(now))) !== null }
}

interface Subject {
  regionCode: string
  kind: 'filed' | 'unfiled'
  routedAs: RoutedSubject
  institutionId: string | null
  name: string
  address: string
  lat: number | null
  lng: number | null
}

async function resolveSubject(q: Queryable, subject: SubmitComplaintInput['subject']): Promise<Subject> {
  if (subject.kind === 'filed') {
    const institution = await institutionById(q, subject.institutionId)
    if (!institution) throw new DomainError('NOT_FOUND', { field: 'subject.institutionId' })
    return {
      regionCode: institution.regionCode,
      kind: 'filed',
      routedAs: institution.operatorKind === 'kindergarten_class' ? 'kindergarten_class' : 'filed',
      institutionId: institution.id,
      name: institution.name,
      address: institution.address,
      lat: institution.location.lat,
      lng: institution.location.lng
    }
  }
  return {
    regionCode: subject.regionCode,
    kind: 'unfiled',
    routedAs: 'unfiled',
    institutionId: null,
    name: subject.operatorName,
    address: subject.address,
    lat: subject.location.lat,
    lng: subject.location.lng
  }
}

function checkIncidentDate(incidentDate: string, now: Date): void {
  const age = daysBetween(incidentDate, todayInChina(now))
  if (age < 0) throw new DomainError('INCIDENT_DATE_IN_FUTURE', { field: 'incidentDate' })
  if (age > COMPLAINT_LIMITS.incidentMaxAgeDays) {
    throw new DomainError('INCIDENT_TOO_OLD', { field: 'incidentDate', days: COMPLAINT_LIMITS.incidentMaxAgeDays })
  }
}

/**
 * The open complaint a parent asked to join, found again here (same institution, same category, still being
 * handled), locked so it cannot close under the merge. Null when there is none any more: the report then stands
 * on its own rather than being refused for something the parent cannot see.
 */
async function joinTarget(q: Queryable, subject: Subject, category: ComplaintCategory, now: Date): Promise<ComplaintRecord | null> {
  if (subject.institutionId === null) return null
  return findSimilarOpen(q, subject.institutionId, category, similarSince(now), true)
}

async function insertWithFreshNumber(q: Queryable, complaint: Omit<NewComplaint, 'trackingNo'>, prefix: string, now: Date): Promise<string> {
  for (let attempt = 0; attempt < TRACKING_ATTEMPTS; attempt += 1) {
    const trackingNo = makeTrackingNumber(prefix, now, trackingRandomness())
    if (await insertComplaint(q, { ...complaint, trackingNo }, now)) return trackingNo
  }
  // 40 random bits per region and month: five collisions in a row means the random source is broken.
  throw new Error('could not draw an unused tracking number')
}

/**
 * The local check always; for a parent signed in through WeChat, also WeChat's msgSecCheck. When WeChat cannot
 * be reached the local verdict stands: a complaint is never held up, or lost, for want of a second opinion.
 */
async function contentVerdict(db: Database, user: User, texts: readonly string[], wechat: ComplaintWechat | null): Promise<ContentVerdict> {
  const local = checkContent(...texts)
  const openid = wechat ? await findOpenid(db, user.id) : null
  if (!wechat || !openid) return local
  try {
    return withPlatformVerdict(local, await wechat.checkText(openid, texts.join('\n')))
  } catch (error) {
    serverLog().warn({ cause: messageOf(error) }, 'WeChat content check failed')
    return local
  }
}

/**
 * Files a complaint: the complaint, its photos, its first events and the parent's inbox message land together
 * in one transaction or not at all. Risky text is kept and marked for review. The daily quota, the one row
 * that names the parent, is taken in a transaction of its own (and given back if filing fails): written in
 * the complaint's transaction it would carry the same transaction id as an anonymous complaint and so tie
 * the two together on disk.
 */
export async function submitComplaint(
  db: Database,
  user: User,
  input: SubmitComplaintInput,
  now: Date,
  wechat: ComplaintWechat | null = null,
  quota: PhotoUploadQuota = photoUploadQuota,
  locale: Locale = DEFAULT_LOCALE
) {
  checkIncidentDate(input.incidentDate, now)
  const typed = input.subject.kind === 'unfiled' ? [input.details, input.subject.operatorName, input.subject.address] : [input.details]
  const content = await contentVerdict(db, user, typed, wechat)
  const day = todayInChina(now)
  if (!(await takeDailyQuota(db, user.id, day, COMPLAINT_LIMITS.perUserPerDay))) throw new DomainError('RATE_LIMITED')
  const ticketHashes = input.photoTickets.map(hashPhotoTicket)
  try {
    const filed = await fileComplaint(db, user, input, ticketHashes, content, now, locale)
    quota.sent(user.id, ticketHashes)
    return filed
  } catch (error) {
    await returnDailyQuota(db, user.id, day)
    throw error
  }
}

async function fileComplaint(
  db: Database,
  user: User,
  input: SubmitComplaintInput,
  ticketHashes: readonly string[],
  content: ContentVerdict,
  now: Date,
  locale: Locale
) {
  return db.transaction(async (tx) => {
    const subject = await resolveSubject(tx, input.subject)
    const configured = await regionWithRouting(tx, subject.regionCode)
    if (!configured) throw new DomainError('NOT_FOUND', { field: 'subject.regionCode' })
    const { region } = configured
    const target = input.joinSimilar ? await joinTarget(tx, subject, input.category, now) : null

    const route = routeFor(configured, input.category, subject.routedAs)
    const anonymous = input.identity === 'anonymous'
    const followSecret = anonymous ? newFollowSecret() : null
    const id = newId('cp')
    const trackingNo = await insertWithFreshNumber(
      tx,
      {
        id,
        regionCode: region.code,
        category: input.category,
        subjectKind: subject.kind,
        institutionId: subject.institutionId,
        subjectName: subject.name,
        subjectAddress: subject.address,
        subjectLat: subject.lat,
        subjectLng: subject.lng,
        details: input.details,
        incidentDate: input.incidentDate,
        identity: input.identity,
        complainantId: anonymous ? null : user.id,
        contactName: anonymous ? null : (input.contact?.contactName ?? user.displayName),
        contactPhone: anonymous ? null : (input.contact?.contactPhone ?? null),
        followSecretHash: followSecret ? hashFollowSecret(followSecret) : null,
        status: target ? 'closed' : 'submitted',
        routedDepartment: target?.departmentCode ?? route.departmentCode,
        acceptBy: workingDayDeadline(now, route.acceptWithinWorkingDays),
        answerWithinDays: route.answerWithinWorkingDays,
        outcome: target ? 'duplicate' : null,
        duplicateOf: target?.trackingNo ?? null,
        mergedIntoId: target?.id ?? null,
        heldForReview: content.verdict === 'review',
        reviewFlags: content.flags,
        wechatAllowance: input.wechatSubscribed && !anonymous
      },
      route.trackingPrefix,
      now
    )
    if ((await attachPhotos(tx, ticketHashes, id)) !== ticketHashes.length) throw new DomainError('NOT_FOUND', { field: 'photoTickets' })

    const event = { complaintId: id, actorName: null, fromStatus: null }
    await insertEvent(
      tx,
      { ...event, kind: 'submitted', actor: 'complainant', actorId: anonymous ? null : user.id, internal: false, toStatus: 'submitted', message: null },
      now
    )
    if (content.verdict === 'review') {
      const flags = content.flags.flatMap((flag, index) => [
        ...(index > 0 ? [phrase('alerts.messages.listSeparator')] : []),
        phrase(`complaints.contentFlags.${flag}`)
      ])
      await insertEvent(tx, { ...event, kind: 'held_for_review', actor: 'system', actorId: null, internal: true, toStatus: null, message: flags }, now)
    }
    if (target) {
      const merged = phrase('complaints.messages.joinedSimilar')
      await insertEvent(
        tx,
        { ...event, kind: 'closed', actor: 'system', actorId: null, internal: false, fromStatus: 'submitted', toStatus: 'closed', message: merged },
        now
      )
      await insertEvent(
        tx,
        {
          complaintId: target.id,
          kind: 'report_added',
          actor: 'system',
          actorId: null,
          actorName: null,
          internal: false,
          fromStatus: null,
          toStatus: null,
          message: phrase('complaints.messages.reportAdded')
        },
        now
      )
      await touchComplaint(tx, target.id, now)
    }

    const record = await findComplaintById(tx, id)
    if (!record) throw new Error(`complaint ${trackingNo} vanished inside its own transaction`)
    // Rendered in the parent's language when the message is written.
    const received = () =>
      target
        ? t('complaints.messages.addedBody', { trackingNo })
        : t('complaints.messages.submittedBody', {
            trackingNo,
            department: departmentName(region, record.departmentCode),
            acceptBy: deadlineDay(record.acceptBy)
          })
    await sendReceived(tx, record, received, now)
    return {
      complaint: await loadComplainantView(tx, record, now, locale),
      followSecret,
      heldForReview: record.heldForReview
    }
  })
}
