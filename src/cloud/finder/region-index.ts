import KDBush from 'kdbush'
import {
  AGE_BANDS,
  FEE_UNIT_BY_SERVICE,
  FEE_UNITS,
  GRADES,
  OPERATOR_KINDS,
  SERVICE_TYPES,
  type AgeBand,
  type FeeUnit,
  type Grade,
  type OperatorKind,
  type ServiceType
} from '../../domain/finder/finder-enums'
import { feeCapOf, gradeRank, type SearchableInstitution } from '../../domain/finder/search-rules'
import type { SearchFilters } from '../../domain/finder/search-schema'
import { VACANCY_FRESH_DAYS } from '../../domain/finder/staleness-rules'
import { dayNumber, isoDateOfDayNumber } from '../../domain/shared/clock'
import { boundingBox, haversineBetween, type LatLng } from '../../domain/shared/geo'

/*
 * One region's institutions as columns of typed arrays (under 200 bytes each, against several kilobytes as
 * objects), answering "which match these filters within r metres" without touching the database. Rows are
 * kept in id order, so `rowOf` is a binary search. Dates are day numbers, fixed when
 * the index is built; a search computes "today" once. `matchesFilters` in the domain is the reference these
 * columns must agree with (tests/api/finder-index-property.test.ts checks it on random data and queries).
 */

const NO_DAY = -2_147_483_648
/** The end of an open-ended fee: no price follows it yet. */
const NO_END_DAY = 2_147_483_647

/*
 * Dates are stored as 16-bit codes, fees as 32-bit integers: a fee costs 9 bytes instead of 17. Neither
 * column bounds what it can hold: a value outside its code range is stored as OUTLIER and the row's exact
 * values kept aside (see ExactRow), so the answers are the same for any fee and any date.
 */
/** Code of a missing day: an open start, or no evaluation. */
const NO_DAY_CODE = 0
/** Code of a value kept in the row's ExactRow. */
const OUTLIER = 1
const FIRST_DAY_CODE = 2
/** Code of an open end. */
const NO_END_DAY_CODE = 0xffff
const LAST_DAY_CODE = NO_END_DAY_CODE - 1
/** Code FIRST_DAY_CODE is 2000-01-01, so codes reach into 2179. */
const DAY_CODE_OFFSET = dayNumber('2000-01-01') - FIRST_DAY_CODE
/** Fees are whole fen; one not an Int32 at or above zero is kept in the row's ExactRow. */
const FEN_OUTLIER = -1
const SERVICE_INDEX = new Map<ServiceType, number>(SERVICE_TYPES.map((s, i) => [s, i]))
const AGE_INDEX = new Map<AgeBand, number>(AGE_BANDS.map((a, i) => [a, i]))
const OPERATOR_INDEX = new Map<OperatorKind, number>(OPERATOR_KINDS.map((o, i) => [o, i]))
/** A (service type, age band) pair as one bit number: service * 4 + age. */
const pairOf = (service: ServiceType, age: AgeBand): number => (SERVICE_INDEX.get(service) ?? 0) * AGE_BANDS.length + (AGE_INDEX.get(age) ?? 0)
const maskOf = <T>(values: readonly T[], index: Map<T, number>): number => values.reduce((m, v) => m | (1 << (index.get(v) ?? 0)), 0)
const ALL = 0xffff
/** Per fee unit, the bits of the (service, age) pairs charged in it. */
const PAIRS_BY_UNIT = Object.fromEntries(
  FEE_UNITS.map((unit) => [unit, SERVICE_TYPES.reduce((m, service, s) => (FEE_UNIT_BY_SERVICE[service] === unit ? m | (0xf << (s * AGE_BANDS.length)) : m), 0)])
) as Record<FeeUnit, number>
/** The tree keeps single-precision coordinates (half the bytes); its box is widened by more than their rounding. */
const TREE_SLACK_DEG = 1e-5

