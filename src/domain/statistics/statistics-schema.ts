import { z } from 'zod'
import { instantSchema } from '../bookings/slot-schema'
import { complaintCategorySchema } from '../complaints/complaint-category-schema'
import { ageBandSchema, gradeSchema, serviceTypeSchema } from '../finder/finder-enum-schemas'
import { regionCodeSchema } from '../finder/search-schema'

/** The plan indicators the product can measure from its registry. */
const PLAN_INDICATORS = ['places_per_thousand', 'community_coverage_percent', 'demonstration_per_district'] as const
const planIndicatorSchema = z.enum(PLAN_INDICATORS)
export type PlanIndicator = z.infer<typeof planIndicatorSchema>

/** Where a figure comes from: the seed document (file under ../shared/seeds), its line, and the words there. */
const citationSchema = z.object({
  document: z.string().min(1),
  file: z.string().min(1),
  line: z.number().int().min(1),
  quote: z.string().min(1)
})
export type Citation = z.infer<typeof citationSchema>

const planTargetSchema = z.object({
  indicator: planIndicatorSchema,
  year: z.number().int().min(2000).max(2100),
  value: z.number().min(0),
  citation: citationSchema
})
export type PlanTarget = z.infer<typeof planTargetSchema>

/** Resident population of a region (or one district), with where the number comes from. */
const populationSchema = z.object({
  districtCode: z.string().nullable(),
  residents: z.number().int().min(1),
  year: z.number().int().min(2000).max(2100),
  source: z.string().min(1),
  /** True when the number is a stand-in: the seeds give no population. */
  isSample: z.boolean()
})
export type Population = z.infer<typeof populationSchema>

/** One region's statistics configuration, as the data file keeps it. */
export const regionStatisticsConfigSchema = z.object({
  regionCode: regionCodeSchema,
  populations: z.array(populationSchema).min(1),
  targets: z.array(planTargetSchema)
})
export type RegionStatisticsConfig = z.infer<typeof regionStatisticsConfigSchema>

/** A published count: small counts (1–4) are shown as "<5" so no complaint can be traced to a family. */
export const SMALL_COUNT = '<5' as const
const publishedCountSchema = z.union([z.number().int().min(0), z.literal(SMALL_COUNT)])
export type PublishedCount = z.infer<typeof publishedCountSchema>

const shareSchema = z.number().min(0).max(1).nullable()

const targetViewSchema = planTargetSchema.omit({ indicator: true }).nullable()

const districtStatisticsSchema = z.object({
  districtCode: z.string(),
  districtName: z.string(),
  institutions: z.number().int().min(0),
  places: z.number().int().min(0),
  affordablePlaces: z.number().int().min(0),
  demonstration: z.number().int().min(0),
  streetsCovered: z.number().int().min(0),
  streetsTotal: z.number().int().min(0),
  placesPerThousand: z.number().min(0).nullable()
})

const departmentComplaintsSchema = z.object({
  departmentCode: z.string(),
  departmentName: z.string(),
  received: publishedCountSchema,
  upheld: publishedCountSchema,
  acceptedOnTimeShare: shareSchema,
  answeredOnTimeShare: shareSchema,
  medianWorkingDaysToAnswer: z.number().min(0).nullable()
})

const monthComplaintsSchema = z.object({
  month: z.string().regex(/^\d{4}-\d{2}$/),
  received: publishedCountSchema,
  answered: publishedCountSchema
})

const complaintStatisticsSchema = z.object({
  received: publishedCountSchema,
  upheldByCategory: z.array(z.object({ category: complaintCategorySchema, upheld: publishedCountSchema })),
  acceptedOnTimeShare: shareSchema,
  answeredOnTimeShare: shareSchema,
  medianWorkingDaysToAnswer: z.number().min(0).nullable(),
  byDepartment: z.array(departmentComplaintsSchema),
  byMonth: z.array(monthComplaintsSchema)
})

export const regionStatisticsSchema = z.object({
  regionCode: z.string(),
  regionName: z.string(),
  isSample: z.boolean(),
  /** When the figures were computed (they are cached): shown on the page. */
  computedAt: instantSchema,
  /** The year in China when computed; targets are the plan's for this year or the latest year before it. */
  year: z.number().int(),
  population: populationSchema.nullable(),
  institutions: z.number().int().min(0),
  places: z.object({
    total: z.number().int().min(0),
    affordable: z.number().int().min(0),
    affordableShare: shareSchema,
    perThousand: z.number().min(0).nullable(),
    target: targetViewSchema
  }),
  demonstration: z.object({ total: z.number().int().min(0), perDistrictTarget: targetViewSchema }),
  coverage: z.object({
    covered: z.number().int().min(0),
    total: z.number().int().min(0),
    share: shareSchema,
    target: targetViewSchema
  }),
  placesByServiceType: z.array(z.object({ serviceType: serviceTypeSchema, places: z.number().int().min(0) })),
  vacanciesByAgeBand: z.array(z.object({ ageBand: ageBandSchema, places: z.number().int().min(0) })),
  evaluations: z.object({
    grades: z.array(z.object({ grade: gradeSchema, institutions: z.number().int().min(0) })),
    evaluatedWithin3Years: z.number().int().min(0),
    evaluatedWithin3YearsShare: shareSchema,
    openRectifications: z.number().int().min(0)
  }),
  districts: z.array(districtStatisticsSchema),
  complaints: complaintStatisticsSchema
})
export type RegionStatistics = z.infer<typeof regionStatisticsSchema>

export const regionStatisticsInputSchema = z.object({ regionCode: regionCodeSchema }).strict()
export const departmentStatisticsInputSchema = z.object({}).strict()

const departmentTrendSchema = z.object({
  departmentCode: z.string(),
  departmentName: z.string(),
  received: z.number().int().min(0),
  upheld: z.number().int().min(0),
  acceptedOnTimeShare: shareSchema,
  answeredOnTimeShare: shareSchema,
  medianWorkingDaysToAnswer: z.number().min(0).nullable(),
  months: z.array(z.object({ month: z.string().regex(/^\d{4}-\d{2}$/), received: z.number().int().min(0), answered: z.number().int().min(0) }))
})
export type DepartmentTrend = z.infer<typeof departmentTrendSchema>

/** The regulators' view: exact counts (they see every complaint anyway), per department with monthly trends. */
export const departmentStatisticsOutputSchema = z.object({
  regionCode: z.string(),
  computedAt: instantSchema,
  departments: z.array(departmentTrendSchema)
})
export type DepartmentStatistics = z.infer<typeof departmentStatisticsOutputSchema>
