import KDBush from 'kdbush'
import { AGE_BANDS, GRADES, OPERATOR_KINDS, SERVICE_TYPES, type AgeBand, type Grade, type OperatorKind, type ServiceType } from '../../domain/finder/finder-enums'
import { gradeRank, type SearchableInstitution } from '../../domain/finder/search-rules'
import type { SearchFilters } from '../../domain/finder/search-schema'
import { VACANCY_FRESH_DAYS } from '../../domain/finder/staleness-rules'
import { dayNumber, isoDateOfDayNumber } from '../../domain/shared/clock'
import { boundingBox, haversineBetween, type LatLng } from '../../domain/shared/geo'

/*
 * One region's institutions as columns of typed arrays (≈150 bytes each, against several kilobytes as
 * objects), answering "which match these filters within r metres" without touching the database. Rows are
 * kept in id order, so `rowOf` is a binary search. Dates are day numbers, fixed when
 * the index is built; a search computes "today" once. `matchesFilters` in the domain is the reference these
 * columns must agree with (tests/api/finder-index-property.test.ts checks it on random data and queries).
 */

const NO_DAY = -2_147_483_648
const SERVICE_INDEX = new Map<ServiceType, number>(SERVICE_TYPES.map((s, i) => [s, i]))
const AGE_INDEX = new Map<AgeBand, number>(AGE_BANDS.map((a, i) => [a, i]))
const OPERATOR_INDEX = new Map<OperatorKind, number>(OPERATOR_KINDS.map((o, i) => [o, i]))
/** A (service type, age band) pair as one bit number: service * 4 + age. */
const pairOf = (service: ServiceType, age: AgeBand): number => (SERVICE_INDEX.get(service) ?? 0) * AGE_BANDS.length + (AGE_INDEX.get(age) ?? 0)
const maskOf = <T>(values: readonly T[], index: Map<T, number>): number => values.reduce((m, v) => m | (1 << (index.get(v) ?? 0)), 0)
const ALL = 0xffff
/** The tree keeps single-precision coordinates (half the bytes); its box is widened by more than their rounding. */
const TREE_SLACK_DEG = 1e-5

// `flags` byte: operator kind in bits 0–2, 普惠 bit 3, 示范 bit 4, grade rank (0 = A … 4 = none) in bits 5–7.
const AFFORDABLE = 1 << 3
const DEMONSTRATION = 1 << 4

/** A search's filters turned into masks and numbers once, so the per-row test is a few integer operations. */
export interface CompiledFilters {
  services: number
  ages: number
  /** Bit per (service, age) pair a fee or vacancy must be for. */
  pairs: number
  operators: number
  affordableOnly: boolean
  demonstrationOnly: boolean
  maxGradeRank: number
  /** Row district number; -1 for any, -2 for a district the region does not have. */
  district: number
  maxMonthlyFeeFen: number
  hasVacancy: boolean
  keyword: string | null
  /** The oldest report day that still counts as fresh. */
  freshFrom: number
}

export interface RegionHit {
  row: number
  distanceM: number
}

export class RegionIndex {
  readonly size: number
  readonly ids: readonly string[]
  private readonly tree: KDBush
  private readonly lat: Float64Array
  private readonly lng: Float64Array
  /** Service-type bits 0–3, age-band bits 4–7. */
  private readonly kinds: Uint8Array
  private readonly flags: Uint8Array
  private readonly district: Uint16Array
  private readonly districtCodes: readonly string[]
  private readonly evaluatedOn: Int32Array
  private readonly feeStart: Uint32Array
  private readonly feePair: Uint8Array
  private readonly feeFen: Float64Array
  private readonly vacancyStart: Uint32Array
  /** Pair number, with bit 7 set when the report has free places. */
  private readonly vacancyPair: Uint8Array
  private readonly vacancyDay: Int32Array
  /** Name then address of each row, as UTF-16 code units: row r's name is text[textStart[2r] .. textStart[2r+1]). */
  private readonly text: Uint16Array
  private readonly textStart: Uint32Array

