import type { LatLng } from '../shared/geo'
import { latestEvaluation } from './evaluation-rules'
import { feeSpans } from './fee-rules'
import { staleAfter, VACANCY_FRESH_DAYS } from './staleness-rules'
import type { AgeBand, FeeUnit, Grade, OperatorKind, ServiceType, SortKey } from './finder-enums'
import { FEE_UNIT_BY_SERVICE, FEE_UNITS, GRADES, SERVICE_TYPES } from './finder-enums'
import type { InstitutionDetail } from './institution-schema'
import type { SearchFilters } from './search-schema'

/**
 * The part of an institution that search filters, sorts and shows on a result card. It is stored next to
 * the full record (`search_facts`), so an index is built from this narrow projection, never the whole record.
 */
export interface SearchableInstitution {
  id: string
  regionCode: string
  districtCode: string
  name: string
  address: string
  location: LatLng
  operatorKind: OperatorKind
  isAffordable: boolean
  isDemonstration: boolean
  serviceTypes: ServiceType[]
  ageBands: AgeBand[]
  latestGrade: Grade | null
  latestEvaluatedOn: string | null
  /**
   * Each published fee in its service's own unit (monthly, per hour for 计时托, per day for 临时托), with the days
   * it applies from and until (null: open-ended). A search keeps only those in effect on its day, so a price
   * published ahead takes over at midnight China time without another write.
   */
  fees: { serviceType: ServiceType; ageBand: AgeBand; amountFen: number; from: string | null; until: string | null }[]
  vacancies: { serviceType: ServiceType; ageBand: AgeBand; places: number; reportedOn: string }[]
}

/** What search needs of one institution, derived once when it is saved. */
export function toSearchable(inst: InstitutionDetail): SearchableInstitution {
  const ageBands = new Set([...inst.classes.map((c) => c.ageBand), ...inst.fees.map((f) => f.ageBand)])
  const latest = latestEvaluation(inst.evaluations)
  return {
    id: inst.id,
    regionCode: inst.regionCode,
    districtCode: inst.districtCode,
    name: inst.name,
    address: inst.address,
    location: inst.location,
    operatorKind: inst.operatorKind,
    isAffordable: inst.isAffordable,
    isDemonstration: inst.isDemonstration,
    serviceTypes: inst.serviceTypes,
    ageBands: [...ageBands].sort(),
    latestGrade: latest?.grade ?? null,
    latestEvaluatedOn: latest?.evaluatedOn ?? null,
    fees: feeSpans(inst.fees)
      .filter(({ fee }) => fee.unit === FEE_UNIT_BY_SERVICE[fee.serviceType])
      .map(({ fee, from, until }) => ({ serviceType: fee.serviceType, ageBand: fee.ageBand, amountFen: fee.amountFen, from, until })),
    vacancies: inst.vacancies.map(({ serviceType, ageBand, places, reportedOn }) => ({
      serviceType,
      ageBand,
      places,
      reportedOn
    }))
  }
}

const within = <T>(wanted: readonly T[] | undefined, value: T): boolean =>
  !wanted || wanted.length === 0 || wanted.includes(value)

const overlaps = <T>(wanted: readonly T[] | undefined, values: readonly T[]): boolean =>
  !wanted || wanted.length === 0 || values.some((v) => wanted.includes(v))

export const gradeRank = (grade: Grade | null): number => (grade === null ? GRADES.length : GRADES.indexOf(grade))

/** Lowest fee in `unit` in effect on `today` for the chosen service types and age bands; null when none is. */
export function lowestFeeFor(inst: SearchableInstitution, filters: SearchFilters, unit: FeeUnit, today: string): number | null {
  let best: number | null = null
  for (const fee of inst.fees) {
    if (FEE_UNIT_BY_SERVICE[fee.serviceType] !== unit) continue
    if ((fee.from !== null && fee.from > today) || (fee.until !== null && fee.until <= today)) continue
    if (!within(filters.serviceTypes, fee.serviceType) || !within(filters.ageBands, fee.ageBand)) continue
    if (best === null || fee.amountFen < best) best = fee.amountFen
  }
  return best
}

/** The cap a search sets on fees charged in `unit`, if any. */
export function feeCapOf(filters: SearchFilters, unit: FeeUnit): number | undefined {
  return unit === 'month' ? filters.maxMonthlyFeeFen : unit === 'hour' ? filters.maxHourlyFeeFen : filters.maxDailyFeeFen
}