// Result cards list a row's service types and age bands; there are only 16 combinations of each.
const SERVICES_OF_MASK = Array.from({ length: 16 }, (_, m) => SERVICE_TYPES.filter((_s, i) => m & (1 << i)))
const AGES_OF_MASK = Array.from({ length: 16 }, (_, m) => AGE_BANDS.filter((_a, i) => m & (1 << i)))
/** Cards show dates as text; the few hundred distinct report days are converted once each. */
const isoDates = new Map<number, string>()
function isoDate(day: number): string {
  let iso = isoDates.get(day)
  if (iso === undefined) isoDates.set(day, (iso = isoDateOfDayNumber(day)))
  return iso
}

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
  /** Chosen pairs charged in a unit the search caps; 0 when the caps do not narrow it. */
  cappedPairs: number
  /** The cap on a pair's fee, by pair bit; Infinity for a pair whose unit has none. */
  feeCaps: Float64Array
  hasVacancy: boolean
  keyword: string | null
  /** The oldest report day that still counts as fresh. */
  freshFrom: number
  /** The search's day: only fees in effect on it count. */
  today: number
}

type IndexCard = Omit<SearchableInstitution, 'regionCode' | 'fees' | 'vacancies'>

interface RegionHit {
  row: number
  distanceM: number
}

/** The columns of an index; a row's fees, vacancies and text are the ranges its start arrays give. */
interface Columns {
  ids: string[]
  lat: Float64Array
  lng: Float64Array
  /** Service-type bits 0–3, age-band bits 4–7. */
  kinds: Uint8Array
  flags: Uint8Array
  district: Uint16Array
  districtCodes: string[]
  /** Day codes (see DAY_CODE_OFFSET), as are feeFrom, feeUntil and vacancyDay. */
  evaluatedOn: Uint16Array
  feeStart: Uint32Array
  feePair: Uint8Array
  feeFen: Int32Array
  /** First day and first day after, of each fee's span (fee-rules.ts). */
  feeFrom: Uint16Array
  feeUntil: Uint16Array
  vacancyStart: Uint32Array
  /** Pair number, with bit 7 set when the report has free places. */
  vacancyPair: Uint8Array
  vacancyDay: Uint16Array
  /** Name then address of each row, as UTF-16 code units: row r's name is text[textStart[2r] .. textStart[2r+1]). */
  text: Uint16Array
  textStart: Uint32Array
  /** By id, the exact values of the rare rows with an OUTLIER; kept by id so a patch's block copies keep it valid. */
  exact: Map<string, ExactRow>
}

/** A row's fees, fee days, vacancy days (in the row's order) and evaluation day, as plain numbers. */
interface ExactRow {
  fen: number[]
  from: number[]
  until: number[]
  vacancyDay: number[]
  evaluatedOn: number
}

const dayCodeOf = (day: number): number => {
  const code = day - DAY_CODE_OFFSET
  return Number.isInteger(code) && code >= FIRST_DAY_CODE && code <= LAST_DAY_CODE ? code : OUTLIER
}
const exactRowOf = (r: SearchableInstitution): ExactRow => ({
  fen: r.fees.map((f) => f.amountFen),
  from: r.fees.map((f) => (f.from === null ? NO_DAY : dayNumber(f.from))),
  until: r.fees.map((f) => (f.until === null ? NO_END_DAY : dayNumber(f.until))),
  vacancyDay: r.vacancies.map((v) => dayNumber(v.reportedOn)),
  evaluatedOn: r.latestEvaluatedOn === null ? NO_DAY : dayNumber(r.latestEvaluatedOn)
})
const fenFits = (fen: number): boolean => Number.isInteger(fen) && fen >= 0 && fen <= 0x7fffffff

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/** Fills columns row by row, from records or by copying rows of an existing index (a patch never decodes). */
class ColumnWriter {
  readonly c: Columns
  private row = 0
  private fee = 0
  private vacancy = 0
  private char = 0
  private readonly districts: Map<string, number>