  constructor(facts: readonly SearchableInstitution[]) {
    const rows = [...facts].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    const n = rows.length
    this.size = n
    this.ids = rows.map((r) => r.id)
    this.lat = new Float64Array(n)
    this.lng = new Float64Array(n)
    this.kinds = new Uint8Array(n)
    this.flags = new Uint8Array(n)
    this.district = new Uint16Array(n)
    this.evaluatedOn = new Int32Array(n)
    this.feeStart = new Uint32Array(n + 1)
    this.vacancyStart = new Uint32Array(n + 1)
    this.textStart = new Uint32Array(2 * n + 1)
    const districts = new Map<string, number>()
    let fees = 0
    let vacancies = 0
    let chars = 0
    for (const r of rows) {
      fees += r.monthlyFees.length
      vacancies += r.vacancies.length
      chars += r.name.length + r.address.length
    }
    this.feePair = new Uint8Array(fees)
    this.feeFen = new Float64Array(fees)
    this.vacancyPair = new Uint8Array(vacancies)
    this.vacancyDay = new Int32Array(vacancies)
    this.text = new Uint16Array(chars)
    fees = 0
    vacancies = 0
    chars = 0
    this.tree = new KDBush(Math.max(1, n), 64, Float32Array)
    rows.forEach((r, i) => {
      this.lat[i] = r.location.lat
      this.lng[i] = r.location.lng
      this.tree.add(r.location.lng, r.location.lat)
      this.kinds[i] = maskOf(r.serviceTypes, SERVICE_INDEX) | (maskOf(r.ageBands, AGE_INDEX) << 4)
      this.flags[i] =
        (OPERATOR_INDEX.get(r.operatorKind) ?? 0) |
        (r.isAffordable ? AFFORDABLE : 0) |
        (r.isDemonstration ? DEMONSTRATION : 0) |
        (gradeRank(r.latestGrade) << 5)
      let d = districts.get(r.districtCode)
      if (d === undefined) districts.set(r.districtCode, (d = districts.size))
      this.district[i] = d
      this.evaluatedOn[i] = r.latestEvaluatedOn === null ? NO_DAY : dayNumber(r.latestEvaluatedOn)
      for (const f of r.monthlyFees) {
        this.feePair[fees] = pairOf(f.serviceType, f.ageBand)
        this.feeFen[fees++] = f.amountFen
      }
      this.feeStart[i + 1] = fees
      for (const v of r.vacancies) {
        this.vacancyPair[vacancies] = pairOf(v.serviceType, v.ageBand) | (v.places > 0 ? 0x80 : 0)
        this.vacancyDay[vacancies++] = dayNumber(v.reportedOn)
      }
      this.vacancyStart[i + 1] = vacancies
      for (const part of [r.name, r.address]) for (let c = 0; c < part.length; c++) this.text[chars++] = part.charCodeAt(c)
      this.textStart[2 * i + 1] = chars - r.address.length
      this.textStart[2 * i + 2] = chars
    })
    // An empty region still needs a finished tree; the placeholder point is never returned (see within()).
    if (n === 0) this.tree.add(0, 0)
    this.tree.finish()
    this.districtCodes = [...districts.keys()]
  }

  /** The masks of one search, with `today` as a day number. */
  compile(filters: SearchFilters, today: number): CompiledFilters {
    const services = filters.serviceTypes?.length ? maskOf(filters.serviceTypes, SERVICE_INDEX) : ALL
    const ages = filters.ageBands?.length ? maskOf(filters.ageBands, AGE_INDEX) : ALL
    let pairs = 0
    for (let s = 0; s < SERVICE_TYPES.length; s++) {
      for (let a = 0; a < AGE_BANDS.length; a++) if (services & (1 << s) && ages & (1 << a)) pairs |= 1 << (s * AGE_BANDS.length + a)
    }
    const district = filters.districtCode === undefined ? -1 : this.districtCodes.indexOf(filters.districtCode)
    return {
      services,
      ages,
      pairs,
      operators: filters.operatorKinds?.length ? maskOf(filters.operatorKinds, OPERATOR_INDEX) : ALL,
      affordableOnly: filters.affordableOnly === true,
      demonstrationOnly: filters.demonstrationOnly === true,
      maxGradeRank: filters.minGrade ? gradeRank(filters.minGrade) : GRADES.length,
      district: filters.districtCode === undefined ? -1 : district === -1 ? -2 : district,
      maxMonthlyFeeFen: filters.maxMonthlyFeeFen ?? Infinity,
      hasVacancy: filters.hasVacancy === true,
      keyword: filters.keyword ? filters.keyword.toLowerCase() : null,
      freshFrom: today - VACANCY_FRESH_DAYS
    }
  }

