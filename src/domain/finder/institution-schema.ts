import { z } from 'zod'
import { clockTimeSchema, fenSchema, isoDateSchema } from '../shared/date-schema'
import { latLngSchema } from '../shared/geo'
import { DISCLOSURE_ITEM_KEYS, type DisclosureItemKey } from './disclosure-checklist'
import { EVALUATION_DIMENSIONS } from './finder-enums'
import {
  ageBandSchema,
  disclosureSectionSchema,
  enforcementKindSchema,
  feeRecordUnitSchema,
  feeUnitSchema,
  gradeSchema,
  operatorKindSchema,
  changeKindSchema,
  inspectionKindSchema,
  inspectionResultSchema,
  rectificationStatusSchema,
  serviceTypeSchema,
  standingStatusSchema
} from './finder-enum-schemas'

export const institutionIdSchema = z.string().regex(/^[a-z]{2,8}-\d{4,6}$/)

/** 暂停/注销: whether the filing stands, since when and why; a page reached by an old link says so. */
const standingSchema = z.object({
  status: standingStatusSchema,
  since: isoDateSchema.nullable(),
  reason: z.string().nullable()
})
type Standing = z.infer<typeof standingSchema>
export const ACTIVE_STANDING: Standing = { status: 'active', since: null, reason: null }

/**
 * The full record's schema, built the first time a record is checked rather than when the module loads: a
 * cloud function that only searches (the finder's cold start) never builds it.
 */
function buildInstitutionDetailSchema() {
  /** 备案: what the registration receipt says. */
  const filingSchema = z.object({
    number: z.string(),
    receiptDate: isoDateSchema,
    registrationAuthority: z.string(),
    creditCode: z.string().regex(/^[0-9A-HJ-NPQRTUWXY]{18}$/)
  })

  const hoursSchema = z.object({
    opensAt: clockTimeSchema,
    closesAt: clockTimeSchema,
    /** ISO weekdays, Monday = 1. */
    weekdays: z.array(z.number().int().min(1).max(7)).min(1)
  })

  /**
   * One published price. `fees` keeps every price ever published, each from its `effectiveFrom` date (absent:
   * published before prices were dated, in effect since ever); fee-rules.ts says which one is in effect on a day.
   */
  const feeSchema = z.object({
    serviceType: serviceTypeSchema,
    ageBand: ageBandSchema,
    amountFen: fenSchema,
    unit: feeRecordUnitSchema,
    includesMeals: z.boolean(),
    effectiveFrom: isoDateSchema.optional()
  })

  const classGroupSchema = z.object({
    id: z.string(),
    name: z.string(),
    ageBand: ageBandSchema,
    capacity: z.number().int().min(1),
    enrolled: z.number().int().min(0),
    caregivers: z.number().int().min(0)
  })

  const vacancySchema = z.object({
    serviceType: serviceTypeSchema,
    ageBand: ageBandSchema,
    places: z.number().int().min(0),
    reportedOn: isoDateSchema
  })

  const disclosureItemSchema = z.object({
    key: z.enum(DISCLOSURE_ITEM_KEYS as [DisclosureItemKey, ...DisclosureItemKey[]]),
    section: disclosureSectionSchema,
    value: z.string(),
    updatedOn: isoDateSchema,
    /** Where the statement comes from: the institution's own notice, an inspection report, a regulator record. */
    source: z.string(),
    /** A photo of the notice or certificate, re-encoded without EXIF (registry.institutionPhoto serves it). */
    photoId: z.string().optional()
  })

  /** Safety facts; null where the institution has not disclosed the item. */
  const safetySchema = z.object({
    monitoring24h: z.boolean().nullable(),
    videoRetentionDays: z.number().int().min(0).nullable(),
    oneKeyAlarm: z.boolean().nullable(),
    liabilityInsurance: z.boolean().nullable()
  })

  const staffSchema = z.object({
    total: z.number().int().min(0),
    caregivers: z.number().int().min(0),
    certifiedCaregivers: z.number().int().min(0),
    healthStaff: z.number().int().min(0),
    securityStaff: z.number().int().min(0),
    reportedOn: isoDateSchema
  })

  const dimensionScores = Object.fromEntries(
    Object.entries(EVALUATION_DIMENSIONS).map(([key, max]) => [key, z.number().min(0).max(max)])
  ) as { [K in keyof typeof EVALUATION_DIMENSIONS]: z.ZodNumber }

  const evaluationSchema = z.object({
    id: z.string(),
    evaluatedOn: isoDateSchema,
    evaluator: z.string(),
    scores: z.object(dimensionScores),
    total: z.number().min(0).max(1000),
    grade: gradeSchema,
    rectification: rectificationStatusSchema,
    rectificationNote: z.string().nullable()
  })

  const enforcementRecordSchema = z.object({
    id: z.string(),
    decidedOn: isoDateSchema,
    department: z.string(),
    kind: enforcementKindSchema,
    summary: z.string(),
    resolved: z.boolean()
  })


  /** 监督检查: 卫生保健, 食品安全, 消防 or other, with its result and findings. */
  const inspectionSchema = z.object({
    id: z.string(),
    kind: inspectionKindSchema,
    inspectedOn: isoDateSchema,
    department: z.string(),
    result: inspectionResultSchema,
    findings: z.string(),
    /** When the department will look again, where it set a date. */
    nextDueOn: isoDateSchema.nullable()
  })

  /** One 整改 item an evaluation required, and the follow-ups recorded until it was closed. */
  const rectificationItemSchema = z.object({
    id: z.string(),
    evaluationId: z.string(),
    item: z.string(),
    dueOn: isoDateSchema,
    closedOn: isoDateSchema.nullable(),
    followUps: z.array(z.object({ on: isoDateSchema, note: z.string() }))
  })

  /** One public 变更记录 line: what changed, when, and which department did it (never a person). */
  const changeRecordSchema = z.object({
    at: z.iso.datetime(),
    kind: changeKindSchema,
    /** Which fields a details change touched, as keys the page labels. */
    fields: z.array(z.string()),
    actor: z.string()
  })

  return z.object({
    id: institutionIdSchema,
    regionCode: z.string(),
    districtCode: z.string(),
    districtName: z.string(),
    street: z.string(),
    address: z.string(),
    name: z.string(),
    intro: z.string(),
    phone: z.string(),
    location: latLngSchema,
    filing: filingSchema,
    operatorKind: operatorKindSchema,
    /** Only for employer-run care: whether families outside the employer may apply. */
    openToResidents: z.boolean().nullable(),
    isAffordable: z.boolean(),
    isDemonstration: z.boolean(),
    serviceTypes: z.array(serviceTypeSchema).min(1),
    /** Null for a filing imported from the registry before the institution published its hours. */
    hours: hoursSchema.nullable(),
    fees: z.array(feeSchema),
    classes: z.array(classGroupSchema),
    vacancies: z.array(vacancySchema),
    disclosures: z.array(disclosureItemSchema),
    safety: safetySchema,
    staff: staffSchema,
    evaluations: z.array(evaluationSchema),
    enforcement: z.array(enforcementRecordSchema),
    standing: standingSchema.default(ACTIVE_STANDING),
    /** False for a filing imported without coordinates: shown by name, kept out of distance search until placed. */
    located: z.boolean().default(true),
    inspections: z.array(inspectionSchema).default([]),
    rectifications: z.array(rectificationItemSchema).default([]),
    /** Photos of the premises in the institution's order, re-encoded without EXIF (registry.institutionPhoto). */
    premisesPhotos: z.array(z.object({ id: z.string(), width: z.number().int(), height: z.number().int() })).default([]),
    /** Newest first; every regulator action appends one. */
    changes: z.array(changeRecordSchema).default([]),
    isSample: z.boolean()
  })
}

