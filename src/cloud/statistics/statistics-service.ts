import { SERVICE_TYPES, AGE_BANDS, GRADES } from '../../domain/finder/finder-enums'
import { VACANCY_FRESH_DAYS } from '../../domain/finder/staleness-rules'
import { COMPLAINT_CATEGORIES } from '../../domain/complaints/complaint-category-schema'
import { workingDayDeadline, workingDaysBetween } from '../../domain/complaints/working-day-rules'
import { chinaWallClockInstant, dayNumber, isoDateOfDayNumber, todayInChina } from '../../domain/shared/clock'
import { DomainError } from '../../domain/shared/error-codes'
import type { Region } from '../../domain/regions/region-schema'
import {
  COMPLAINT_MONTHS,
  EVALUATION_CURRENT_YEARS,
  median,
  perThousand,
  publishedCount,
  shareOf,
  targetFor
} from '../../domain/statistics/statistics-rules'
import type { DepartmentStatistics, DepartmentTrend, PlanTarget, RegionStatistics } from '../../domain/statistics/statistics-schema'
import type { Database } from '../db/database'
import { regionByCode } from '../regions/regions-service'
import {
  answeredComplaints,
  coveredStreets,
  departmentComplaintFacts,
  departmentMonths,
  districtFacts,
  evaluationFacts,
  findPlanTargets,
  findPopulations,
  placesByServiceType,
  registryVersion,
  type DepartmentComplaintFacts,
  type DepartmentMonth,
  upheldByCategory,
  vacanciesByAgeBand
} from './statistics-repository'

/**
 * Statistics are aggregates over a whole region, so each process keeps them and recomputes when the finder's
 * version of the region's institutions moves, or after `STATISTICS_MAX_AGE_MS` (complaints move without it).
 * Keyed by the Database object so tests with their own databases never share figures.
 */
const STATISTICS_MAX_AGE_MS = 5 * 60_000

interface Cached<T> {
  version: string
  computedAtMs: number
  value: Promise<T>
}

const caches = new WeakMap<Database, Map<string, Cached<unknown>>>()

async function cached<T>(db: Database, key: string, version: string, now: Date, compute: () => Promise<T>): Promise<T> {
  let map = caches.get(db)
  if (!map) caches.set(db, (map = new Map()))
  const hit = map.get(key) as Cached<T> | undefined
  const age = hit ? now.getTime() - hit.computedAtMs : Infinity
  if (hit && hit.version === version && age >= 0 && age < STATISTICS_MAX_AGE_MS) return hit.value
  const value = compute()
  map.set(key, { version, computedAtMs: now.getTime(), value })
  value.catch(() => map.delete(key))
  return value
}

async function regionOrThrow(db: Database, code: string): Promise<Region> {
  const region = await regionByCode(db, code)
  if (!region) throw new DomainError('NOT_FOUND', { what: 'region' }, `region ${code}`)
  return region
}

/** The first instant of the China month `months - 1` months before the one `now` falls in. */
function monthsWindowStart(now: Date, months: number): Date {
  const today = todayInChina(now)
  let year = Number(today.slice(0, 4))
  let month = Number(today.slice(5, 7)) - (months - 1)
  while (month < 1) {
    month += 12
    year -= 1
  }
  return chinaWallClockInstant(`${year}-${String(month).padStart(2, '0')}-01`)
}

function chinaYearsBefore(today: string, years: number): string {
  return `${Number(today.slice(0, 4)) - years}${today.slice(4)}`
}

const withoutIndicator = (target: PlanTarget | null) => (target ? { year: target.year, value: target.value, citation: target.citation } : null)

interface ComplaintFigures {
  facts: DepartmentComplaintFacts[]
  months: DepartmentMonth[]
  /** Each answered complaint: working days from submission to answer, and whether the answer met its deadline. */
  answers: { departmentCode: string; days: number; onTime: boolean }[]
  upheld: Map<string, number>
}

