import { z } from 'zod'
import { classKindSchema, offeringSchema } from '../bookings/offering-schema'
import { slotViewSchema } from '../bookings/slot-schema'
import { childIdSchema } from '../family/child-schema'
import { regionCodeSchema } from '../finder/search-schema'
import { latLngSchema } from '../shared/geo'
import {
  ARTICLE_LANGUAGES,
  articleSlugSchema,
  articleSourceSchema,
  DEVELOPMENT_DOMAINS,
  guidanceDomainSchema,
  MAX_GUIDANCE_AGE_MONTHS,
  PREGNANCY_FROM_MONTHS
} from './article-schema'
import type { BlockNode, InlineNode } from './markdown-tree'
import { MILESTONES, WARNING_SIGNS, type MilestoneId, type WarningSignId } from './milestone-rules'
import { nursingRoomSchema } from './nursing-room-schema'

/** An age in months as guidance counts it: pregnancy months are negative (-9..-1), children 0..36. */
export const guidanceAgeSchema = z.number().int().min(PREGNANCY_FROM_MONTHS).max(MAX_GUIDANCE_AGE_MONTHS)

const inlineNodeSchema: z.ZodType<InlineNode> = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('text'), text: z.string() }),
    z.object({ type: z.literal('strong'), children: z.array(inlineNodeSchema) }),
    z.object({ type: z.literal('em'), children: z.array(inlineNodeSchema) }),
    z.object({ type: z.literal('link'), href: z.string().regex(/^https?:\/\//i), children: z.array(inlineNodeSchema) })
  ])
)

const blockNodeSchema: z.ZodType<BlockNode> = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('paragraph'), children: z.array(inlineNodeSchema) }),
    z.object({ type: z.literal('heading'), level: z.union([z.literal(2), z.literal(3), z.literal(4)]), children: z.array(inlineNodeSchema) }),
    z.object({ type: z.literal('list'), ordered: z.boolean(), items: z.array(z.array(blockNodeSchema)) }),
    z.object({ type: z.literal('blockquote'), children: z.array(blockNodeSchema) }),
    z.object({ type: z.literal('hr') })
  ])
)

const articleSummarySchema = z.object({
  slug: articleSlugSchema,
  title: z.string(),
  summary: z.string(),
  ageFromMonths: guidanceAgeSchema,
  ageToMonths: guidanceAgeSchema,
  domains: z.array(guidanceDomainSchema),
  reviewedOn: z.string(),
  /** The language title, summary and body are in: the reader's when translated, otherwise Chinese. */
  language: z.enum(ARTICLE_LANGUAGES),
  /** For a signed-in reader: whether they have read or bookmarked it (always false when signed out). */
  read: z.boolean(),
  bookmarked: z.boolean()
})
export type ArticleSummary = z.infer<typeof articleSummarySchema>

export const articleViewSchema = articleSummarySchema.extend({
  sources: z.array(articleSourceSchema),
  /** The body as the safe node tree; never HTML. */
  body: z.array(blockNodeSchema)
})
export type ArticleView = z.infer<typeof articleViewSchema>

const ARTICLE_PAGE_MAX = 50

export const listArticlesInputSchema = z
  .object({
    q: z.string().trim().max(40).optional(),
    ageMonths: guidanceAgeSchema.optional(),
    ageRange: z
      .object({ fromMonths: guidanceAgeSchema, toMonths: guidanceAgeSchema })
      .strict()
      .refine((range) => range.fromMonths < range.toMonths, { message: 'fromMonths must be below toMonths', path: ['toMonths'] })
      .optional(),
    domain: guidanceDomainSchema.optional(),
    offset: z.number().int().min(0).max(1000).default(0),
    limit: z.number().int().min(1).max(ARTICLE_PAGE_MAX).default(20)
  })
  .strict()

export const listArticlesOutputSchema = z.object({ articles: z.array(articleSummarySchema), total: z.number().int().min(0) })

export const articleRefInputSchema = z.object({ slug: articleSlugSchema }).strict()

export const setBookmarkInputSchema = z.object({ slug: articleSlugSchema, bookmarked: z.boolean() }).strict()

export const articleMarksSchema = z.object({ slug: articleSlugSchema, read: z.boolean(), bookmarked: z.boolean() })

export const bookmarksOutputSchema = z.object({ articles: z.array(articleSummarySchema) })

/** One upcoming class or consultation session: the bookings engine's offering and slot, so it books there. */
const classSessionSchema = z.object({ offering: offeringSchema, slot: slotViewSchema })
export type ClassSession = z.infer<typeof classSessionSchema>

const CLASS_LIST_MAX = 50

export const listClassesInputSchema = z
  .object({
    regionCode: regionCodeSchema,
    /** Only sessions a child of this age may join (pregnancy months: 孕妇学校 and talks). */
    ageMonths: guidanceAgeSchema.optional(),
    classKind: classKindSchema.optional(),
    limit: z.number().int().min(1).max(CLASS_LIST_MAX).default(20)
  })
  .strict()

export const listClassesOutputSchema = z.object({ sessions: z.array(classSessionSchema) })

const milestoneIdSchema = z.enum(MILESTONES.map((m) => m.id) as [MilestoneId, ...MilestoneId[]])
const warningSignIdSchema = z.enum(Object.values(WARNING_SIGNS).flat() as [WarningSignId, ...WarningSignId[]])
const warningCheckSchema = z.object({ atMonths: z.number().int(), signIds: z.array(warningSignIdSchema) })

export const thisMonthInputSchema = z.object({ childId: childIdSchema, regionCode: regionCodeSchema }).strict()

export const thisMonthOutputSchema = z.object({
  child: z.object({ id: childIdSchema, nickname: z.string(), birthMonth: z.string(), ageMonths: z.number().int().min(0) }),
  fromMonths: z.number().int(),
  toMonths: z.number().int(),
  milestones: z.array(z.object({ id: milestoneIdSchema, domain: z.enum(DEVELOPMENT_DOMAINS), latestMonths: z.number().int().nullable() })),
  warningSigns: warningCheckSchema.nullable(),
  nextWarningSigns: warningCheckSchema.nullable(),
  articles: z.array(articleSummarySchema),
  classes: z.array(classSessionSchema)
})
export type ThisMonth = z.infer<typeof thisMonthOutputSchema>

export const policyGuideInputSchema = z.object({ regionCode: regionCodeSchema }).strict()

const NURSING_ROOMS_MAX = 30
const NURSING_ROOM_RADIUS_MAX_M = 50_000

export const nearbyNursingRoomsInputSchema = z
  .object({
    regionCode: regionCodeSchema,
    /** Without a position, every room in the region, by district. */
    near: latLngSchema.optional(),
    radiusM: z.number().int().min(100).max(NURSING_ROOM_RADIUS_MAX_M).default(10_000),
    limit: z.number().int().min(1).max(NURSING_ROOMS_MAX).default(10),
    /** Leave out workplace rooms (爱心妈咪小屋) kept for their own staff. */
    publicOnly: z.boolean().default(true)
  })
  .strict()

export const nearbyNursingRoomsOutputSchema = z.object({
  rooms: z.array(nursingRoomSchema.extend({ distanceM: z.number().min(0).nullable() }))
})