  constructor(n: number, fees: number, vacancies: number, chars: number, districtCodes: readonly string[], exact = new Map<string, ExactRow>()) {
    this.c = {
      ids: new Array<string>(n),
      lat: new Float64Array(n),
      lng: new Float64Array(n),
      kinds: new Uint8Array(n),
      flags: new Uint8Array(n),
      district: new Uint16Array(n),
      districtCodes: [...districtCodes],
      evaluatedOn: new Uint16Array(n),
      feeStart: new Uint32Array(n + 1),
      feePair: new Uint8Array(fees),
      feeFen: new Int32Array(fees),
      feeFrom: new Uint16Array(fees),
      feeUntil: new Uint16Array(fees),
      vacancyStart: new Uint32Array(n + 1),
      vacancyPair: new Uint8Array(vacancies),
      vacancyDay: new Uint16Array(vacancies),
      text: new Uint16Array(chars),
      textStart: new Uint32Array(2 * n + 1),
      exact
    }
    this.districts = new Map(districtCodes.map((code, i) => [code, i]))
  }

  add(r: SearchableInstitution): void {
    const { c } = this
    const i = this.row++
    c.ids[i] = r.id
    c.lat[i] = r.location.lat
    c.lng[i] = r.location.lng
    c.kinds[i] = maskOf(r.serviceTypes, SERVICE_INDEX) | (maskOf(r.ageBands, AGE_INDEX) << 4)
    c.flags[i] =
      (OPERATOR_INDEX.get(r.operatorKind) ?? 0) | (r.isAffordable ? AFFORDABLE : 0) | (r.isDemonstration ? DEMONSTRATION : 0) | (gradeRank(r.latestGrade) << 5)
    let d = this.districts.get(r.districtCode)
    if (d === undefined) {
      d = c.districtCodes.push(r.districtCode) - 1
      this.districts.set(r.districtCode, d)
    }
    c.district[i] = d
    let outlier = false
    const code = (iso: string | null, none: number): number => {
      if (iso === null) return none
      const coded = dayCodeOf(dayNumber(iso))
      if (coded === OUTLIER) outlier = true
      return coded
    }
    c.evaluatedOn[i] = code(r.latestEvaluatedOn, NO_DAY_CODE)
    for (const f of r.fees) {
      c.feePair[this.fee] = pairOf(f.serviceType, f.ageBand)
      c.feeFrom[this.fee] = code(f.from, NO_DAY_CODE)
      c.feeUntil[this.fee] = code(f.until, NO_END_DAY_CODE)
      const fits = fenFits(f.amountFen)
      if (!fits) outlier = true
      c.feeFen[this.fee++] = fits ? f.amountFen : FEN_OUTLIER
    }
    c.feeStart[i + 1] = this.fee
    for (const v of r.vacancies) {
      c.vacancyPair[this.vacancy] = pairOf(v.serviceType, v.ageBand) | (v.places > 0 ? 0x80 : 0)
      c.vacancyDay[this.vacancy++] = code(v.reportedOn, NO_DAY_CODE)
    }
    c.vacancyStart[i + 1] = this.vacancy
    if (outlier) c.exact.set(r.id, exactRowOf(r))
    this.addText(r.name)
    c.textStart[2 * i + 1] = this.char
    this.addText(r.address)
    c.textStart[2 * i + 2] = this.char
  }

