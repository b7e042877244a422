import type { InstitutionDetail, InstitutionSummary } from '../../domain/finder/institution-schema'
import { compareKeys, decodeCursor, encodeCursor, sortTuple, type SortTuple } from '../../domain/finder/search-rules'
import type { SearchFilters, SearchOutput, SearchQuery } from '../../domain/finder/search-schema'
import type { Region } from '../../domain/regions/region-schema'
import { chinaDayNumber } from '../../domain/shared/clock'
import { DomainError } from '../../domain/shared/error-codes'
import type { LatLng } from '../../domain/shared/geo'
import type { Database } from '../db/database'
import { findInstitution } from './institution-repository'
import type { CompiledFilters, RegionIndex } from './region-index'
import { regionSearchData, type RegionSearchData } from './region-index-cache'

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
  id: string
  distanceM: number
  key: SortTuple
  feeFen: number | null
}

function summarise(r: Ranked, data: RegionSearchData, filters: CompiledFilters): InstitutionSummary {
  const { index, region, districtNames } = data
  const facts = index.facts(r.row, region.code)
  const vacancyOn = index.freshVacancyOn(r.row, filters)
  return {
    id: r.id,
    name: facts.name,
    regionCode: region.code,
    districtCode: facts.districtCode,
    districtName: districtNames.get(facts.districtCode) ?? facts.districtCode,
    address: facts.address,
    location: facts.location,
    distanceM: Math.round(r.distanceM),
    operatorKind: facts.operatorKind,
    isAffordable: facts.isAffordable,
    isDemonstration: facts.isDemonstration,
    serviceTypes: facts.serviceTypes,
    ageBands: facts.ageBands,
    latestGrade: facts.latestGrade,
    latestEvaluatedOn: facts.latestEvaluatedOn,
    hasVacancy: vacancyOn !== null,
    vacancyReportedOn: vacancyOn,
    monthlyFeeFen: r.feeFen,
    isSample: region.isSample
  }
}

function rank(index: RegionIndex, query: SearchQuery, origin: LatLng, filters: CompiledFilters): Ranked[] {
  return index.within(origin, query.radiusM, filters).map(({ row, distanceM }) => {
    const feeFen = query.sort === 'fee' ? index.monthlyFeeOf(row, filters) : null
    const key = sortTuple(query.sort, distanceM, query.sort === 'grade' ? index.gradeOf(row) : null, feeFen)
    return { row, id: index.ids[row] ?? '', distanceM, key, feeFen }
  })
}

/**
 * Nearby search, answered from the region's in-memory index: a bounding box narrows to the radius, the exact
 * haversine distance cuts it, the compiled filters test each row, and the rows are ordered by the chosen sort
 * with distance and id as tie-breaks, then cut after
 * the cursor. Only the page's rows are turned into result cards.
 */
export async function searchInstitutions(db: Database, query: SearchQuery, now: Date): Promise<SearchOutput> {
  const data = await regionSearchData(db, query.regionCode)
  const origin = searchOrigin(data.region, query)
  const after = query.cursor === undefined ? null : decodeCursor(query.cursor, query.sort)
  if (query.cursor !== undefined && after === null) {
    throw new DomainError('INVALID_INPUT', { field: 'cursor' }, 'cursor does not match this sort')
  }
  const filters = data.index.compile(filtersOf(query), chinaDayNumber(now))
  const ranked = rank(data.index, query, origin, filters)
  ranked.sort(compareKeys)
  const start = after === null ? 0 : ranked.findIndex((r) => compareKeys(r, after) > 0)
  const page = start < 0 ? [] : ranked.slice(start, start + query.pageSize)
  const last = page[page.length - 1]
  const more = start >= 0 && start + page.length < ranked.length
  const withFees = query.sort === 'fee' ? page : page.map((r) => ({ ...r, feeFen: data.index.monthlyFeeOf(r.row, filters) }))
  return {
    items: withFees.map((r) => summarise(r, data, filters)),
    nextCursor: more && last ? encodeCursor(query.sort, last.key, last.id) : null,
    total: ranked.length,
    origin,
    radiusM: query.radiusM
  }
}

export async function getInstitution(db: Database, id: string): Promise<InstitutionDetail> {
  const found = await findInstitution(db, id)
  if (!found) throw new DomainError('NOT_FOUND', { what: 'institution' }, `institution ${id}`)
  return found
}