  /** Lowest monthly fee of the row for the chosen pairs; null when none is published. */
  monthlyFeeOf(row: number, f: CompiledFilters): number | null {
    let best: number | null = null
    for (let k = this.feeStart[row] ?? 0, end = this.feeStart[row + 1] ?? 0; k < end; k++) {
      if (!(f.pairs & (1 << (this.feePair[k] ?? 0)))) continue
      const fen = this.feeFen[k] ?? 0
      if (best === null || fen < best) best = fen
    }
    return best
  }

  /** Day number of the newest fresh report of a free place for the chosen pairs; NO_DAY when there is none. */
  private freshVacancyDay(row: number, f: CompiledFilters): number {
    let newest = NO_DAY
    for (let k = this.vacancyStart[row] ?? 0, end = this.vacancyStart[row + 1] ?? 0; k < end; k++) {
      const pair = this.vacancyPair[k] ?? 0
      const day = this.vacancyDay[k] ?? NO_DAY
      if (pair & 0x80 && day >= f.freshFrom && f.pairs & (1 << (pair & 0x7f)) && day > newest) newest = day
    }
    return newest
  }

  freshVacancyOn(row: number, f: CompiledFilters): string | null {
    const day = this.freshVacancyDay(row, f)
    return day === NO_DAY ? null : isoDateOfDayNumber(day)
  }

  matches(row: number, f: CompiledFilters): boolean {
    const kinds = this.kinds[row] ?? 0
    // ALL means "not filtered", which also keeps rows that list no service type or age band at all.
    if (f.services !== ALL && !(kinds & f.services)) return false
    if (f.ages !== ALL && !((kinds >> 4) & f.ages)) return false
    const flags = this.flags[row] ?? 0
    if (f.affordableOnly && !(flags & AFFORDABLE)) return false
    if (f.demonstrationOnly && !(flags & DEMONSTRATION)) return false
    if (!(f.operators & (1 << (flags & 7)))) return false
    if (flags >> 5 > f.maxGradeRank) return false
    if (f.district !== -1 && this.district[row] !== f.district) return false
    if (f.maxMonthlyFeeFen !== Infinity) {
      const fee = this.monthlyFeeOf(row, f)
      if (fee === null || fee > f.maxMonthlyFeeFen) return false
    }
    if (f.hasVacancy && this.freshVacancyDay(row, f) === NO_DAY) return false
    if (f.keyword !== null && !this.name(row).toLowerCase().includes(f.keyword) && !this.address(row).toLowerCase().includes(f.keyword)) {
      return false
    }
    return true
  }

  /** Rows that match within `radiusM` of `origin`, with their exact haversine distance, in no order. */
  within(origin: LatLng, radiusM: number, f: CompiledFilters): RegionHit[] {
    const hits: RegionHit[] = []
    if (this.size === 0 || f.district === -2) return hits
    const box = boundingBox(origin, radiusM)
    const s = TREE_SLACK_DEG
    for (const row of this.tree.range(box.minLng - s, box.minLat - s, box.maxLng + s, box.maxLat + s)) {
      const distanceM = haversineBetween(origin.lat, origin.lng, this.lat[row] ?? 0, this.lng[row] ?? 0)
      if (distanceM <= radiusM && this.matches(row, f)) hits.push({ row, distanceM })
    }
    return hits
  }