  /**
   * Rows `start` up to `end` of `from`, whose district numbers this writer started from, so they stay valid: one
   * block copy per column, since a patch keeps nearly every row as it was and copying row by row was most of
   * an edit's cost at 100k institutions.
   */
  copyRows(from: Columns, start: number, end: number): void {
    const n = end - start
    if (n <= 0) return
    const { c } = this
    const i = this.row
    for (let k = 0; k < n; k++) c.ids[i + k] = from.ids[start + k] ?? ''
    c.lat.set(from.lat.subarray(start, end), i)
    c.lng.set(from.lng.subarray(start, end), i)
    c.kinds.set(from.kinds.subarray(start, end), i)
    c.flags.set(from.flags.subarray(start, end), i)
    c.district.set(from.district.subarray(start, end), i)
    c.evaluatedOn.set(from.evaluatedOn.subarray(start, end), i)
    const fees = { from: from.feeStart[start] ?? 0, to: from.feeStart[end] ?? 0 }
    c.feePair.set(from.feePair.subarray(fees.from, fees.to), this.fee)
    c.feeFrom.set(from.feeFrom.subarray(fees.from, fees.to), this.fee)
    c.feeUntil.set(from.feeUntil.subarray(fees.from, fees.to), this.fee)
    c.feeFen.set(from.feeFen.subarray(fees.from, fees.to), this.fee)
    for (let k = 1; k <= n; k++) c.feeStart[i + k] = (from.feeStart[start + k] ?? 0) - fees.from + this.fee
    this.fee += fees.to - fees.from
    const vacancies = { from: from.vacancyStart[start] ?? 0, to: from.vacancyStart[end] ?? 0 }
    c.vacancyPair.set(from.vacancyPair.subarray(vacancies.from, vacancies.to), this.vacancy)
    c.vacancyDay.set(from.vacancyDay.subarray(vacancies.from, vacancies.to), this.vacancy)
    for (let k = 1; k <= n; k++) c.vacancyStart[i + k] = (from.vacancyStart[start + k] ?? 0) - vacancies.from + this.vacancy
    this.vacancy += vacancies.to - vacancies.from
    // Two text bounds per row (name end, address end) after the first row's start.
    const chars = { from: from.textStart[2 * start] ?? 0, to: from.textStart[2 * end] ?? 0 }
    c.text.set(from.text.subarray(chars.from, chars.to), this.char)
    for (let k = 1; k <= 2 * n; k++) c.textStart[2 * i + k] = (from.textStart[2 * start + k] ?? 0) - chars.from + this.char
    this.char += chars.to - chars.from
    this.row += n
  }

  private addText(part: string): void {
    for (let k = 0; k < part.length; k++) this.c.text[this.char++] = part.charCodeAt(k)
  }
}

const sizesOf = (rows: readonly SearchableInstitution[]) =>
  rows.reduce(
    (sum, r) => ({ fees: sum.fees + r.fees.length, vacancies: sum.vacancies + r.vacancies.length, chars: sum.chars + r.name.length + r.address.length }),
    { fees: 0, vacancies: 0, chars: 0 }
  )

export class RegionIndex {
  readonly size: number
  readonly ids: readonly string[]
  private readonly tree: KDBush
  private readonly c: Columns

  /** With `tree`, the rows are where they were when that tree was built (same ids, same places). */
  private constructor(columns: Columns, tree?: KDBush) {
    this.c = columns
    this.ids = columns.ids
    this.size = columns.ids.length
    this.tree = tree ?? RegionIndex.treeOf(columns)
  }

  private static treeOf(columns: Columns): KDBush {
    const n = columns.ids.length
    const tree = new KDBush(Math.max(1, n), 64, Float32Array)
    for (let i = 0; i < n; i++) tree.add(columns.lng[i] ?? 0, columns.lat[i] ?? 0)
    // An empty region still needs a finished tree; the placeholder point is never returned (see within()).
    if (n === 0) tree.add(0, 0)
    tree.finish()
    return tree
  }

  static fromFacts(facts: readonly SearchableInstitution[]): RegionIndex {
    const rows = [...facts].sort(byId)
    const { fees, vacancies, chars } = sizesOf(rows)
    const writer = new ColumnWriter(rows.length, fees, vacancies, chars, [])
    for (const r of rows) writer.add(r)
    return new RegionIndex(writer.c)
  }

