import { z } from 'zod'
import { calendarDateSchema, instantSchema } from '../bookings/slot-schema'
import { institutionIdSchema } from '../finder/institution-schema'
import { regionCodeSchema } from '../finder/search-schema'
import { latLngSchema } from '../shared/geo'
import { complaintCategorySchema, departmentCodeSchema } from './complaint-category-schema'
import { PHOTO_LIMITS } from './photo-rules'
import { isValidTrackingNumber, normalizeTrackingNumber } from './tracking-number-rules'

/**
 * named: the regulator may tell the institution who complained; hidden_from_institution: the regulator knows,
 * the institution must not; anonymous: nobody is stored, the parent follows it with the tracking number and a secret.
 */
export const IDENTITY_MODES = ['named', 'hidden_from_institution', 'anonymous'] as const
export const identityModeSchema = z.enum(IDENTITY_MODES)
export type IdentityMode = z.infer<typeof identityModeSchema>

export const COMPLAINT_STATUSES = ['submitted', 'accepted', 'rejected', 'assigned', 'investigating', 'answered', 'reopened', 'closed'] as const
const complaintStatusSchema = z.enum(COMPLAINT_STATUSES)
export type ComplaintStatus = z.infer<typeof complaintStatusSchema>

/** Statuses still waiting for the regulator: these count as open for duplicates and the queue. */
export const OPEN_STATUSES: readonly ComplaintStatus[] = ['submitted', 'accepted', 'assigned', 'investigating', 'reopened']

export const CLOSE_OUTCOMES = ['upheld', 'partly_upheld', 'not_upheld', 'duplicate', 'referred'] as const
const closeOutcomeKindSchema = z.enum(CLOSE_OUTCOMES)
export type CloseOutcomeKind = z.infer<typeof closeOutcomeKindSchema>

/** Outcomes that judge the matter after an answer; the parent may reopen these within the window. */
export const VERDICT_OUTCOMES: readonly CloseOutcomeKind[] = ['upheld', 'partly_upheld', 'not_upheld']

export const COMPLAINT_LIMITS = {
  details: { min: 20, max: 2000 },
  reason: { min: 5, max: 500 },
  answer: { min: 10, max: 2000 },
  note: { min: 1, max: 1000 },
  operatorName: { min: 2, max: 60 },
  address: { min: 5, max: 120 },
  contactName: { min: 1, max: 20 },
  /** What a parent types to ask whether a place is filed: a name or an address. */
  filedQuery: { min: 2, max: 60 },
  /** A tracking number as typed, spaces and dashes included, before it is normalised. */
  trackingNoTyped: 40,
  followSecretLength: 16,
  /** How far back an incident may be reported. */
  incidentMaxAgeDays: 730,
  perUserPerDay: 5,
  duplicateWindowDays: 30,
  reopenWindowDays: 15,
  reopensAllowed: 1
} as const

/** Accepts what a parent types (lower case, spaces, O for 0) and yields the canonical printed form. */
const trackingNumberSchema = z
  .string()
  .max(COMPLAINT_LIMITS.trackingNoTyped)
  .transform(normalizeTrackingNumber)
  .refine(isValidTrackingNumber, { message: 'bad tracking number' })

const followSecretSchema = z.string().regex(new RegExp(`^[0-9A-Za-z]{${COMPLAINT_LIMITS.followSecretLength}}$`))
export const photoIdSchema = z.string().regex(/^ph-[a-z0-9-]{4,60}$/)
/**
 * What a finished upload hands back instead of an owner: 32 random bytes, base64url. Whoever holds it may send
 * the photo with a complaint; the server keeps only its hash, so the photo row names no one.
 */
export const photoTicketSchema = z.string().regex(/^pt-[A-Za-z0-9_-]{43}$/)

const text = (limits: { min: number; max: number }) => z.string().trim().min(limits.min).max(limits.max)

/** A filed institution picked in the finder, or an operator that is not filed, described as the parent saw it. */
const complaintSubjectInputSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('filed'), institutionId: institutionIdSchema }).strict(),
  z
    .object({
      kind: z.literal('unfiled'),
      regionCode: regionCodeSchema,
      operatorName: text(COMPLAINT_LIMITS.operatorName),
      address: text(COMPLAINT_LIMITS.address),
      location: latLngSchema.strict()
    })
    .strict()
])