/** The complaints of the last `COMPLAINT_MONTHS` months (the current one included), aggregated per department. */
async function complaintFigures(db: Database, regionCode: string, now: Date): Promise<ComplaintFigures> {
  const since = monthsWindowStart(now, COMPLAINT_MONTHS)
  const [facts, months, answered, upheld] = await Promise.all([
    departmentComplaintFacts(db, regionCode, since, now),
    departmentMonths(db, regionCode, since),
    answeredComplaints(db, regionCode, since),
    upheldByCategory(db, regionCode, since)
  ])
  const answers = answered.map((a) => ({
    departmentCode: a.departmentCode,
    days: workingDaysBetween(a.submittedAt, a.answeredAt),
    // Answered without being accepted first (not a path the lifecycle offers) counts as late.
    onTime: a.acceptedAt !== null && a.answeredAt <= workingDayDeadline(a.acceptedAt, a.answerWithinDays)
  }))
  return { facts, months, answers, upheld }
}

const answersOf = (figures: ComplaintFigures, departmentCode: string | null) =>
  figures.answers.filter((a) => departmentCode === null || a.departmentCode === departmentCode)

/** Answers in time ÷ answers due (given, or accepted and past the deadline unanswered). */
function answeredOnTimeShare(figures: ComplaintFigures, departmentCode: string | null): number | null {
  const answers = answersOf(figures, departmentCode)
  const overdue = figures.facts.filter((f) => departmentCode === null || f.departmentCode === departmentCode).reduce((n, f) => n + f.answerOverdue, 0)
  return shareOf(answers.filter((a) => a.onTime).length, answers.length + overdue)
}

const medianDays = (figures: ComplaintFigures, departmentCode: string | null) => median(answersOf(figures, departmentCode).map((a) => a.days))

/** Exact figures per department: every configured department, and any other a complaint was routed to. */
function departmentTrends(region: Region, figures: ComplaintFigures): DepartmentTrend[] {
  const names = new Map(region.departments.map((d) => [d.code, d.name]))
  const codes = [...new Set([...region.departments.map((d) => d.code), ...figures.facts.map((f) => f.departmentCode)])]
  return codes.map((code) => {
    const f = figures.facts.find((x) => x.departmentCode === code)
    return {
      departmentCode: code,
      departmentName: names.get(code) ?? code,
      received: f?.received ?? 0,
      upheld: f?.upheld ?? 0,
      acceptedOnTimeShare: shareOf(f?.acceptedOnTime ?? 0, f?.acceptDue ?? 0),
      answeredOnTimeShare: answeredOnTimeShare(figures, code),
      medianWorkingDaysToAnswer: medianDays(figures, code),
      months: figures.months.filter((m) => m.departmentCode === code).map(({ month, received, answered }) => ({ month, received, answered }))
    }
  })
}

/** The public complaint figures: region totals, departments that received any, months; small counts masked. */
function publicComplaints(region: Region, figures: ComplaintFigures): RegionStatistics['complaints'] {
  const sum = (pick: (f: DepartmentComplaintFacts) => number) => figures.facts.reduce((total, f) => total + pick(f), 0)
  const monthTotals = new Map<string, { received: number; answered: number }>()
  for (const m of figures.months) {
    const t = monthTotals.get(m.month) ?? { received: 0, answered: 0 }
    monthTotals.set(m.month, { received: t.received + m.received, answered: t.answered + m.answered })
  }
  return {
    received: publishedCount(sum((f) => f.received)),
    upheldByCategory: COMPLAINT_CATEGORIES.map((category) => ({ category, upheld: publishedCount(figures.upheld.get(category) ?? 0) })),
    acceptedOnTimeShare: shareOf(sum((f) => f.acceptedOnTime), sum((f) => f.acceptDue)),
    answeredOnTimeShare: answeredOnTimeShare(figures, null),
    medianWorkingDaysToAnswer: medianDays(figures, null),
    byDepartment: departmentTrends(region, figures)
      .filter((d) => d.received > 0)
      .map(({ months: _months, ...d }) => ({ ...d, received: publishedCount(d.received), upheld: publishedCount(d.upheld) })),
    byMonth: [...monthTotals.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([month, t]) => ({ month, received: publishedCount(t.received), answered: publishedCount(t.answered) }))
  }
}