  /**
   * A new index with these rows replaced or added and those ids removed, merged in id order: unchanged rows
   * are copied column by column, so a patch costs a copy and a tree build, never a decode. This index keeps
   * serving meanwhile.
   */
  patched(changed: readonly SearchableInstitution[], removedIds: readonly string[] = []): RegionIndex {
    const { c } = this
    const incoming = [...new Map(changed.map((r) => [r.id, r])).values()].sort(byId)
    const drop = new Set([...incoming.map((r) => r.id), ...removedIds])
    const dropped = c.ids.map((id, row) => (drop.has(id) ? row : -1)).filter((row) => row >= 0)
    const added = sizesOf(incoming)
    const span = (start: Uint32Array, row: number, step = 1) => (start[step * row + step] ?? 0) - (start[step * row] ?? 0)
    const writer = new ColumnWriter(
      this.size - dropped.length + incoming.length,
      c.feePair.length - dropped.reduce((n, row) => n + span(c.feeStart, row), 0) + added.fees,
      c.vacancyPair.length - dropped.reduce((n, row) => n + span(c.vacancyStart, row), 0) + added.vacancies,
      c.text.length - dropped.reduce((n, row) => n + span(c.textStart, row, 2), 0) + added.chars,
      c.districtCodes,
      new Map([...c.exact].filter(([id]) => !drop.has(id)))
    )
    // Rows are merged in id order; the kept rows between two changes go over as one block.
    let next = 0
    let kept = 0
    for (let row = 0; row < this.size; row++) {
      const id = c.ids[row] ?? ''
      const dropping = drop.has(id)
      if (!dropping && !(next < incoming.length && (incoming[next]?.id ?? '') < id)) continue
      writer.copyRows(c, kept, row)
      while (next < incoming.length && (incoming[next]?.id ?? '') < id) writer.add(incoming[next++] as SearchableInstitution)
      kept = dropping ? row + 1 : row
    }
    writer.copyRows(c, kept, this.size)
    while (next < incoming.length) writer.add(incoming[next++] as SearchableInstitution)
    // The usual edit (a vacancy report, a fee) moves nothing: the same rows in the same places keep the tree.
    const unmoved =
      removedIds.length === 0 &&
      dropped.length === incoming.length &&
      dropped.every((row) => writer.c.lat[row] === c.lat[row] && writer.c.lng[row] === c.lng[row])
    return new RegionIndex(writer.c, unmoved ? this.tree : undefined)
  }

  /** The masks of one search, with `today` as a day number. */
  compile(filters: SearchFilters, today: number): CompiledFilters {
    const services = filters.serviceTypes?.length ? maskOf(filters.serviceTypes, SERVICE_INDEX) : ALL
    const ages = filters.ageBands?.length ? maskOf(filters.ageBands, AGE_INDEX) : ALL
    let pairs = 0
    for (let s = 0; s < SERVICE_TYPES.length; s++) {
      for (let a = 0; a < AGE_BANDS.length; a++) if (services & (1 << s) && ages & (1 << a)) pairs |= 1 << (s * AGE_BANDS.length + a)
    }
    const district = filters.districtCode === undefined ? -1 : this.c.districtCodes.indexOf(filters.districtCode)
    const feeCaps = new Float64Array(SERVICE_TYPES.length * AGE_BANDS.length).fill(Infinity)
    let cappedPairs = 0
    for (const unit of FEE_UNITS) {
      const cap = feeCapOf(filters, unit)
      if (cap === undefined) continue
      cappedPairs |= pairs & PAIRS_BY_UNIT[unit]
      for (let pair = 0; pair < feeCaps.length; pair++) if (PAIRS_BY_UNIT[unit] & (1 << pair)) feeCaps[pair] = cap
    }
    return {
      services,
      ages,
      pairs,
      operators: filters.operatorKinds?.length ? maskOf(filters.operatorKinds, OPERATOR_INDEX) : ALL,
      affordableOnly: filters.affordableOnly === true,
      demonstrationOnly: filters.demonstrationOnly === true,
      maxGradeRank: filters.minGrade ? gradeRank(filters.minGrade) : GRADES.length,
      district: filters.districtCode === undefined ? -1 : district === -1 ? -2 : district,
      cappedPairs,
      feeCaps,
      hasVacancy: filters.hasVacancy === true,
      keyword: filters.keyword ? filters.keyword.toLowerCase() : null,
      freshFrom: today - VACANCY_FRESH_DAYS,
      today
    }
  }

