import type { InstitutionDetail, InstitutionSummary } from '../../domain/finder/institution-schema'
import type { SortKey } from '../../domain/finder/finder-enums'
import { compareKeys, decodeCursor, encodeCursor, gradeRank, sortTuple, type SortTuple } from '../../domain/finder/search-rules'
import type { SearchFilters, SearchOutput, SearchQuery } from '../../domain/finder/search-schema'
import type { Region } from '../../domain/regions/region-schema'
import { chinaDayNumber } from '../../domain/shared/clock'
import { DomainError } from '../../domain/shared/error-codes'
import { boundingBox, type LatLng } from '../../domain/shared/geo'
import type { Database, Queryable } from '../db/database'
import { cachedInstitution } from './institution-detail-cache'
import { districtCodesInUse, findInstitution, saveInstitutions } from './institution-repository'
import type { CompiledFilters, RegionIndex } from './region-index'
import { buildRegionIndexBehind, builtRegionSearchData, regionSearchDataInBox, type RegionSearchData } from './region-index-cache'

function searchOrigin(region: Region, query: SearchQuery): LatLng {
  if (query.origin) return query.origin
  if (query.districtCode) {
    const district = region.districts.find((d) => d.code === query.districtCode)
    if (!district) throw new DomainError('INVALID_INPUT', { field: 'districtCode' }, `district ${query.districtCode}`)
    return district.centre
  }
  return region.centre
}

function filtersOf(query: SearchQuery): SearchFilters {
  const { regionCode: _r, origin: _o, radiusM: _m, sort: _s, cursor: _c, pageSize: _p, ...filters } = query
  return filters
}

interface Ranked {
  row: number
  distanceM: number
  /** The sort's first number: 0 by distance, the grade's rank, or the fee (none sorts last). */
  primary: number
}

const NO_FEE = Number.MAX_SAFE_INTEGER

/** The price a card shows in its own unit: monthly (already looked up for the card) first, else per hour, else per day. */
function shownFee(index: RegionIndex, row: number, filters: CompiledFilters, monthlyFen: number | null): InstitutionSummary['fee'] {
  if (monthlyFen !== null) return { amountFen: monthlyFen, unit: 'month' }
  for (const unit of ['hour', 'day'] as const) {
    const amountFen = index.lowestFeeOf(row, filters, unit)
    if (amountFen !== null) return { amountFen, unit }
  }
  return null
}

function summarise(r: Ranked, data: RegionSearchData, filters: CompiledFilters): InstitutionSummary {
  const { index, region, districtNames } = data
  const card = index.card(r.row)
  const vacancyOn = index.freshVacancyOn(r.row, filters)
  const monthlyFen = index.lowestFeeOf(r.row, filters, 'month')
  return {
    id: card.id,
    name: card.name,
    regionCode: region.code,
    districtCode: card.districtCode,
    districtName: districtNames.get(card.districtCode) ?? card.districtCode,
    address: card.address,
    location: card.location,
    distanceM: Math.round(r.distanceM),
    operatorKind: card.operatorKind,
    isAffordable: card.isAffordable,
    isDemonstration: card.isDemonstration,
    serviceTypes: card.serviceTypes,
    ageBands: card.ageBands,
    latestGrade: card.latestGrade,
    latestEvaluatedOn: card.latestEvaluatedOn,
    hasVacancy: vacancyOn !== null,
    vacancyReportedOn: vacancyOn,
    monthlyFeeFen: monthlyFen,
    fee: shownFee(index, r.row, filters, monthlyFen),
    isSample: region.isSample
  }
}

function rank(index: RegionIndex, sort: SortKey, origin: LatLng, radiusM: number, filters: CompiledFilters): Ranked[] {
  const hits = index.within(origin, radiusM, filters)
  const ranked: Ranked[] = new Array(hits.length)
  for (let i = 0; i < hits.length; i++) {
    const { row, distanceM } = hits[i] as { row: number; distanceM: number }
    const primary = sort === 'grade' ? gradeRank(index.gradeOf(row)) : sort === 'fee' ? (index.lowestFeeOf(row, filters, 'month') ?? NO_FEE) : 0
    ranked[i] = { row, distanceM, primary }
  }
  // The order of sortTuple + compareKeys in plain numbers; rows are in id order, so the row number is the id
  // tie-break. Cursors still go through sortTuple and compareKeys, so both meet in the paging property test.
  return ranked.sort((a, b) => a.primary - b.primary || a.distanceM - b.distanceM || a.row - b.row)
}