async function computeRegionStatistics(db: Database, region: Region, now: Date): Promise<RegionStatistics> {
  const today = todayInChina(now)
  const year = Number(today.slice(0, 4))
  const streets = region.districts.flatMap((d) => d.streets.map((street) => ({ districtCode: d.code, street })))
  const [populations, targets, districts, covered, byService, vacancies, evaluations, complaints] = await Promise.all([
    findPopulations(db, region.code),
    findPlanTargets(db, region.code),
    districtFacts(db, region.code),
    coveredStreets(db, region.code, streets),
    placesByServiceType(db, region.code),
    vacanciesByAgeBand(db, region.code, isoDateOfDayNumber(dayNumber(today) - VACANCY_FRESH_DAYS)),
    evaluationFacts(db, region.code, chinaYearsBefore(today, EVALUATION_CURRENT_YEARS)),
    complaintFigures(db, region.code, now)
  ])
  const regionPopulation = populations.find((p) => p.districtCode === null) ?? null
  const total = (pick: (d: (typeof districts)[number]) => number) => districts.reduce((sum, d) => sum + pick(d), 0)
  const places = total((d) => d.places)
  const affordable = total((d) => d.affordablePlaces)
  const institutions = total((d) => d.institutions)
  const coveredTotal = [...covered.values()].reduce((a, b) => a + b, 0)
  return {
    regionCode: region.code,
    regionName: region.name,
    isSample: region.isSample,
    computedAt: now.toISOString(),
    year,
    population: regionPopulation,
    institutions,
    places: {
      total: places,
      affordable,
      affordableShare: shareOf(affordable, places),
      perThousand: perThousand(places, regionPopulation?.residents ?? null),
      target: withoutIndicator(targetFor(targets, 'places_per_thousand', year))
    },
    demonstration: {
      total: total((d) => d.demonstration),
      perDistrictTarget: withoutIndicator(targetFor(targets, 'demonstration_per_district', year))
    },
    coverage: {
      covered: coveredTotal,
      total: streets.length,
      share: shareOf(coveredTotal, streets.length),
      target: withoutIndicator(targetFor(targets, 'community_coverage_percent', year))
    },
    placesByServiceType: SERVICE_TYPES.map((serviceType) => ({ serviceType, places: byService.get(serviceType) ?? 0 })),
    vacanciesByAgeBand: AGE_BANDS.map((ageBand) => ({ ageBand, places: vacancies.get(ageBand) ?? 0 })),
    evaluations: {
      grades: GRADES.map((grade) => ({ grade, institutions: evaluations.grades.get(grade) ?? 0 })),
      evaluatedWithin3Years: evaluations.evaluatedSince,
      evaluatedWithin3YearsShare: shareOf(evaluations.evaluatedSince, institutions),
      openRectifications: evaluations.openRectifications
    },
    districts: region.districts.map((d) => {
      const facts = districts.find((x) => x.districtCode === d.code)
      const districtPopulation = populations.find((p) => p.districtCode === d.code)
      return {
        districtCode: d.code,
        districtName: d.name,
        institutions: facts?.institutions ?? 0,
        places: facts?.places ?? 0,
        affordablePlaces: facts?.affordablePlaces ?? 0,
        demonstration: facts?.demonstration ?? 0,
        streetsCovered: covered.get(d.code) ?? 0,
        streetsTotal: d.streets.length,
        placesPerThousand: perThousand(facts?.places ?? 0, districtPopulation?.residents ?? null)
      }
    }),
    complaints: publicComplaints(region, complaints)
  }
}

/** A region's statistics, from this process's cache while the registry has not changed and they are fresh. */
export async function regionStatistics(db: Database, regionCode: string, now: Date): Promise<RegionStatistics> {
  const region = await regionOrThrow(db, regionCode)
  const version = await registryVersion(db, regionCode)
  return cached(db, `region:${regionCode}`, version, now, () => computeRegionStatistics(db, region, now))
}

/** The regulators' per-department figures with monthly trends, for the caller's own region. */
export async function departmentStatistics(db: Database, regionCode: string, now: Date): Promise<DepartmentStatistics> {
  const region = await regionOrThrow(db, regionCode)
  const version = await registryVersion(db, regionCode)
  return cached(db, `departments:${regionCode}`, version, now, async () => ({
    regionCode,
    computedAt: now.toISOString(),
    departments: departmentTrends(region, await complaintFigures(db, regionCode, now))
  }))
}
