import { z } from 'zod'
import { fenSchema, isoDateSchema } from '../shared/date-schema'

/** What a line of the guide is about; the page groups lines by topic, in this order. */
export const POLICY_TOPICS = [
  'childcare_subsidy',
  'how_to_claim',
  'maternity_leave',
  'paternity_leave',
  'parental_leave',
  'nursing_leave',
  'employment_rights',
  'tax_deduction',
  'health_services',
  'prenatal_services',
  'vaccination',
  'parenting_guidance',
  'nursing_rooms',
  'care_services',
  'affordable_care',
  'institution_support',
  'safety',
  'complaints',
  'targets'
] as const
const policyTopicSchema = z.enum(POLICY_TOPICS)
export type PolicyTopic = z.infer<typeof policyTopicSchema>

/** Every line names the document it comes from, and the clause when the document numbers its clauses. */
const policySourceSchema = z
  .object({
    document: z.string().trim().min(4).max(120),
    clause: z.string().trim().min(1).max(120).optional()
  })
  .strict()

const policyLineSchema = z
  .object({
    topic: policyTopicSchema,
    text: z.string().trim().min(10).max(400),
    source: policySourceSchema
  })
  .strict()

/** Money paid to the family itself (not to institutions), which the cost calculator subtracts. */
const familySubsidySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9_]{2,60}$/),
    name: z.string().trim().min(2).max(40),
    annualFen: fenSchema,
    /** Paid while the child is younger than this many months (the 育儿补贴 stops at 3 years). */
    untilAgeMonths: z.number().int().min(1).max(72),
    source: policySourceSchema
  })
  .strict()
export type FamilySubsidy = z.infer<typeof familySubsidySchema>

const uniqueIds = (subsidies: readonly FamilySubsidy[]) => new Set(subsidies.map((s) => s.id)).size === subsidies.length

export const nationalPolicySchema = z
  .object({
    scope: z.literal('national'),
    reviewedOn: isoDateSchema,
    familySubsidies: z.array(familySubsidySchema).refine(uniqueIds, 'subsidy ids repeat'),
    lines: z.array(policyLineSchema).min(1)
  })
  .strict()
export type NationalPolicy = z.infer<typeof nationalPolicySchema>

const regionPolicySourceDocumentSchema = z
  .object({
    title: z.string().trim().min(4),
    number: z.string().trim().min(2),
    issuer: z.string().trim().min(2),
    year: z.number().int().min(2000).max(2100)
  })
  .strict()

/** One region's file: its own implementation plan (实施方案) and what it promises families. */
export const regionPolicySchema = z
  .object({
    region: z.string().regex(/^[a-z]{2,16}$/),
    regionName: z.string().trim().min(2),
    province: z.string().trim().min(2),
    sourceDocument: regionPolicySourceDocumentSchema,
    reviewedOn: isoDateSchema,
    familySubsidies: z.array(familySubsidySchema).refine(uniqueIds, 'subsidy ids repeat'),
    lines: z.array(policyLineSchema).min(1)
  })
  .strict()
export type RegionPolicy = z.infer<typeof regionPolicySchema>

/** What the policy page shows: the region's own lines first, then the national ones, each with its source. */
export const policyGuideSchema = z.object({
  region: z.string(),
  regionName: z.string(),
  province: z.string(),
  sourceDocument: regionPolicySourceDocumentSchema,
  reviewedOn: isoDateSchema,
  /** No policy file for this region yet: only the national lines, and the page says local policy is to come. */
  regionPending: z.boolean(),
  lines: z.array(policyLineSchema.extend({ scope: z.enum(['region', 'national']) })),
  familySubsidies: z.array(familySubsidySchema)
})
export type PolicyGuide = z.infer<typeof policyGuideSchema>
