import type { InstitutionDetail, InstitutionSummary } from '../../domain/finder/institution-schema'
import {
  compareKeys,
  decodeCursor,
  encodeCursor,
  freshVacancyOn,
  matchesFilters,
  monthlyFeeFor,
  sortTuple,
  type SortTuple
} from '../../domain/finder/search-rules'
import type { SearchFilters, SearchOutput, SearchQuery } from '../../domain/finder/search-schema'
import type { Region } from '../../domain/regions/region-schema'
import { todayInChina } from '../../domain/shared/clock'
import { DomainError } from '../../domain/shared/error-codes'
import type { LatLng } from '../../domain/shared/geo'
import type { Database, Queryable } from '../db/database'
import { regionByCode } from '../regions/regions-service'
import { finderDataVersion, findInstitution, listRegionInstitutions } from './institution-repository'
import { NearbyIndex, type NearbyHit } from './nearby-index'

interface CachedIndex {
  version: number
  index: NearbyIndex
}

// One index per region per open database, rebuilt when the data version moves. Keyed by the Database
// object so tests with their own databases never see each other's rows.
const indexes = new WeakMap<Database, Map<string, CachedIndex>>()

async function nearbyIndexFor(db: Database, regionCode: string): Promise<NearbyIndex> {
  const version = await finderDataVersion(db)
  let perRegion = indexes.get(db)
  if (!perRegion) {
    perRegion = new Map()
    indexes.set(db, perRegion)
  }
  const cached = perRegion.get(regionCode)
  if (cached && cached.version === version) return cached.index
  const index = new NearbyIndex(await listRegionInstitutions(db, regionCode))
  perRegion.set(regionCode, { version, index })
  return index
}

async function regionOrFail(db: Database, code: string): Promise<Region> {
  const region = await regionByCode(db, code)
  if (!region) throw new DomainError('NOT_FOUND', { what: 'region' }, `region ${code}`)
  return region
}

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
  hit: NearbyHit
  key: SortTuple
  feeFen: number | null
  vacancyOn: string | null
}

function summarise({ hit, feeFen, vacancyOn }: Ranked, region: Region): InstitutionSummary {
  const { item } = hit
  return {
    id: item.id,
    name: item.name,
    regionCode: item.regionCode,
    districtCode: item.districtCode,
    districtName: region.districts.find((d) => d.code === item.districtCode)?.name ?? item.districtCode,
    address: item.address,
    location: item.location,
    distanceM: Math.round(hit.distanceM),
    operatorKind: item.operatorKind,
    isAffordable: item.isAffordable,
    isDemonstration: item.isDemonstration,
    serviceTypes: item.serviceTypes,
    ageBands: item.ageBands,
    latestGrade: item.latestGrade,
    latestEvaluatedOn: hit.latestEvaluatedOn,
    hasVacancy: vacancyOn !== null,
    vacancyReportedOn: vacancyOn,
    monthlyFeeFen: feeFen,
    isSample: region.isSample
  }
}

/**
 * Nearby search: the kd-tree narrows to the radius, the domain rules filter, and the rows are ordered by
 * the chosen sort with exact haversine distance and id as tie-breaks, then cut after the cursor.
 */
export async function searchInstitutions(db: Database, query: SearchQuery, now: Date): Promise<SearchOutput> {
  const region = await regionOrFail(db, query.regionCode)
  const origin = searchOrigin(region, query)
  const after = query.cursor === undefined ? null : decodeCursor(query.cursor, query.sort)
  if (query.cursor !== undefined && after === null) {
    throw new DomainError('INVALID_INPUT', { field: 'cursor' }, 'cursor does not match this sort')
  }
  const filters = filtersOf(query)
  const today = todayInChina(now)
  const index = await nearbyIndexFor(db, region.code)
  const ranked: Ranked[] = index
    .within(origin, query.radiusM, (item) => matchesFilters(item, filters, today))
    .map((hit) => {
      const feeFen = monthlyFeeFor(hit.item, filters)
      return {
        hit,
        feeFen,
        vacancyOn: freshVacancyOn(hit.item, filters, today),
        key: sortTuple(query.sort, hit.distanceM, hit.item.latestGrade, feeFen)
      }
    })
  const byKey = (r: Ranked) => ({ key: r.key, id: r.hit.item.id })
  ranked.sort((a, b) => compareKeys(byKey(a), byKey(b)))
  const start = after === null ? 0 : ranked.findIndex((r) => compareKeys(byKey(r), after) > 0)
  const page = start < 0 ? [] : ranked.slice(start, start + query.pageSize)
  const last = page[page.length - 1]
  const more = start >= 0 && start + page.length < ranked.length
  return {
    items: page.map((r) => summarise(r, region)),
    nextCursor: more && last ? encodeCursor(query.sort, last.key, last.hit.item.id) : null,
    total: ranked.length,
    origin,
    radiusM: query.radiusM
  }
}

/** An institution's record, or null: how other contexts (complaints about a filed institution) read one. */
export function institutionById(q: Queryable, id: string): Promise<InstitutionDetail | null> {
  return findInstitution(q, id)
}

export async function getInstitution(db: Database, id: string): Promise<InstitutionDetail> {
  const found = await findInstitution(db, id)
  if (!found) throw new DomainError('NOT_FOUND', { what: 'institution' }, `institution ${id}`)
  return found
}
