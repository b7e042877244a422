import { z } from 'zod'
import { COMPLAINT_CATEGORIES, complaintCategorySchema, departmentCodeSchema } from './complaint-category-schema'
import { trackingPrefixPattern } from './tracking-number-rules'

/**
 * What a rule applies to. A filed institution run as a kindergarten class (托幼一体化) is also "filed", and
 * every subject is "any"; the most specific matching rule wins.
 */
const ROUTING_SUBJECTS = ['any', 'filed', 'kindergarten_class', 'unfiled'] as const
const routingSubjectSchema = z.enum(ROUTING_SUBJECTS)
export type RoutingSubject = z.infer<typeof routingSubjectSchema>

const ROUTING_LIMITS = {
  acceptWithinWorkingDays: { min: 1, max: 30 },
  answerWithinWorkingDays: { min: 1, max: 90 }
} as const

const complaintRouteSchema = z.object({
  departmentCode: departmentCodeSchema,
  /** Working days, from submission, to accept or reject. */
  acceptWithinWorkingDays: z
    .number()
    .int()
    .min(ROUTING_LIMITS.acceptWithinWorkingDays.min)
    .max(ROUTING_LIMITS.acceptWithinWorkingDays.max),
  /** Working days, from acceptance (or a reopening), to answer. */
  answerWithinWorkingDays: z
    .number()
    .int()
    .min(ROUTING_LIMITS.answerWithinWorkingDays.min)
    .max(ROUTING_LIMITS.answerWithinWorkingDays.max)
})
export type ComplaintRoute = z.infer<typeof complaintRouteSchema>

const routingRuleSchema = complaintRouteSchema.extend({
  category: complaintCategorySchema,
  appliesTo: routingSubjectSchema
})
export type RoutingRule = z.infer<typeof routingRuleSchema>

/** Why a routing table was refused, for the message the form shows next to the field (validation.reasons.*). */
const ROUTING_ISSUES = { duplicate: 'duplicateEntry', unrouted: 'categoryUnrouted' } as const

/**
 * One region's routing table: who handles which category, and how fast. Every category has a rule for "any"
 * subject, so no complaint is left without a department, and no category and subject has two rules.
 */
export const routingTableSchema = z
  .object({
    /** Starts every tracking number of the region, e.g. ZJ for 诸暨. */
    trackingPrefix: z.string().regex(trackingPrefixPattern),
    rules: z.array(routingRuleSchema).min(COMPLAINT_CATEGORIES.length).max(COMPLAINT_CATEGORIES.length * ROUTING_SUBJECTS.length)
  })
  .strict()
  .superRefine((routing, ctx) => {
    const seen = new Set<string>()
    routing.rules.forEach((rule, index) => {
      const key = `${rule.category}/${rule.appliesTo}`
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['rules', index, 'category'], message: `two rules for ${key}`, params: { reason: ROUTING_ISSUES.duplicate } })
      seen.add(key)
    })
    for (const category of COMPLAINT_CATEGORIES) {
      if (!seen.has(`${category}/any`)) {
        ctx.addIssue({ code: 'custom', path: ['rules'], message: `no rule for ${category}/any`, params: { reason: ROUTING_ISSUES.unrouted, category } })
      }
    }
  })
export type RoutingTable = z.infer<typeof routingTableSchema>

/**
 * One region's complaint routing, as the complaints context uses it. Kept per region because the source
 * documents split duties differently from city to city; the department codes are the region's own.
 */
export interface RegionRouting extends RoutingTable {
  regionCode: string
}
