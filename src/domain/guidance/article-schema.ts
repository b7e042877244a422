import { z } from 'zod'
import { isoDateSchema } from '../shared/date-schema'

/**
 * What an article is about. The first five are the developmental domains every source document names
 * (身体发育、动作、语言、认知、情感与社会性); the rest are the everyday care topics parents ask about.
 */
export const GUIDANCE_DOMAINS = [
  'physical',
  'motor',
  'language',
  'cognitive',
  'social_emotional',
  'nutrition',
  'sleep',
  'vaccination',
  'home_safety',
  'common_illness'
] as const
export type GuidanceDomain = (typeof GUIDANCE_DOMAINS)[number]

export const DEVELOPMENT_DOMAINS = ['physical', 'motor', 'language', 'cognitive', 'social_emotional'] as const satisfies readonly GuidanceDomain[]
export type DevelopmentDomain = (typeof DEVELOPMENT_DOMAINS)[number]

export const guidanceDomainSchema = z.enum(GUIDANCE_DOMAINS)

/** Pregnancy is counted as the nine months before birth (-9..0); children are served up to 36 months. */
export const PREGNANCY_FROM_MONTHS = -9
export const MAX_GUIDANCE_AGE_MONTHS = 36

export const articleSlugSchema = z
  .string()
  .min(3)
  .max(80)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)

/** A cited document: only real national or professional guidance, named as its issuer names it. */
export const articleSourceSchema = z
  .object({
    title: z.string().trim().min(4).max(80),
    issuer: z.string().trim().min(2).max(60),
    year: z.number().int().min(1949).max(2100)
  })
  .strict()

/** A real calendar date: the regex alone would accept 2026-02-30. */
const calendarDateSchema = isoDateSchema.refine((value) => {
  const [year, month, day] = value.split('-').map(Number) as [number, number, number]
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}, 'not a calendar date')

const ageMonthSchema = z.number().int().min(PREGNANCY_FROM_MONTHS).max(MAX_GUIDANCE_AGE_MONTHS)

export const articleFrontMatterSchema = z
  .object({
    slug: articleSlugSchema,
    title: z.string().trim().min(4).max(40),
    /** Age range in months, from inclusive to exclusive (the last band, ending at 36, includes 36). */
    ageFromMonths: ageMonthSchema,
    ageToMonths: ageMonthSchema,
    domains: z
      .array(guidanceDomainSchema)
      .min(1)
      .max(3)
      .refine((domains) => new Set(domains).size === domains.length, 'domains repeat'),
    summary: z.string().trim().min(10).max(120),
    sources: z.array(articleSourceSchema).min(1),
    reviewedOn: calendarDateSchema
  })
  .strict()
  .refine((front) => front.ageFromMonths < front.ageToMonths, { message: 'ageFromMonths must be below ageToMonths', path: ['ageToMonths'] })
export type ArticleFrontMatter = z.infer<typeof articleFrontMatterSchema>

/**
 * The languages an article's text can be in: every article is written in Chinese; the most widely relevant
 * ones are also translated into English and Uyghur (content/guidance/translations/<locale>/<slug>.md).
 */
export const ARTICLE_LANGUAGES = ['zh-CN', 'en', 'ug'] as const
export const TRANSLATED_LANGUAGES = ['en', 'ug'] as const satisfies readonly (typeof ARTICLE_LANGUAGES)[number][]
export type TranslatedLanguage = (typeof TRANSLATED_LANGUAGES)[number]

/**
 * A translation's front matter: only the words. Ages, domains, sources and the review date are the Chinese
 * original's, so a translation cannot drift from what was reviewed.
 */
export const articleTranslationFrontMatterSchema = z
  .object({
    slug: articleSlugSchema,
    // Longer than the Chinese limits: the same title in English or Uyghur takes two to three times the letters.
    title: z.string().trim().min(4).max(120),
    summary: z.string().trim().min(10).max(400)
  })
  .strict()

export interface ArticleTranslation {
  slug: string
  title: string
  summary: string
  body: string
}

/** An article as the server holds it: its front matter and its Markdown body (rendered safely on read). */
export interface Article extends ArticleFrontMatter {
  body: string
}

/** True when a child (or a pregnancy) at `ageMonths` is in the article's range. */
export function articleFitsAge(article: Pick<ArticleFrontMatter, 'ageFromMonths' | 'ageToMonths'>, ageMonths: number): boolean {
  if (ageMonths === MAX_GUIDANCE_AGE_MONTHS) return article.ageToMonths === MAX_GUIDANCE_AGE_MONTHS
  return article.ageFromMonths <= ageMonths && ageMonths < article.ageToMonths
}