  /**
   * The day number of code `code`, read from column `column` of row `row`'s ExactRow when it is an OUTLIER; the
   * `k`th value of the row's fees or vacancies (ignored for evaluatedOn).
   */
  private dayOf(code: number, row: number, column: 'from' | 'until' | 'vacancyDay' | 'evaluatedOn', k: number): number {
    if (code >= FIRST_DAY_CODE && code <= LAST_DAY_CODE) return code + DAY_CODE_OFFSET
    if (code === NO_DAY_CODE) return NO_DAY
    if (code === NO_END_DAY_CODE) return NO_END_DAY
    const exact = this.c.exact.get(this.ids[row] ?? '')
    if (exact === undefined) return NO_DAY
    return column === 'evaluatedOn' ? exact.evaluatedOn : (exact[column][k] ?? NO_DAY)
  }

  private feeFenOf(row: number, k: number): number {
    const fen = this.c.feeFen[k] ?? 0
    return fen === FEN_OUTLIER ? (this.c.exact.get(this.ids[row] ?? '')?.fen[k - (this.c.feeStart[row] ?? 0)] ?? 0) : fen
  }

  private feeInEffect(row: number, k: number, f: CompiledFilters): boolean {
    const nth = k - (this.c.feeStart[row] ?? 0)
    return this.dayOf(this.c.feeFrom[k] ?? NO_DAY_CODE, row, 'from', nth) <= f.today && f.today < this.dayOf(this.c.feeUntil[k] ?? NO_END_DAY_CODE, row, 'until', nth)
  }

  /** Lowest fee of the row in `unit` in effect on the search's day for the chosen pairs; null when none is. */
  lowestFeeOf(row: number, f: CompiledFilters, unit: FeeUnit = 'month'): number | null {
    const pairs = f.pairs & PAIRS_BY_UNIT[unit]
    let best: number | null = null
    for (let k = this.c.feeStart[row] ?? 0, end = this.c.feeStart[row + 1] ?? 0; k < end; k++) {
      if (!(pairs & (1 << (this.c.feePair[k] ?? 0))) || !this.feeInEffect(row, k, f)) continue
      const fen = this.feeFenOf(row, k)
      if (best === null || fen < best) best = fen
    }
    return best
  }

  /** Whether a fee of the row on a capped pair is within its unit's cap (each cap for its own unit). */
  private withinFeeCaps(row: number, f: CompiledFilters): boolean {
    for (let k = this.c.feeStart[row] ?? 0, end = this.c.feeStart[row + 1] ?? 0; k < end; k++) {
      const pair = this.c.feePair[k] ?? 0
      if (f.cappedPairs & (1 << pair) && this.feeInEffect(row, k, f) && this.feeFenOf(row, k) <= (f.feeCaps[pair] ?? Infinity)) return true
    }
    return false
  }

  /** Day number of the newest fresh report of a free place for the chosen pairs; NO_DAY when there is none. */
  private freshVacancyDay(row: number, f: CompiledFilters): number {
    let newest = NO_DAY
    const start = this.c.vacancyStart[row] ?? 0
    for (let k = start, end = this.c.vacancyStart[row + 1] ?? 0; k < end; k++) {
      const pair = this.c.vacancyPair[k] ?? 0
      const day = this.dayOf(this.c.vacancyDay[k] ?? NO_DAY_CODE, row, 'vacancyDay', k - start)
      if (pair & 0x80 && day >= f.freshFrom && f.pairs & (1 << (pair & 0x7f)) && day > newest) newest = day
    }
    return newest
  }