/** A mainland mobile or a landline with area code, as a parent would type it. */
const contactPhoneSchema = z.string().trim().regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/)

const contactSchema = z
  .object({ contactName: text(COMPLAINT_LIMITS.contactName), contactPhone: contactPhoneSchema.optional() })
  .strict()

export const submitComplaintInputSchema = z
  .object({
    subject: complaintSubjectInputSchema,
    category: complaintCategorySchema,
    details: text(COMPLAINT_LIMITS.details),
    incidentDate: calendarDateSchema,
    /** The tickets the photo upload answered with, one per photo. */
    photoTickets: z
      .array(photoTicketSchema)
      .max(PHOTO_LIMITS.maxCount)
      .refine((tickets) => new Set(tickets).size === tickets.length, { message: 'same photo twice' })
      .default([]),
    identity: identityModeSchema,
    /** For named and hidden complaints, so the department can call back; never stored for anonymous ones. */
    contact: contactSchema.optional(),
    /**
     * Join the open complaint the duplicate check said exists, instead of opening a new one. The server finds it
     * again itself: the parent never learns its number, so cannot follow someone else's complaint. When it has
     * closed in the meantime the report is filed on its own.
     */
    joinSimilar: z.boolean().default(false),
    /** Whether the parent allowed one WeChat subscribe message at the submit tap (ignored for anonymous ones). */
    wechatSubscribed: z.boolean().default(false)
  })
  .strict()
export type SubmitComplaintInput = z.infer<typeof submitComplaintInputSchema>

export const duplicatesInputSchema = z
  .object({ institutionId: institutionIdSchema, category: complaintCategorySchema })
  .strict()

/**
 * Only whether a similar complaint is open: its number, status, date or report count would let any parent
 * (someone at the institution among them) list and follow other families' complaints.
 */
export const duplicatesOutputSchema = z.object({ similarOpen: z.boolean() })

const photoMetaSchema = z.object({
  id: photoIdSchema,
  width: z.number().int().min(1),
  height: z.number().int().min(1),
  bytes: z.number().int().min(1)
})
/** The answer to `POST /api/upload/complaint-photo`: the re-encoded photo's size and the ticket to send it with. */
export const photoUploadOutputSchema = photoMetaSchema.extend({ ticket: photoTicketSchema })
export type PhotoUpload = z.infer<typeof photoUploadOutputSchema>

/** Where the mini-program put a photo in cloud storage: a random name in the upload folder, nothing else. */
export const CLOUD_PHOTO_FOLDER = 'complaint-uploads'
export const claimCloudPhotoInputSchema = z
  .object({ fileId: z.string().max(300).regex(new RegExp(`^cloud://[A-Za-z0-9._-]+/${CLOUD_PHOTO_FOLDER}/[0-9a-f]{32}\\.jpg$`)) })
  .strict()

export const complaintRefInputSchema = z
  .object({ trackingNo: trackingNumberSchema, secret: followSecretSchema.optional() })
  .strict()
export const photoInputSchema = z
  .object({ trackingNo: trackingNumberSchema, photoId: photoIdSchema, secret: followSecretSchema.optional() })
  .strict()
export const photoOutputSchema = z.object({
  id: photoIdSchema,
  mimeType: z.literal('image/jpeg'),
  /** The re-encoded JPEG, base64: no EXIF, no GPS. */
  data: z.string()
})

export const reopenInputSchema = z
  .object({
    trackingNo: trackingNumberSchema,
    secret: followSecretSchema.optional(),
    reason: text(COMPLAINT_LIMITS.reason)
  })
  .strict()

const subjectViewSchema = z.object({
  kind: z.enum(['filed', 'unfiled']),
  institutionId: institutionIdSchema.nullable(),
  name: z.string(),
  address: z.string(),
  regionCode: z.string()
})

const EVENT_KINDS = [
  'submitted',
  'held_for_review',
  'accepted',
  'rejected',
  'assigned',
  'investigating',
  'answered',
  'closed',
  'reopened',
  'report_added',
  'note',
  'viewed'
] as const
const eventKindSchema = z.enum(EVENT_KINDS)
export type EventKind = z.infer<typeof eventKindSchema>

