import { z } from 'zod'
import { fenSchema } from '../shared/date-schema'
import { latLngSchema } from '../shared/geo'

const districtSchema = z.object({
  code: z.string().regex(/^[a-z0-9_]{2,40}$/),
  name: z.string(),
  centre: latLngSchema,
  streets: z.array(z.string()).min(1)
})
export type District = z.infer<typeof districtSchema>

/** A government department families may be sent to (complaints are routed to these by category). */
const departmentSchema = z.object({
  code: z.string().regex(/^[a-z_]{2,40}$/),
  name: z.string(),
  phone: z.string(),
  duties: z.string()
})
export type Department = z.infer<typeof departmentSchema>

const sourceDocumentSchema = z.object({
  title: z.string(),
  number: z.string(),
  issuer: z.string(),
  year: z.number().int()
})

const localSubsidySchema = z.object({
  name: z.string(),
  annualFen: fenSchema,
  conditions: z.string(),
  source: z.string()
})

const regionPolicySchema = z.object({
  /** The national ¥3,600/year 育儿补贴, kept per region so a region can show when its payments started. */
  nationalChildcareSubsidyFenPerYear: fenSchema,
  localSubsidies: z.array(localSubsidySchema),
  /** 普惠 monthly price cap for full-day care, the ceiling the sample data respects. */
  affordableMonthlyCapFen: fenSchema,
  affordableCapSource: z.string()
})

/** A tenant: one city or prefecture with its own districts, regulators and policies. */
export const regionSchema = z.object({
  code: z.string().regex(/^[a-z]{2,16}$/),
  /** Prefix of institution ids in this region, e.g. "zj" → zj-0001. */
  idPrefix: z.string().regex(/^[a-z]{2,8}$/),
  name: z.string(),
  province: z.string(),
  centre: latLngSchema,
  districts: z.array(districtSchema).min(1),
  departments: z.array(departmentSchema).min(1),
  policy: regionPolicySchema,
  languages: z.array(z.string()).min(1),
  sourceDocument: sourceDocumentSchema,
  isSample: z.boolean()
})
export type Region = z.infer<typeof regionSchema>

export const regionSummarySchema = regionSchema.pick({ code: true, name: true, province: true, centre: true, isSample: true })
export type RegionSummary = z.infer<typeof regionSummarySchema>