  freshVacancyOn(row: number, f: CompiledFilters): string | null {
    const day = this.freshVacancyDay(row, f)
    return day === NO_DAY ? null : isoDate(day)
  }

  matches(row: number, f: CompiledFilters): boolean {
    const kinds = this.c.kinds[row] ?? 0
    // ALL means "not filtered", which also keeps rows that list no service type or age band at all.
    if (f.services !== ALL && !(kinds & f.services)) return false
    if (f.ages !== ALL && !((kinds >> 4) & f.ages)) return false
    const flags = this.c.flags[row] ?? 0
    if (f.affordableOnly && !(flags & AFFORDABLE)) return false
    if (f.demonstrationOnly && !(flags & DEMONSTRATION)) return false
    if (!(f.operators & (1 << (flags & 7)))) return false
    if (flags >> 5 > f.maxGradeRank) return false
    if (f.district !== -1 && this.c.district[row] !== f.district) return false
    if (f.cappedPairs !== 0 && !this.withinFeeCaps(row, f)) return false
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
      const distanceM = haversineBetween(origin.lat, origin.lng, this.c.lat[row] ?? 0, this.c.lng[row] ?? 0)
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
    return this.slice(this.c.textStart[2 * row] ?? 0, this.c.textStart[2 * row + 1] ?? 0)
  }

  address(row: number): string {
    return this.slice(this.c.textStart[2 * row + 1] ?? 0, this.c.textStart[2 * row + 2] ?? 0)
  }

  location(row: number): LatLng {
    return { lat: this.c.lat[row] ?? 0, lng: this.c.lng[row] ?? 0 }
  }

  gradeOf(row: number): Grade | null {
    return GRADES[(this.c.flags[row] ?? 0) >> 5] ?? null
  }

  /** What a result card shows of the row, beyond what the search itself works out (distance, fee, vacancy). */
  card(row: number): IndexCard {
    const kinds = this.c.kinds[row] ?? 0
    const flags = this.c.flags[row] ?? 0
    const evaluatedOn = this.dayOf(this.c.evaluatedOn[row] ?? NO_DAY_CODE, row, 'evaluatedOn', 0)
    return {
      id: this.ids[row] ?? '',
      districtCode: this.c.districtCodes[this.c.district[row] ?? 0] ?? '',
      name: this.name(row),
      address: this.address(row),
      location: this.location(row),
      operatorKind: OPERATOR_KINDS[flags & 7] ?? 'private',
      isAffordable: (flags & AFFORDABLE) !== 0,
      isDemonstration: (flags & DEMONSTRATION) !== 0,
      serviceTypes: (SERVICES_OF_MASK[kinds & 15] ?? []).slice(),
      ageBands: (AGES_OF_MASK[kinds >> 4] ?? []).slice(),
      latestGrade: this.gradeOf(row),
      latestEvaluatedOn: evaluatedOn === NO_DAY ? null : isoDate(evaluatedOn)
    }
  }

  /** Bytes held in typed arrays, id strings and exact rows (the last two estimated), for the memory budget. */
  get bytes(): number {
    const typed = Object.values(this.c).reduce((sum: number, column) => sum + (ArrayBuffer.isView(column) ? column.byteLength : 0), 0)
    const ids = this.ids.reduce((sum, id) => sum + 16 + id.length + 4, 0)
    const exact = [...this.c.exact.values()].reduce((sum, e) => sum + 128 + 8 * (3 * e.fen.length + e.vacancyDay.length), 0)
    return typed + this.tree.data.byteLength + ids + exact
  }

  private slice(from: number, to: number): string {
    // One call over the row's code units: a name or address is far below the argument-count limit, and
    // appending one character at a time was a third of a search's cost in building its result cards. `apply`
    // takes the typed array as it is (an array-like), where spreading it walks an iterator: six times slower.
    return String.fromCharCode.apply(null, this.c.text.subarray(from, to) as unknown as number[])
  }
}