const keyOf = (sort: SortKey, r: Ranked, index: RegionIndex): { key: SortTuple; id: string } => ({
  key: sortTuple(sort, r.distanceM, sort === 'grade' ? index.gradeOf(r.row) : null, sort === 'fee' ? r.primary : null),
  id: index.ids[r.row] ?? ''
})

/**
 * Nearby search, answered from the region's in-memory index (from the database until this process has one,
 * see below): a bounding box narrows to the radius, the exact haversine distance cuts it, the compiled
 * filters test each row, and the rows are ordered by the chosen sort with distance and id as tie-breaks,
 * then cut after the cursor. Only the page's rows become result cards.
 */
export async function searchInstitutions(db: Database, query: SearchQuery, now: Date): Promise<SearchOutput> {
  const built = builtRegionSearchData(db, query.regionCode)
  if (built) return answerFrom(await built, query, now)
  // A process without this region's index (a cloud function's cold instance, a server just started) answers
  // from the database and builds the index behind that answer, for the searches after it. Measured at 5k
  // institutions in a region (BENCH_ONLY=coldsearch, medians of 3 runs on 2 shared cores at load 9–11): a
  // cold first search took 18 ms from PostgreSQL 15 against 368 ms to build the index and search it
  // (embedded database, one run: 17 against 604 ms); warm, the index answers in 0.16 ms against 12 ms from
  // the database, so warm searches stay on the index, whose build has repaid itself after about 30 searches.
  const answer = await searchFromDatabase(db, query, now)
  buildRegionIndexBehind(db, query.regionCode)
  return answer
}

/**
 * The same search answered without the region's index: the rows in its bounding box, read through the
 * (region, lat, lng) btree, then the same distance cut, filters, order and cursor as the index applies.
 */
export async function searchFromDatabase(db: Database, query: SearchQuery, now: Date): Promise<SearchOutput> {
  const { origin, radiusM } = query
  const box = origin ? boundingBox(origin, radiusM) : (region: Region) => boundingBox(searchOrigin(region, query), radiusM)
  const data = await regionSearchDataInBox(db, query.regionCode, box)
  return answerFrom(data, query, now)
}

/** The search answered from `data`: the region's whole index, or one of just the rows in the search's box. */
function answerFrom(data: RegionSearchData, query: SearchQuery, now: Date): SearchOutput {
  const { index } = data
  const origin = searchOrigin(data.region, query)
  const after = query.cursor === undefined ? null : decodeCursor(query.cursor, query.sort)
  if (query.cursor !== undefined && after === null) {
    throw new DomainError('INVALID_INPUT', { field: 'cursor' }, 'cursor does not match this sort')
  }
  const filters = index.compile(filtersOf(query), chinaDayNumber(now))
  const ranked = rank(index, query.sort, origin, query.radiusM, filters)
  const start = after === null ? 0 : ranked.findIndex((r) => compareKeys(keyOf(query.sort, r, index), after) > 0)
  const page = start < 0 ? [] : ranked.slice(start, start + query.pageSize)
  const last = page[page.length - 1]
  const more = start >= 0 && start + page.length < ranked.length
  const lastKey = more && last ? keyOf(query.sort, last, index) : null
  return {
    items: page.map((r) => summarise(r, data, filters)),
    nextCursor: lastKey ? encodeCursor(query.sort, lastKey.key, lastKey.id) : null,
    total: ranked.length,
    origin,
    radiusM: query.radiusM
  }
}

/** An institution's record, or null: how other contexts (complaints about a filed institution) read one. */
export function institutionById(q: Queryable, id: string): Promise<InstitutionDetail | null> {
  return findInstitution(q, id)
}

/** Districts with institutions: how the regions context keeps an operator from removing one still in use. */
export function districtsWithInstitutions(q: Queryable, regionCode: string): Promise<string[]> {
  return districtCodesInUse(q, regionCode)
}

export async function getInstitution(db: Database, id: string): Promise<InstitutionDetail> {
  const found = await cachedInstitution(db, id)
  if (!found) throw new DomainError('NOT_FOUND', { what: 'institution' }, `institution ${id}`)
  return found
}

/**
 * How the registry writes institutions it files or changes: whole records, in the caller's transaction, each
 * taking its region's next version so every process's search index and page cache see the write.
 */
export function storeInstitutions(q: Queryable, institutions: readonly InstitutionDetail[]): Promise<void> {
  return saveInstitutions(q, institutions)
}