/** One institution in full: what `finder.get` returns. Lists are ordered newest first where dated. */
export const institutionDetailSchema = z.lazy(buildInstitutionDetailSchema)
export type InstitutionDetail = z.infer<typeof institutionDetailSchema>
export type Fee = InstitutionDetail['fees'][number]
export type ClassGroup = InstitutionDetail['classes'][number]
export type Vacancy = InstitutionDetail['vacancies'][number]
export type DisclosureItem = InstitutionDetail['disclosures'][number]
export type Safety = InstitutionDetail['safety']
export type Evaluation = InstitutionDetail['evaluations'][number]
export type EnforcementRecord = InstitutionDetail['enforcement'][number]

/** A result card: what a list row, a map marker and the compare page need. */
export const institutionSummarySchema = z.object({
  id: institutionIdSchema,
  name: z.string(),
  regionCode: z.string(),
  districtCode: z.string(),
  districtName: z.string(),
  address: z.string(),
  location: latLngSchema,
  /** Exact haversine distance from the search origin, in whole metres. */
  distanceM: z.number().int().min(0),
  operatorKind: operatorKindSchema,
  isAffordable: z.boolean(),
  isDemonstration: z.boolean(),
  serviceTypes: z.array(serviceTypeSchema),
  ageBands: z.array(ageBandSchema),
  latestGrade: gradeSchema.nullable(),
  latestEvaluatedOn: isoDateSchema.nullable(),
  /** True when a place is free per a report no older than the staleness window. */
  hasVacancy: z.boolean(),
  vacancyReportedOn: isoDateSchema.nullable(),
  /** Lowest monthly fee among the fees that match the search's service types and age bands. */
  monthlyFeeFen: fenSchema.nullable(),
  /**
   * The price a card shows, in its own unit: the lowest monthly fee, else the lowest per hour (计时托), else per
   * day (临时托), for the search's service types and age bands. A ¥30/小时 community point is not 月费未公示.
   */
  fee: z.object({ amountFen: fenSchema, unit: feeUnitSchema }).nullable(),
  isSample: z.boolean()
})
export type InstitutionSummary = z.infer<typeof institutionSummarySchema>
