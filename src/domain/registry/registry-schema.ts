import { z } from 'zod'
import { EVALUATION_DIMENSIONS } from '../finder/finder-enums'
import {
  ageBandSchema,
  changeKindSchema,
  enforcementKindSchema,
  feeRecordUnitSchema,
  gradeSchema,
  inspectionKindSchema,
  inspectionResultSchema,
  operatorKindSchema,
  serviceTypeSchema
} from '../finder/finder-enum-schemas'
import { photoIdSchema, photoTicketSchema } from '../complaints/complaint-schema'
import { DISCLOSURE_ITEM_KEYS, type DisclosureItemKey } from '../finder/disclosure-checklist'
import { institutionIdSchema } from '../finder/institution-schema'
import { CLASS_SIZE_LIMIT } from '../finder/staff-ratio-rules'
import { fenSchema, isoDateSchema } from '../shared/date-schema'

/**
 * What regulators publish about the institutions of their own region. Every input is checked here once;
 * the service adds the rules that need the database (the region, the filing number, the institution's standing).
 */

const text = (max: number) => z.string().trim().min(1).max(max)

/** 统一社会信用代码: 18 characters of the national code alphabet (no I, O, S, V, Z). */
export const creditCodeSchema = z.string().trim().toUpperCase().pipe(z.string().regex(/^[0-9A-HJ-NPQRTUWXY]{18}$/))

/** 备案编号 as the registry prints it, e.g. 诸卫托备〔2024〕0012号; the key an import matches rows on. */
const filingNumberSchema = text(40)

/** Where a location came from: GCJ-02 (Chinese maps, the mini-program) or WGS-84 (GPS); stored in GCJ-02. */
const DATUMS = ['gcj02', 'wgs84'] as const
const datumSchema = z.enum(DATUMS)
export type Datum = z.infer<typeof datumSchema>

const placedPointSchema = z
  .object({
    lat: z.number().min(-90).max(90),
    lng: z.number().min(-180).max(180),
    datum: datumSchema
  })
  .strict()
export type PlacedPoint = z.infer<typeof placedPointSchema>

const filingFieldsSchema = z
  .object({
    filingNumber: filingNumberSchema,
    receiptDate: isoDateSchema,
    registrationAuthority: text(60),
    creditCode: creditCodeSchema
  })
  .strict()

const institutionFieldsSchema = z
  .object({
    name: text(60),
    districtCode: z.string().regex(/^[a-z0-9_]{2,40}$/),
    address: text(120),
    phone: z.string().trim().max(30),
    operatorKind: operatorKindSchema,
    serviceTypes: z.array(serviceTypeSchema).min(1).max(4),
    isAffordable: z.boolean(),
    /** Absent: imported or filed without coordinates, kept out of distance search until placed. */
    location: placedPointSchema.nullable()
  })
  .strict()

/** 备案: a new filing of the regulator's own region. */
export const fileInstitutionInputSchema = institutionFieldsSchema.extend(filingFieldsSchema.shape).strict()
export type FileInstitutionInput = z.infer<typeof fileInstitutionInputSchema>


/** Changed details: only the fields given change; at least one must be given. */
export const changeDetailsInputSchema = z
  .object({
    institutionId: institutionIdSchema,
    changes: institutionFieldsSchema.extend(filingFieldsSchema.shape).partial().strict()
  })
  .strict()
  .refine((v) => Object.keys(v.changes).length > 0, { path: ['changes'], message: 'nothing to change' })
export type ChangeDetailsInput = z.infer<typeof changeDetailsInputSchema>

/** 暂停 / 注销 with reason and date, or 恢复 (only from a suspension: a revocation is final). */
export const setStandingInputSchema = z
  .object({
    institutionId: institutionIdSchema,
    status: z.enum(['active', 'suspended', 'revoked']),
    on: isoDateSchema,
    reason: text(200)
  })
  .strict()
export type SetStandingInput = z.infer<typeof setStandingInputSchema>

const scoreShape = Object.fromEntries(
  Object.entries(EVALUATION_DIMENSIONS).map(([key, max]) => [key, z.number().min(0).max(max)])
) as { [K in keyof typeof EVALUATION_DIMENSIONS]: z.ZodNumber }

