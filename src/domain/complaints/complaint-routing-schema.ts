import { z } from 'zod'
import { COMPLAINT_CATEGORIES, complaintCategorySchema, departmentCodeSchema } from './complaint-schema'
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

/**
 * One region's complaint routing: who handles which category, and how fast. Kept per region because the
 * source documents split duties differently from city to city; the department codes are the region's own.
 */
export const regionRoutingSchema = z
  .object({
    regionCode: z.string().regex(/^[a-z]{2,16}$/),
    /** Starts every tracking number of the region, e.g. ZJ for 诸暨. */
    trackingPrefix: z.string().regex(trackingPrefixPattern),
    rules: z.array(routingRuleSchema).min(1)
  })
  .superRefine((routing, ctx) => {
    const seen = new Set<string>()
    routing.rules.forEach((rule, index) => {
      const key = `${rule.category}/${rule.appliesTo}`
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['rules', index], message: `two rules for ${key}` })
      seen.add(key)
    })
    for (const category of COMPLAINT_CATEGORIES) {
      if (!seen.has(`${category}/any`)) ctx.addIssue({ code: 'custom', path: ['rules'], message: `no rule for ${category}/any` })
    }
  })
export type RegionRouting = z.infer<typeof regionRoutingSchema>
