import { z } from 'zod'
import { latLngSchema } from '../shared/geo'
import { institutionSummarySchema } from './institution-schema'
import { ageBandSchema, gradeSchema, operatorKindSchema, serviceTypeSchema, sortKeySchema } from './finder-enum-schemas'
import { KEYWORD_MAX_CHARS, SEARCH_RADIUS_M } from './search-limits'

const SEARCH_PAGE_SIZE = { max: 50, default: 20 } as const

const uniqueList = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .refine((values) => new Set(values).size === values.length, { message: 'duplicate values' })

export const regionCodeSchema = z.string().regex(/^[a-z]{2,16}$/)
const districtCodeSchema = z.string().regex(/^[a-z0-9_]{2,40}$/)

/**
 * `finder.search`. Within one dimension the chosen values are alternatives (托小班 or 托大班); the
 * dimensions combine (托小班 and 普惠 and has a vacancy). Unknown fields are refused, not ignored, so a
 * misspelt filter never silently widens the results.
 */
export const searchInputSchema = z
  .object({
    regionCode: regionCodeSchema,
    /** Where the family is; without it the search starts at the district's (or region's) centre. */
    origin: latLngSchema.optional(),
    radiusM: z.number().int().min(SEARCH_RADIUS_M.min).max(SEARCH_RADIUS_M.max).default(SEARCH_RADIUS_M.default),
    serviceTypes: uniqueList(serviceTypeSchema, 4).optional(),
    ageBands: uniqueList(ageBandSchema, 4).optional(),
    affordableOnly: z.boolean().optional(),
    demonstrationOnly: z.boolean().optional(),
    operatorKinds: uniqueList(operatorKindSchema, 7).optional(),
    minGrade: gradeSchema.optional(),
    /** Fee caps, each for the fees charged in its unit: monthly, per hour (计时托), per day (临时托). */
    maxMonthlyFeeFen: z.number().int().min(0).max(100_000_000).optional(),
    maxHourlyFeeFen: z.number().int().min(0).max(100_000_000).optional(),
    maxDailyFeeFen: z.number().int().min(0).max(100_000_000).optional(),
    hasVacancy: z.boolean().optional(),
    districtCode: districtCodeSchema.optional(),
    keyword: z.string().trim().min(1).max(KEYWORD_MAX_CHARS).optional(),
    sort: sortKeySchema.default('distance'),
    cursor: z.string().min(1).max(200).optional(),
    pageSize: z.number().int().min(1).max(SEARCH_PAGE_SIZE.max).default(SEARCH_PAGE_SIZE.default)
  })
  .strict()

export type SearchInput = z.input<typeof searchInputSchema>
export type SearchQuery = z.output<typeof searchInputSchema>
export type SearchFilters = Omit<SearchQuery, 'regionCode' | 'origin' | 'radiusM' | 'sort' | 'cursor' | 'pageSize'>

export const searchOutputSchema = z.object({
  items: z.array(institutionSummarySchema),
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: z.string().nullable(),
  /** How many institutions match in all, across pages. */
  total: z.number().int().min(0),
  origin: latLngSchema,
  radiusM: z.number().int()
})
export type SearchOutput = z.infer<typeof searchOutputSchema>

export const getInstitutionInputSchema = z.object({ id: z.string().min(1).max(40) }).strict()