/** 质量评估 with its 整改 items, each due by a date. */
export const publishEvaluationInputSchema = z
  .object({
    institutionId: institutionIdSchema,
    evaluatedOn: isoDateSchema,
    evaluator: text(60),
    grade: gradeSchema,
    scores: z.object(scoreShape).strict(),
    rectificationItems: z.array(z.object({ item: text(200), dueOn: isoDateSchema }).strict()).max(30)
  })
  .strict()
export type PublishEvaluationInput = z.infer<typeof publishEvaluationInputSchema>

/** A 整改 follow-up; `closes` marks the item done. */
export const followUpInputSchema = z
  .object({
    institutionId: institutionIdSchema,
    rectificationId: z.string().min(1).max(40),
    on: isoDateSchema,
    note: text(300),
    closes: z.boolean()
  })
  .strict()
export type FollowUpInput = z.infer<typeof followUpInputSchema>

export const recordInspectionInputSchema = z
  .object({
    institutionId: institutionIdSchema,
    kind: inspectionKindSchema,
    inspectedOn: isoDateSchema,
    result: inspectionResultSchema,
    findings: z.string().trim().max(500),
    nextDueOn: isoDateSchema.nullable()
  })
  .strict()
  .refine((v) => v.result === 'passed' || v.findings.length > 0, { path: ['findings'], message: 'findings required' })
export type RecordInspectionInput = z.infer<typeof recordInspectionInputSchema>

export const recordEnforcementInputSchema = z
  .object({
    institutionId: institutionIdSchema,
    kind: enforcementKindSchema.exclude(['suspension', 'revocation']),
    decidedOn: isoDateSchema,
    summary: text(300)
  })
  .strict()
export type RecordEnforcementInput = z.infer<typeof recordEnforcementInputSchema>

/** The institution's own vacancy report: places per service type and age band, dated today. */
export const updateVacanciesInputSchema = z
  .object({
    institutionId: institutionIdSchema,
    vacancies: z
      .array(z.object({ serviceType: serviceTypeSchema, ageBand: ageBandSchema, places: z.number().int().min(0).max(500) }).strict())
      .max(16)
      .refine((list) => new Set(list.map((v) => `${v.serviceType}/${v.ageBand}`)).size === list.length, { message: 'each service type and age band once' })
  })
  .strict()
export type UpdateVacanciesInput = z.infer<typeof updateVacanciesInputSchema>

/** 信息仍然准确: re-dates every vacancy report to today without changing a number. */
export const confirmVacanciesInputSchema = z.object({ institutionId: institutionIdSchema }).strict()

/** How far ahead a price may be published: a year, so a parent never reads of a price two terms away. */
export const FEE_SCHEDULE_MAX_DAYS_AHEAD = 366

/**
 * The institution's own prices from a date (today or later, never back-dated: history is not rewritten), per
 * service type, age band and unit. Each line given replaces the line's price from that day on; the older one
 * stays as history.
 */
export const updateFeesInputSchema = z
  .object({
    institutionId: institutionIdSchema,
    effectiveFrom: isoDateSchema,
    fees: z
      .array(
        z
          .object({
            serviceType: serviceTypeSchema,
            ageBand: ageBandSchema,
            unit: feeRecordUnitSchema,
            // ¥100,000 a unit is far past any childcare price: a slip of the decimal point, not a fee.
            amountFen: fenSchema.min(1).max(10_000_000),
            includesMeals: z.boolean()
          })
          .strict()
      )
      .min(1)
      .max(32)
      .refine((list) => new Set(list.map((f) => `${f.serviceType}/${f.ageBand}/${f.unit}`)).size === list.length, { message: 'each service type, age band and unit once' })
  })
  .strict()
export type UpdateFeesInput = z.infer<typeof updateFeesInputSchema>

export const registryWriteOutputSchema = z.object({ institutionId: institutionIdSchema })

/** What a write by an institution did: published at once, or waiting for the region's regulator. */
export const workspaceWriteOutputSchema = z.object({
  institutionId: institutionIdSchema,
  outcome: z.enum(['published', 'pending_review'])
})

/**
 * 放置位置: a regulator pins one of its region's institutions on the map (WeChat's own picker, a tap on the web
 * map, or typed coordinates in either datum). Stored in GCJ-02; from then on it is in distance search.
 */