const ACTOR_KINDS = ['complainant', 'regulator', 'system'] as const
const actorKindSchema = z.enum(ACTOR_KINDS)
export type ActorKind = z.infer<typeof actorKindSchema>

/** One line of the timeline a parent reads: what happened, when, and what the department said. */
const timelineEventSchema = z.object({
  at: instantSchema,
  kind: eventKindSchema,
  actor: actorKindSchema,
  message: z.string().nullable(),
  status: complaintStatusSchema.nullable(),
  /**
   * For regulators, the tracking number of the report this happened on when it is not the complaint itself;
   * for parents always null (the steps of a joined complaint are marked by `joined` on the view).
   */
  via: z.string().nullable()
})

const closeOutcomeViewSchema = z.object({
  kind: closeOutcomeKindSchema,
  duplicateOf: z.string().nullable(),
  referredTo: z.string().nullable()
})

const departmentViewSchema = z.object({ code: z.string(), name: z.string(), phone: z.string() })

/** What the complainant (signed in, or holding the secret) sees. */
export const complaintViewSchema = z.object({
  trackingNo: z.string(),
  category: complaintCategorySchema,
  subject: subjectViewSchema,
  details: z.string(),
  incidentDate: z.string(),
  identity: identityModeSchema,
  status: complaintStatusSchema,
  submittedAt: instantSchema,
  department: departmentViewSchema.nullable(),
  acceptBy: instantSchema,
  answerBy: instantSchema.nullable(),
  answer: z.string().nullable(),
  answeredAt: instantSchema.nullable(),
  outcome: closeOutcomeViewSchema.nullable(),
  /**
   * Handled together with a similar complaint: the department's steps on it show on this timeline, with what it
   * wrote for everyone (never another family's answer or its number).
   */
  joined: z.boolean(),
  reopenUntil: instantSchema.nullable(),
  canReopen: z.boolean(),
  photos: z.array(photoMetaSchema),
  timeline: z.array(timelineEventSchema)
})
export type ComplaintView = z.infer<typeof complaintViewSchema>

export const submitComplaintOutputSchema = z.object({
  complaint: complaintViewSchema,
  /** Only for anonymous complaints, shown once: with the tracking number it is the only way back. */
  followSecret: followSecretSchema.nullable(),
  heldForReview: z.boolean()
})

const myComplaintSummarySchema = z.object({
  trackingNo: z.string(),
  category: complaintCategorySchema,
  subjectName: z.string(),
  status: complaintStatusSchema,
  submittedAt: instantSchema,
  updatedAt: instantSchema
})
export const myComplaintsOutputSchema = z.object({ complaints: z.array(myComplaintSummarySchema) })

export const QUEUE_FILTERS = ['open', 'answered', 'finished', 'all'] as const
/** Queue page sizes: what one page holds unless asked, and the most one request may ask for. */
export const QUEUE_PAGE_SIZE = 100
export const QUEUE_MAX_PAGE_SIZE = 200
export type QueueFilter = (typeof QUEUE_FILTERS)[number]
export const queueInputSchema = z
  .object({
    departmentCode: departmentCodeSchema.optional(),
    filter: z.enum(QUEUE_FILTERS).default('open'),
    limit: z.number().int().min(1).max(QUEUE_MAX_PAGE_SIZE).default(QUEUE_PAGE_SIZE),
    /** The previous page's `nextCursor`, with the same filter and department; omitted for the first page. */
    cursor: z.string().min(1).max(200).optional()
  })
  .strict()

const queueItemSchema = z.object({
  trackingNo: z.string(),
  category: complaintCategorySchema,
  subjectName: z.string(),
  subjectKind: z.enum(['filed', 'unfiled']),
  status: complaintStatusSchema,
  departmentCode: z.string(),
  departmentName: z.string(),
  submittedAt: instantSchema,
  /** Accept-by while not yet accepted, answer-by afterwards; null once nothing is due. */
  dueAt: instantSchema.nullable(),
  overdue: z.boolean(),
  heldForReview: z.boolean(),
  reports: z.number().int().min(1)
})
export const queueOutputSchema = z.object({
  items: z.array(queueItemSchema),
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: z.string().nullable(),
  /** How many complaints match the filter and department in all, across pages. */
  total: z.number().int().min(0),
  departments: z.array(departmentViewSchema.extend({ open: z.number().int().min(0), overdue: z.number().int().min(0) }))
})

