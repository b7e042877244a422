import type { InstitutionDetail } from '../../../src/domain/finder/institution-schema'
import type { SearchInput } from '../../../src/domain/finder/search-schema'
import { haversineMetres, type LatLng } from '../../../src/domain/shared/geo'

/**
 * Whether `fee` is the price its line charges on `today`: started (no date means since ever) and not yet
 * followed by a later price of the same service, age band and unit that has started too.
 */
function priceInEffect(all: readonly InstitutionDetail['fees'][number][], fee: InstitutionDetail['fees'][number], today: string): boolean {
  const start = (f: typeof fee) => f.effectiveFrom ?? ''
  if (start(fee) > today) return false
  const sameLine = (f: typeof fee) => f.serviceType === fee.serviceType && f.ageBand === fee.ageBand && f.unit === fee.unit
  return !all.some((other) => other !== fee && sameLine(other) && start(other) > start(fee) && start(other) <= today)
}

const GRADE_ORDER = ['A', 'B', 'C', 'D']
const DAY_MS = 86_400_000
/** How each service is charged: by the month, the hour (计时托) or the day (临时托). */
const UNIT_OF: Record<string, string> = { full_day: 'month', half_day: 'month', hourly: 'hour', temporary: 'day' }

/**
 * What a search should answer, worked out the slow, obvious way from the seeded records: scan every
 * institution, measure haversine distance, apply each filter as its label reads, sort with id as the
 * tie-break. Written independently of the search rules so the two can disagree.
 */
export function bruteForceSearch(
  all: readonly InstitutionDetail[],
  origin: LatLng,
  input: SearchInput,
  today: string
): { id: string; distanceM: number }[] {
  const capOf = (unit: 'month' | 'hour' | 'day') => (unit === 'month' ? input.maxMonthlyFeeFen : unit === 'hour' ? input.maxHourlyFeeFen : input.maxDailyFeeFen)
  const wantService = (s: string) => !input.serviceTypes?.length || input.serviceTypes.includes(s as never)
  const wantAge = (a: string) => !input.ageBands?.length || input.ageBands.includes(a as never)
  const fresh = (day: string) => (Date.parse(today) - Date.parse(day)) / DAY_MS <= 30

  const rows = all.flatMap((inst) => {
    const distanceM = haversineMetres(origin, inst.location)
    if (distanceM > (input.radiusM ?? 5000)) return []
    const bands = new Set([...inst.classes.map((c) => c.ageBand), ...inst.fees.map((f) => f.ageBand)])
    if (input.serviceTypes?.length && !inst.serviceTypes.some(wantService)) return []
    if (input.ageBands?.length && ![...bands].some(wantAge)) return []
    if (input.affordableOnly && !inst.isAffordable) return []
    if (input.demonstrationOnly && !inst.isDemonstration) return []
    if (input.operatorKinds?.length && !input.operatorKinds.includes(inst.operatorKind)) return []
    if (input.districtCode && inst.districtCode !== input.districtCode) return []
    const latest = [...inst.evaluations].sort((a, b) => b.evaluatedOn.localeCompare(a.evaluatedOn))[0]
    if (input.minGrade) {
      if (!latest || GRADE_ORDER.indexOf(latest.grade) > GRADE_ORDER.indexOf(input.minGrade)) return []
    }
    // Each fee is charged in its service's unit, and each cap applies to that unit only.
    const feesIn = (unit: string) =>
      inst.fees.filter((f) => priceInEffect(inst.fees, f, today)).filter((f) => f.unit === unit && UNIT_OF[f.serviceType] === unit && wantService(f.serviceType) && wantAge(f.ageBand)).map((f) => f.amountFen)
    const monthly = feesIn('month')
    const fee = monthly.length ? Math.min(...monthly) : null
    const capped = (['month', 'hour', 'day'] as const).filter((unit) => capOf(unit) !== undefined && Object.keys(UNIT_OF).some((s) => wantService(s) && UNIT_OF[s] === unit))
    if (capped.length > 0 && !capped.some((unit) => feesIn(unit).some((amount) => amount <= (capOf(unit) ?? Infinity)))) return []
    if (input.hasVacancy) {
      const open = inst.vacancies.some(
        (v) => v.places > 0 && fresh(v.reportedOn) && wantService(v.serviceType) && wantAge(v.ageBand)
      )
      if (!open) return []
    }
    if (input.keyword && !inst.name.includes(input.keyword) && !inst.address.includes(input.keyword)) return []
    const gradeRank = latest ? GRADE_ORDER.indexOf(latest.grade) : GRADE_ORDER.length
    return [{ id: inst.id, distanceM, gradeRank, fee }]
  })

  const sort = input.sort ?? 'distance'
  rows.sort((a, b) => {
    const primary =
      sort === 'grade'
        ? a.gradeRank - b.gradeRank
        : sort === 'fee'
          ? (a.fee ?? Number.MAX_SAFE_INTEGER) - (b.fee ?? Number.MAX_SAFE_INTEGER)
          : 0
    if (primary !== 0) return primary
    if (a.distanceM !== b.distanceM) return a.distanceM - b.distanceM
    return a.id < b.id ? -1 : 1
  })
  return rows.map(({ id, distanceM }) => ({ id, distanceM }))
}