export const placeInstitutionInputSchema = z.object({ institutionId: institutionIdSchema, location: placedPointSchema }).strict()
export type PlaceInstitutionInput = z.infer<typeof placeInstitutionInputSchema>

/** 待定位: the region's filings that wait to be placed (revoked ones never will be), oldest id first. */
export const unlocatedInputSchema = z.object({ limit: z.number().int().min(1).max(200).default(100) }).strict()

export const unlocatedOutputSchema = z.object({
  total: z.number().int(),
  /** False for a read-only regulator: it sees the list but places nothing. */
  canPlace: z.boolean(),
  items: z.array(
    z.object({
      id: institutionIdSchema,
      name: z.string(),
      address: z.string(),
      districtName: z.string(),
      filingNumber: z.string()
    })
  )
})
export type UnlocatedList = z.infer<typeof unlocatedOutputSchema>

/** The internal audit log: who (the account), when, what, on which institution. */
export const auditLogInputSchema = z
  .object({ institutionId: institutionIdSchema.optional(), limit: z.number().int().min(1).max(200).default(50) })
  .strict()

export const auditLogOutputSchema = z.object({
  items: z.array(
    z.object({
      at: z.iso.datetime(),
      institutionId: institutionIdSchema,
      kind: changeKindSchema,
      actorUserId: z.string(),
      actorName: z.string(),
      department: z.string(),
      detail: z.record(z.string(), z.unknown())
    })
  )
})

/**
 * An import: the file's bytes (base64), its name (for the format), and whether to write. The cap here is only
 * a backstop well above the service's file limit, so an oversized file gets the importer's own clear message.
 */
export const importFilingsInputSchema = z
  .object({
    fileName: z.string().trim().min(1).max(200),
    contentBase64: z.string().max(16 * 1024 * 1024),
    dryRun: z.boolean()
  })
  .strict()

const importIssueSchema = z.object({
  line: z.number().int().min(0),
  column: z.string(),
  value: z.string(),
  message: z.string()
})

const IMPORT_OUTCOMES = ['new', 'changed', 'unchanged', 'revoked', 'rejected'] as const
export type ImportOutcome = (typeof IMPORT_OUTCOMES)[number]

export const importReportSchema = z.object({
  dryRun: z.boolean(),
  committed: z.boolean(),
  summary: z.object({
    new: z.number().int(),
    changed: z.number().int(),
    unchanged: z.number().int(),
    revoked: z.number().int(),
    rejected: z.number().int(),
    /** Rows imported without coordinates: on the register, not in distance search. */
    unlocated: z.number().int()
  }),
  rows: z.array(
    z.object({
      line: z.number().int(),
      filingNumber: z.string(),
      outcome: z.enum(IMPORT_OUTCOMES),
      institutionId: z.string().nullable(),
      unlocated: z.boolean()
    })
  ),
  issues: z.array(importIssueSchema)
})
export type ImportReport = z.infer<typeof importReportSchema>

/** A class as staff report it: its size limit and children enrolled, and the carers assigned to it. */
const classInputSchema = z
  .object({
    name: text(30),
    ageBand: ageBandSchema,
    capacity: z.number().int().min(1).max(40),
    enrolled: z.number().int().min(0).max(40),
    caregivers: z.number().int().min(0).max(20)
  })
  .strict()
  .refine((c) => c.enrolled <= c.capacity, { path: ['enrolled'], message: 'more children than places' })
  .refine((c) => c.capacity <= CLASS_SIZE_LIMIT[c.ageBand], { path: ['capacity'], message: 'over the class size limit of the standard' })

/**
 * Classes and carers, the whole list (a class left out is closed). Class sizes change what the finder and the
 * regulator count on, so this always waits for the region's regulator (review queue).
 */
export const updateClassesInputSchema = z
  .object({
    institutionId: institutionIdSchema,
    classes: z
      .array(classInputSchema)
      .max(30)
      .refine((list) => new Set(list.map((c) => c.name)).size === list.length, { message: 'each class name once' })
  })
  .strict()
export type UpdateClassesInput = z.infer<typeof updateClassesInputSchema>

const REVIEW_STATUSES = ['pending', 'approved', 'rejected', 'superseded'] as const
const reviewStatusSchema = z.enum(REVIEW_STATUSES)
export type ReviewStatus = z.infer<typeof reviewStatusSchema>