const regulatorEventSchema = timelineEventSchema.extend({
  internal: z.boolean(),
  actorName: z.string().nullable()
})

const mergedReportSchema = z.object({
  trackingNo: z.string(),
  details: z.string(),
  incidentDate: z.string(),
  identity: identityModeSchema,
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  submittedAt: instantSchema,
  photos: z.array(photoMetaSchema)
})

/** What the region's regulator staff see: everything but the identity of an anonymous parent, which is not kept. */
export const regulatorComplaintViewSchema = complaintViewSchema.omit({ timeline: true, canReopen: true, joined: true }).extend({
  /** The complaint this one was merged into. */
  mergedInto: z.string().nullable(),
  routedDepartmentCode: z.string(),
  departmentCode: z.string(),
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  /** Whether the parent allowed the institution to learn who complained. */
  mayTellInstitution: z.boolean(),
  heldForReview: z.boolean(),
  reviewFlags: z.array(z.string()),
  dueAt: instantSchema.nullable(),
  overdue: z.boolean(),
  reopenCount: z.number().int().min(0),
  mergedReports: z.array(mergedReportSchema),
  events: z.array(regulatorEventSchema),
  availableActions: z.array(z.string())
})
export type RegulatorComplaintView = z.infer<typeof regulatorComplaintViewSchema>

const auditEntrySchema = z.object({
  at: instantSchema,
  kind: eventKindSchema,
  actor: actorKindSchema,
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  internal: z.boolean(),
  fromStatus: complaintStatusSchema.nullable(),
  toStatus: complaintStatusSchema.nullable(),
  message: z.string().nullable()
})
export const auditLogOutputSchema = z.object({ trackingNo: z.string(), entries: z.array(auditEntrySchema) })

export const regulatorRefInputSchema = z.object({ trackingNo: trackingNumberSchema }).strict()
export const rejectInputSchema = z.object({ trackingNo: trackingNumberSchema, reason: text(COMPLAINT_LIMITS.reason) }).strict()
export const assignInputSchema = z
  .object({ trackingNo: trackingNumberSchema, departmentCode: departmentCodeSchema, note: text(COMPLAINT_LIMITS.note).optional() })
  .strict()
export const answerInputSchema = z
  .object({
    trackingNo: trackingNumberSchema,
    /** To this complaint's parent; it may name them or quote what they wrote. */
    answer: text(COMPLAINT_LIMITS.answer),
    /**
     * What parents whose reports joined this complaint read instead: the findings without anyone's particulars.
     * Without it they are told only that an answer was given, and later the outcome.
     */
    publicAnswer: text(COMPLAINT_LIMITS.answer).optional()
  })
  .strict()
const closeOutcomeInputSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.enum(['upheld', 'partly_upheld', 'not_upheld']) }).strict(),
  z.object({ kind: z.literal('duplicate'), duplicateOf: trackingNumberSchema }).strict(),
  z.object({ kind: z.literal('referred'), departmentCode: departmentCodeSchema }).strict()
])
export type CloseOutcomeInput = z.infer<typeof closeOutcomeInputSchema>
export const closeInputSchema = z
  .object({ trackingNo: trackingNumberSchema, outcome: closeOutcomeInputSchema, reason: text(COMPLAINT_LIMITS.reason) })
  .strict()
export const noteInputSchema = z.object({ trackingNo: trackingNumberSchema, note: text(COMPLAINT_LIMITS.note) }).strict()

export const isFiledInputSchema = z
  .object({
    regionCode: regionCodeSchema,
    query: z.string().trim().min(COMPLAINT_LIMITS.filedQuery.min).max(COMPLAINT_LIMITS.filedQuery.max)
  })
  .strict()
export const isFiledOutputSchema = z.object({
  matches: z.array(
    z.object({
      institutionId: institutionIdSchema,
      name: z.string(),
      address: z.string(),
      filingNumber: z.string()
    })
  )
})

export const upheldCountsInputSchema = z.object({ institutionId: institutionIdSchema }).strict()
/** Public: counts only, never who complained or what they wrote. */
export const upheldCountsOutputSchema = z.object({
  counts: z.array(
    z.object({ year: z.number().int(), category: complaintCategorySchema, upheld: z.number().int().min(1) })
  )
})
