import { z } from 'zod'
import { fenSchema } from '../shared/date-schema'
import { latLngSchema } from '../shared/geo'

const nameSchema = (max: number) => z.string().trim().min(1).max(max)

/**
 * A district (区县 or 街道) with its centre, where searches without a position start. Streets are listed where
 * the region has configured them (sample institutions and nursing rooms are placed on them); none is fine.
 */
const districtSchema = z
  .object({
    code: z.string().regex(/^[a-z0-9_]{2,40}$/),
    name: nameSchema(40),
    centre: latLngSchema,
    streets: z.array(nameSchema(40)).max(200).default([])
  })
  .strict()
export type District = z.infer<typeof districtSchema>

/** A government department families may be sent to (complaints are routed to these by category). */
const departmentSchema = z
  .object({
    code: z.string().regex(/^[a-z_]{2,40}$/),
    name: nameSchema(60),
    /** What a family dials: digits with an optional area-code hyphen, e.g. 12345 or 0575-87012345. */
    phone: z.string().regex(/^\d{3,5}(-\d{5,8})?$/),
    /** When it answers, as the office words it, e.g. 工作日 8:30–12:00、14:00–17:30. */
    hours: nameSchema(60),
    duties: z.string().trim().max(200).default('')
  })
  .strict()
export type Department = z.infer<typeof departmentSchema>

const sourceDocumentSchema = z
  .object({
    title: nameSchema(120),
    number: nameSchema(60),
    issuer: nameSchema(60),
    year: z.number().int().min(2000).max(2100)
  })
  .strict()

const localSubsidySchema = z
  .object({
    name: nameSchema(40),
    annualFen: fenSchema,
    conditions: z.string().trim().max(200),
    source: nameSchema(120)
  })
  .strict()

const regionPolicySchema = z
  .object({
    /** The national ¥3,600/year 育儿补贴, kept per region so a region can show when its payments started. */
    nationalChildcareSubsidyFenPerYear: fenSchema,
    localSubsidies: z.array(localSubsidySchema).max(20),
    /** 普惠 monthly price cap for full-day care, the ceiling the sample data respects. */
    affordableMonthlyCapFen: fenSchema,
    affordableCapSource: z.string().trim().max(200)
  })
  .strict()

/** A tenant: one city or prefecture with its own districts, regulators and policies. */
export const regionSchema = z.object({
  code: z.string().regex(/^[a-z]{2,16}$/),
  /** Prefix of institution ids in this region, e.g. "zj" → zj-0001. */
  idPrefix: z.string().regex(/^[a-z]{2,8}$/),
  name: nameSchema(40),
  province: nameSchema(40),
  centre: latLngSchema,
  districts: z.array(districtSchema).min(1).max(200),
  departments: z.array(departmentSchema).min(1).max(40),
  policy: regionPolicySchema,
  languages: z.array(z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/)).min(1).max(5),
  sourceDocument: sourceDocumentSchema,
  isSample: z.boolean()
})
export type Region = z.infer<typeof regionSchema>

export const regionSummarySchema = regionSchema.pick({ code: true, name: true, province: true, centre: true, isSample: true })
export type RegionSummary = z.infer<typeof regionSummarySchema>