/** What waits for review: a 普惠 institution's prices from a date, or its classes. */
export const reviewChangeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('fees'), effectiveFrom: isoDateSchema, fees: updateFeesInputSchema.shape.fees }),
  z.object({ kind: z.literal('classes'), classes: updateClassesInputSchema.shape.classes })
])
export type ReviewChange = z.infer<typeof reviewChangeSchema>

const reviewViewSchema = z.object({
  id: z.string(),
  institutionId: institutionIdSchema,
  institutionName: z.string(),
  change: reviewChangeSchema,
  status: reviewStatusSchema,
  requestedAt: z.iso.datetime(),
  decidedAt: z.iso.datetime().nullable(),
  /** Why a change was turned down, for the institution to act on. */
  reason: z.string().nullable()
})
export type ReviewView = z.infer<typeof reviewViewSchema>

/** The institution's own review requests, newest first: what waits and what was turned down. */
export const myReviewsInputSchema = z.object({ institutionId: institutionIdSchema }).strict()
export const reviewListOutputSchema = z.object({ items: z.array(reviewViewSchema) })

/** The regulator's queue: pending changes of the region's institutions, oldest first. */
export const reviewQueueInputSchema = z.object({ limit: z.number().int().min(1).max(100).default(50) }).strict()

export const decideReviewInputSchema = z.discriminatedUnion('decision', [
  z.object({ reviewId: z.string().min(1).max(60), decision: z.literal('approve') }).strict(),
  z.object({ reviewId: z.string().min(1).max(60), decision: z.literal('reject'), reason: text(300) }).strict()
])
export type DecideReviewInput = z.infer<typeof decideReviewInputSchema>
export const decideReviewOutputSchema = z.object({ reviewId: z.string(), status: reviewStatusSchema })

const disclosureKeySchema = z.enum(DISCLOSURE_ITEM_KEYS as [DisclosureItemKey, ...DisclosureItemKey[]])

/**
 * One of the 19 公示 items in the institution's own words, dated today, with a photo of the notice or
 * certificate if staff attach one (the ticket of an upload through the complaint-photo path: re-encoded,
 * EXIF stripped). `removePhoto` takes the item's photo down.
 */
export const updateDisclosureInputSchema = z
  .object({
    institutionId: institutionIdSchema,
    key: disclosureKeySchema,
    value: text(500),
    photoTicket: photoTicketSchema.optional(),
    removePhoto: z.boolean().default(false)
  })
  .strict()
  .refine((v) => !(v.photoTicket && v.removePhoto), { path: ['removePhoto'], message: 'a new photo or none, not both' })
export type UpdateDisclosureInput = z.infer<typeof updateDisclosureInputSchema>

/** 信息仍然准确: re-dates the listed published items to today without changing a word. */
export const confirmDisclosuresInputSchema = z
  .object({
    institutionId: institutionIdSchema,
    keys: z
      .array(disclosureKeySchema)
      .min(1)
      .max(DISCLOSURE_ITEM_KEYS.length)
      .refine((keys) => new Set(keys).size === keys.length, { message: 'each item once' })
  })
  .strict()
export type ConfirmDisclosuresInput = z.infer<typeof confirmDisclosuresInputSchema>

/** At most this many premises photos: enough to show rooms, kitchen and yard, not an album. */
export const PREMISES_PHOTO_MAX = 12

export const addPremisesPhotoInputSchema = z.object({ institutionId: institutionIdSchema, photoTicket: photoTicketSchema }).strict()

/** The premises photos in the order to show them: every current photo exactly once. */
export const arrangePremisesPhotosInputSchema = z
  .object({
    institutionId: institutionIdSchema,
    photoIds: z
      .array(photoIdSchema)
      .max(PREMISES_PHOTO_MAX)
      .refine((ids) => new Set(ids).size === ids.length, { message: 'each photo once' })
  })
  .strict()

export const removePremisesPhotoInputSchema = z.object({ institutionId: institutionIdSchema, photoId: photoIdSchema }).strict()

export const institutionPhotoInputSchema = z.object({ institutionId: institutionIdSchema, photoId: photoIdSchema }).strict()
export const institutionPhotoOutputSchema = z.object({
  id: photoIdSchema,
  mimeType: z.literal('image/jpeg'),
  /** The re-encoded JPEG, base64: no EXIF, no GPS. */
  data: z.string()
})
