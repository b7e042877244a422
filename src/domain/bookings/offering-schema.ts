import { z } from 'zod'
import { institutionIdSchema } from '../finder/institution-schema'
import { regionCodeSchema } from '../finder/search-schema'

/** 参观 / 试托 / 计时托 (by time slot) / 临时托 (by day) / classes and events. */
export const OFFERING_KINDS = ['visit', 'trial_day', 'hourly', 'temporary', 'class'] as const
export const offeringKindSchema = z.enum(OFFERING_KINDS)
export type OfferingKind = z.infer<typeof offeringKindSchema>

/** 家长课堂 / 亲子活动 / 育儿沙龙 / 健康讲座 / 孕妇学校 / 育儿咨询 */
export const CLASS_KINDS = [
  'parent_class',
  'parent_child_activity',
  'parenting_salon',
  'health_talk',
  'prenatal_school',
  'parenting_consultation'
] as const
export const classKindSchema = z.enum(CLASS_KINDS)
export type ClassKind = z.infer<typeof classKindSchema>

/** Classes are held by an institution or by a community service centre (社区服务中心). */
const HOST_KINDS = ['institution', 'community_centre'] as const
const hostKindSchema = z.enum(HOST_KINDS)

export const offeringIdSchema = z.string().regex(/^of-[a-z0-9-]{4,60}$/)

export const OFFERING_TITLE_MAX = 30
const OFFERING_DESCRIPTION_MAX = 300

export const offeringSchema = z.object({
  id: offeringIdSchema,
  kind: offeringKindSchema,
  /** Set exactly when `kind` is `class`. */
  classKind: classKindSchema.nullable(),
  title: z.string(),
  description: z.string(),
  hostKind: hostKindSchema,
  /** The institution that holds it; null for a community service centre. */
  institutionId: institutionIdSchema.nullable(),
  hostName: z.string(),
  regionCode: z.string(),
  isSample: z.boolean()
})
export type Offering = z.infer<typeof offeringSchema>

const offeringTextFields = {
  title: z.string().trim().min(1).max(OFFERING_TITLE_MAX),
  description: z.string().trim().max(OFFERING_DESCRIPTION_MAX).default('')
}

/** What institution staff publish; the host is always their own institution. */
export const createOfferingInputSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.enum(['visit', 'trial_day', 'hourly', 'temporary']), ...offeringTextFields }).strict(),
  z.object({ kind: z.literal('class'), classKind: classKindSchema, ...offeringTextFields }).strict()
])
export type CreateOfferingInput = z.output<typeof createOfferingInputSchema>

/** Either an institution's offerings (its detail page) or a region's classes (community centres included). */
export const listOfferingsInputSchema = z.union([
  z.object({ institutionId: institutionIdSchema }).strict(),
  z.object({ regionCode: regionCodeSchema, kind: offeringKindSchema.optional() }).strict()
])

type ChildRequirement = 'required' | 'optional'

/**
 * Care and a parent-child activity are for a child, so a child must be named (and fit the age band); a visit,
 * a talk or 孕妇学校 is for the parent, who may bring a child along.
 */
export function childRequirement(kind: OfferingKind, classKind: ClassKind | null): ChildRequirement {
  if (kind === 'trial_day' || kind === 'hourly' || kind === 'temporary') return 'required'
  if (kind === 'class' && classKind === 'parent_child_activity') return 'required'
  return 'optional'
}