/**
 * Each cap applies to fees in its own unit: ¥10,000 a month says nothing of 计时托's price per hour. Care the
 * search asks for in a capped unit must have a fee within that cap; when none of it is charged in a capped unit,
 * the caps do not narrow the search.
 */
function withinFeeCaps(inst: SearchableInstitution, filters: SearchFilters, today: string): boolean {
  const capped = FEE_UNITS.filter((unit) => feeCapOf(filters, unit) !== undefined)
  if (capped.length === 0) return true
  const asked = SERVICE_TYPES.filter((service) => within(filters.serviceTypes, service) && capped.includes(FEE_UNIT_BY_SERVICE[service]))
  if (asked.length === 0) return true
  return capped.some((unit) => {
    const fee = lowestFeeFor(inst, filters, unit, today)
    return fee !== null && fee <= (feeCapOf(filters, unit) ?? Infinity)
  })
}

/** The newest report of a free place for the chosen service types and age bands, if it is still fresh. */
export function freshVacancyOn(inst: SearchableInstitution, filters: SearchFilters, today: string): string | null {
  let newest: string | null = null
  for (const v of inst.vacancies) {
    if (v.places <= 0 || staleAfter(v.reportedOn, today, VACANCY_FRESH_DAYS)) continue
    if (!within(filters.serviceTypes, v.serviceType) || !within(filters.ageBands, v.ageBand)) continue
    if (newest === null || v.reportedOn > newest) newest = v.reportedOn
  }
  return newest
}

export function matchesFilters(inst: SearchableInstitution, filters: SearchFilters, today: string): boolean {
  if (!overlaps(filters.serviceTypes, inst.serviceTypes)) return false
  if (!overlaps(filters.ageBands, inst.ageBands)) return false
  if (filters.affordableOnly && !inst.isAffordable) return false
  if (filters.demonstrationOnly && !inst.isDemonstration) return false
  if (!within(filters.operatorKinds, inst.operatorKind)) return false
  if (filters.minGrade && gradeRank(inst.latestGrade) > gradeRank(filters.minGrade)) return false
  if (filters.districtCode && inst.districtCode !== filters.districtCode) return false
  if (!withinFeeCaps(inst, filters, today)) return false
  if (filters.hasVacancy && freshVacancyOn(inst, filters, today) === null) return false
  if (filters.keyword) {
    const needle = filters.keyword.toLowerCase()
    if (!inst.name.toLowerCase().includes(needle) && !inst.address.toLowerCase().includes(needle)) return false
  }
  return true
}

/** Numbers to order results by, most significant first; ties are broken by id. */
export type SortTuple = number[]

const NO_FEE = Number.MAX_SAFE_INTEGER

export function sortTuple(sort: SortKey, distanceM: number, grade: Grade | null, feeFen: number | null): SortTuple {
  switch (sort) {
    case 'grade':
      return [gradeRank(grade), distanceM]
    case 'fee':
      return [feeFen ?? NO_FEE, distanceM]
    default:
      return [distanceM]
  }
}

export function compareKeys(a: { key: SortTuple; id: string }, b: { key: SortTuple; id: string }): number {
  for (let i = 0; i < Math.max(a.key.length, b.key.length); i++) {
    const d = (a.key[i] ?? 0) - (b.key[i] ?? 0)
    if (d !== 0) return d
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/**
 * A cursor names the last row of a page by its sort key, so the next page starts strictly after it:
 * no duplicates or gaps even if rows before it change between requests.
 */
export function encodeCursor(sort: SortKey, key: SortTuple, id: string): string {
  // Number#toString gives the shortest text that parses back to the same double, so keys round-trip exactly.
  return [sort, ...key.map((n) => n.toString()), id].join('~')
}

export function decodeCursor(cursor: string, sort: SortKey): { key: SortTuple; id: string } | null {
  const parts = cursor.split('~')
  const expected = sortTuple(sort, 0, null, null).length
  if (parts.length !== expected + 2 || parts[0] !== sort) return null
  const key = parts.slice(1, -1).map((p) => (/^-?\d+(\.\d+)?(e[+-]?\d+)?$/.test(p) ? Number(p) : NaN))
  const id = parts[parts.length - 1] ?? ''
  if (key.some((n) => !Number.isFinite(n)) || id.length === 0) return null
  return { key, id }
}