  /** The row of an id, or -1; ids are sorted, so this is a binary search. */
  rowOf(id: string): number {
    let lo = 0
    let hi = this.size - 1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      const at = this.ids[mid] ?? ''
      if (at === id) return mid
      if (at < id) lo = mid + 1
      else hi = mid - 1
    }
    return -1
  }

  name(row: number): string {
    return this.slice(this.textStart[2 * row] ?? 0, this.textStart[2 * row + 1] ?? 0)
  }

  address(row: number): string {
    return this.slice(this.textStart[2 * row + 1] ?? 0, this.textStart[2 * row + 2] ?? 0)
  }

  location(row: number): LatLng {
    return { lat: this.lat[row] ?? 0, lng: this.lng[row] ?? 0 }
  }

  gradeOf(row: number): Grade | null {
    return GRADES[(this.flags[row] ?? 0) >> 5] ?? null
  }

  /** The row back as the narrow record it was built from, so a patch can rebuild without the database. */
  facts(row: number, regionCode: string): SearchableInstitution {
    const kinds = this.kinds[row] ?? 0
    const flags = this.flags[row] ?? 0
    const evaluatedOn = this.evaluatedOn[row] ?? NO_DAY
    const monthlyFees: SearchableInstitution['monthlyFees'] = []
    for (let k = this.feeStart[row] ?? 0, end = this.feeStart[row + 1] ?? 0; k < end; k++) {
      const pair = this.feePair[k] ?? 0
      monthlyFees.push({ ...pairNames(pair), amountFen: this.feeFen[k] ?? 0 })
    }
    const vacancies: SearchableInstitution['vacancies'] = []
    for (let k = this.vacancyStart[row] ?? 0, end = this.vacancyStart[row + 1] ?? 0; k < end; k++) {
      const pair = this.vacancyPair[k] ?? 0
      // Only "some places" or "none" changes any answer, so the count is kept as 1 or 0.
      vacancies.push({ ...pairNames(pair & 0x7f), places: pair & 0x80 ? 1 : 0, reportedOn: isoDateOfDayNumber(this.vacancyDay[k] ?? 0) })
    }
    return {
      id: this.ids[row] ?? '',
      regionCode,
      districtCode: this.districtCodes[this.district[row] ?? 0] ?? '',
      name: this.name(row),
      address: this.address(row),
      location: this.location(row),
      operatorKind: OPERATOR_KINDS[flags & 7] ?? 'private',
      isAffordable: (flags & AFFORDABLE) !== 0,
      isDemonstration: (flags & DEMONSTRATION) !== 0,
      serviceTypes: SERVICE_TYPES.filter((_, s) => kinds & (1 << s)),
      ageBands: AGE_BANDS.filter((_, a) => (kinds >> 4) & (1 << a)),
      latestGrade: this.gradeOf(row),
      latestEvaluatedOn: evaluatedOn === NO_DAY ? null : isoDateOfDayNumber(evaluatedOn),
      monthlyFees,
      vacancies
    }
  }

  /** A new index with these rows replaced or added and those ids removed; this one keeps serving meanwhile. */
  patched(regionCode: string, changed: readonly SearchableInstitution[], removedIds: readonly string[] = []): RegionIndex {
    const drop = new Set([...changed.map((c) => c.id), ...removedIds])
    const kept: SearchableInstitution[] = []
    for (let row = 0; row < this.size; row++) if (!drop.has(this.ids[row] ?? '')) kept.push(this.facts(row, regionCode))
    return new RegionIndex([...kept, ...changed])
  }

  /** Bytes held in typed arrays and id strings (the strings estimated), for the memory budget. */
  get bytes(): number {
    const arrays = [this.lat, this.lng, this.kinds, this.flags, this.district, this.evaluatedOn, this.feeStart, this.feePair, this.feeFen]
    const more = [this.vacancyStart, this.vacancyPair, this.vacancyDay, this.text, this.textStart]
    const typed = [...arrays, ...more].reduce((sum, a) => sum + a.byteLength, 0)
    const ids = this.ids.reduce((sum, id) => sum + 16 + id.length + 4, 0)
    return typed + this.tree.data.byteLength + ids
  }

  private slice(from: number, to: number): string {
    return String.fromCharCode(...this.text.subarray(from, to))
  }
}

function pairNames(pair: number): { serviceType: ServiceType; ageBand: AgeBand } {
  return {
    serviceType: SERVICE_TYPES[Math.floor(pair / AGE_BANDS.length)] ?? 'full_day',
    ageBand: AGE_BANDS[pair % AGE_BANDS.length] ?? 'infant'
  }
}
