import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import type { AgeBand, Grade, OperatorKind, ServiceType, SortKey } from '../domain/finder/finder-enums'
import type { InstitutionSummary } from '../domain/finder/institution-schema'
import { SEARCH_RADIUS_M } from '../domain/finder/search-limits'
import type { SearchInput } from '../domain/finder/search-schema'
import type { SavedSearchFilters } from '../domain/following/following-schema'
import { haversineMetres, type LatLng } from '../domain/shared/geo'
import type { Region } from '../domain/regions/region-schema'
import { t } from '../i18n/translate'
import { call } from '../services/api-client'
import { ApiError, toApiError } from '../services/api-error'
import { locateFamily } from '../services/location-service'
import { useRegionStore } from './region-store'
import { taroStorage } from './taro-storage'

export interface FinderFilters {
  serviceTypes: ServiceType[]
  ageBands: AgeBand[]
  affordableOnly: boolean
  demonstrationOnly: boolean
  operatorKinds: OperatorKind[]
  minGrade: Grade | null
  /** Fee ceilings, each for the care charged in its unit. */
  maxMonthlyFeeFen: number | null
  maxHourlyFeeFen: number | null
  maxDailyFeeFen: number | null
  hasVacancy: boolean
  keyword: string
  radiusM: number
}

export const DEFAULT_FILTERS: FinderFilters = {
  serviceTypes: [],
  ageBands: [],
  affordableOnly: false,
  demonstrationOnly: false,
  operatorKinds: [],
  minGrade: null,
  maxMonthlyFeeFen: null,
  maxHourlyFeeFen: null,
  maxDailyFeeFen: null,
  hasVacancy: false,
  keyword: '',
  radiusM: SEARCH_RADIUS_M.default
}

/** Where distances are measured from: the family's own position, a place they picked, or the area's centre. */
type OriginSource = 'gps' | 'picked' | 'area'

/** Why the search is not from the family's position, when they asked for it. */
type LocationNotice = 'denied' | 'unavailable' | 'outside' | null

/** A GPS fix this far from every district centre of every region is outside the area we cover. */
const COVERED_WITHIN_M = 50_000

interface FinderState {
  regionCode: string | null
  districtCode: string | null
  origin: LatLng | null
  originSource: OriginSource
  /** What the picked place is called (a district, street, institution or the map's address), to name it on screen. */
  pickedName: string | null
  /** The saved search the parent opened, named in the results header until they change the search. */
  savedSearchName: string | null
  locating: boolean
  locationNotice: LocationNotice
  filters: FinderFilters
  sort: SortKey
  results: InstitutionSummary[]
  /** The point the server measured distances from (the family, or the area's centre). */
  searchOrigin: LatLng | null
  total: number
  nextCursor: string | null
  status: 'idle' | 'loading' | 'ready' | 'error'
  loadingMore: boolean
  error: ApiError | null
  loadMoreError: ApiError | null
  /** Loads the regions, settles on one (the saved one, else the first) and runs the first search. */
  start(): Promise<void>
  selectRegion(code: string): Promise<void>
  selectDistrict(code: string | null): Promise<void>
  locateMe(): Promise<void>
  /**
   * Searches around a place the parent picked (GCJ-02): in `regionCode` when the place came from that region's
   * list, else in the region the point falls in (a point picked on WeChat's map).
   */
  searchFrom(place: { point: LatLng; name: string; regionCode?: string }): Promise<void>
  applyFilters(filters: FinderFilters, districtCode: string | null): Promise<void>
  /** Runs a saved search again: its region, district and filters, measured from the point it was saved with. */
  openSavedSearch(search: { name: string; filters: SavedSearchFilters }): Promise<void>
  /** Drops one filter, as the empty state offers. */
  relax(change: Partial<FinderFilters>): Promise<void>
  setSort(sort: SortKey): Promise<void>
  search(): Promise<void>
  loadMore(): Promise<void>
}

/** The `finder.search` input for the current choices, leaving out every filter that is not set. */
function buildSearchInput(state: Pick<FinderState, 'regionCode' | 'districtCode' | 'origin' | 'originSource' | 'filters' | 'sort'>, cursor?: string): SearchInput {
  const { filters } = state
  const input: SearchInput = { regionCode: state.regionCode ?? '', radiusM: filters.radiusM, sort: state.sort }
  if (state.originSource !== 'area' && state.origin) input.origin = state.origin
  if (state.districtCode) input.districtCode = state.districtCode
  if (filters.serviceTypes.length > 0) input.serviceTypes = filters.serviceTypes
  if (filters.ageBands.length > 0) input.ageBands = filters.ageBands
  if (filters.affordableOnly) input.affordableOnly = true
  if (filters.demonstrationOnly) input.demonstrationOnly = true
  if (filters.operatorKinds.length > 0) input.operatorKinds = filters.operatorKinds
  if (filters.minGrade) input.minGrade = filters.minGrade
  if (filters.maxMonthlyFeeFen !== null) input.maxMonthlyFeeFen = filters.maxMonthlyFeeFen
  if (filters.maxHourlyFeeFen !== null) input.maxHourlyFeeFen = filters.maxHourlyFeeFen
  if (filters.maxDailyFeeFen !== null) input.maxDailyFeeFen = filters.maxDailyFeeFen
  if (filters.hasVacancy) input.hasVacancy = true
  const keyword = filters.keyword.trim()
  if (keyword) input.keyword = keyword
  if (cursor) input.cursor = cursor
  return input
}

/**
 * The current search as a saved search keeps it: its filters without order or paging, measured from the point
 * the last search was measured from. Null until a search has answered.
 */
export function savedSearchFilters(): SavedSearchFilters | null {
  const state = useFinderStore.getState()
  if (!state.regionCode || !state.searchOrigin) return null
  const input: Partial<SearchInput> = buildSearchInput(state)
  delete input.sort
  delete input.cursor
  return { ...input, radiusM: state.filters.radiusM, regionCode: state.regionCode, origin: state.searchOrigin }
}

/** The finder's filters for a saved search's: what it does not set is the default. */
function filtersOfSaved(saved: SavedSearchFilters): FinderFilters {
  return {
    serviceTypes: saved.serviceTypes ?? [],
    ageBands: saved.ageBands ?? [],
    affordableOnly: saved.affordableOnly ?? false,
    demonstrationOnly: saved.demonstrationOnly ?? false,
    operatorKinds: saved.operatorKinds ?? [],
    minGrade: saved.minGrade ?? null,
    maxMonthlyFeeFen: saved.maxMonthlyFeeFen ?? null,
    maxHourlyFeeFen: saved.maxHourlyFeeFen ?? null,
    maxDailyFeeFen: saved.maxDailyFeeFen ?? null,
    hasVacancy: saved.hasVacancy ?? false,
    keyword: saved.keyword ?? '',
    radiusM: saved.radiusM
  }
}

/** The region a GPS fix falls in, judged by its nearest region or district centre. */
function regionContaining(point: LatLng, regions: readonly Region[]): Region | null {
  let best: { region: Region; metres: number } | null = null
  for (const region of regions) {
    for (const centre of [region.centre, ...region.districts.map((d) => d.centre)]) {
      const metres = haversineMetres(point, centre)
      if (!best || metres < best.metres) best = { region, metres }
    }
  }
  return best && best.metres <= COVERED_WITHIN_M ? best.region : null
}

const networkError = () => new ApiError('NETWORK', t('errors.NETWORK'))

const createFinderStore = () => {
  // Each search bumps this; an answer to an older search arrives too late to matter and is dropped.
  let searchSeq = 0
  return create<FinderState>()(
    persist(
      (set, get) => {
        /** Searches around `point` in the region it falls in; outside every region, from the area's centre. */
        const searchAround = async (point: LatLng, source: 'gps' | 'picked', name: string | null) => {
          const regionStore = useRegionStore.getState()
          let regions: Region[] = []
          try {
            const summaries = await regionStore.loadRegions()
            regions = await Promise.all(summaries.map((s) => regionStore.loadRegion(s.code)))
          } catch (error) {
            set({ locating: false, status: 'error', error: toApiError(error, networkError) })
            return
          }
          const region = regionContaining(point, regions)
          if (!region) {
            set({ locating: false, locationNotice: 'outside', originSource: 'area', origin: null, savedSearchName: null })
          } else {
            set({ locating: false, regionCode: region.code, districtCode: null, originSource: source, origin: point, pickedName: name, savedSearchName: null })
          }
          await get().search()
        }
        return {
          regionCode: null,
          districtCode: null,
          origin: null,
          originSource: 'area',
          pickedName: null,
          savedSearchName: null,
          locating: false,
          locationNotice: null,
          filters: DEFAULT_FILTERS,
          sort: 'distance',
          results: [],
          searchOrigin: null,
          total: 0,
          nextCursor: null,
          status: 'idle',
          loadingMore: false,
          error: null,
          loadMoreError: null,

          async start() {
            set({ status: 'loading', error: null })
            let regions
            try {
              regions = await useRegionStore.getState().loadRegions()
            } catch (error) {
              set({ status: 'error', error: toApiError(error, networkError) })
              return
            }
            const saved = get().regionCode
            const known = regions.some((r) => r.code === saved)
            if (!known) set({ regionCode: regions[0]?.code ?? null, districtCode: null })
            const regionCode = get().regionCode
            if (regionCode) useRegionStore.getState().loadRegion(regionCode).catch(() => undefined)
            await get().search()
          },

          async selectRegion(code) {
            set({ regionCode: code, districtCode: null, originSource: 'area', origin: null, locationNotice: null, savedSearchName: null })
            useRegionStore.getState().loadRegion(code).catch(() => undefined)
            await get().search()
          },

          async selectDistrict(code) {
            set({ districtCode: code, originSource: 'area', origin: null, locationNotice: null, savedSearchName: null })
            await get().search()
          },

          async locateMe() {
            set({ locating: true, locationNotice: null })
            const located = await locateFamily()
            if (located.status !== 'located') {
              set({ locating: false, locationNotice: located.status, originSource: 'area', origin: null, savedSearchName: null })
              await get().search()
              return
            }
            await searchAround(located.point, 'gps', null)
          },

          async searchFrom(place) {
            if (place.regionCode) {
              set({ regionCode: place.regionCode, districtCode: null, originSource: 'picked', origin: place.point, pickedName: place.name, locationNotice: null, savedSearchName: null })
              await get().search()
              return
            }
            set({ locating: true, locationNotice: null })
            await searchAround(place.point, 'picked', place.name)
          },

          async applyFilters(filters, districtCode) {
            const districtChanged = districtCode !== get().districtCode
            set({ filters, districtCode, savedSearchName: null, ...(districtChanged ? { originSource: 'area' as const, origin: null } : {}) })
            await get().search()
          },

          async openSavedSearch({ name, filters }) {
            set({
              regionCode: filters.regionCode,
              districtCode: filters.districtCode ?? null,
              filters: filtersOfSaved(filters),
              // The saved point, not the area's centre today: "3 km" means the same place it meant when saved.
              originSource: 'picked',
              origin: filters.origin,
              pickedName: name,
              savedSearchName: name,
              locationNotice: null
            })
            useRegionStore.getState().loadRegion(filters.regionCode).catch(() => undefined)
            await get().search()
          },

          async relax(change) {
            set({ filters: { ...get().filters, ...change }, savedSearchName: null })
            await get().search()
          },

          async setSort(sort) {
            if (sort === get().sort) return
            set({ sort })
            await get().search()
          },

          async search() {
            const seq = ++searchSeq
            set({ status: 'loading', error: null, loadMoreError: null, loadingMore: false, results: [], nextCursor: null, total: 0 })
            if (!get().regionCode) {
              set({ status: 'error', error: new ApiError('NOT_FOUND', t('finder.noRegions')) })
              return
            }
            try {
              const page = await call('finder', 'search', buildSearchInput(get()))
              if (seq !== searchSeq) return
              set({ status: 'ready', results: page.items, nextCursor: page.nextCursor, total: page.total, searchOrigin: page.origin })
            } catch (error) {
              if (seq !== searchSeq) return
              set({ status: 'error', error: toApiError(error, networkError) })
            }
          },

          async loadMore() {
            const { nextCursor, status, loadingMore } = get()
            if (!nextCursor || status !== 'ready' || loadingMore) return
            const seq = searchSeq
            set({ loadingMore: true, loadMoreError: null })
            try {
              const page = await call('finder', 'search', buildSearchInput(get(), nextCursor))
              if (seq !== searchSeq) return
              const seen = new Set(get().results.map((r) => r.id))
              set({
                loadingMore: false,
                results: [...get().results, ...page.items.filter((r) => !seen.has(r.id))],
                nextCursor: page.nextCursor,
                total: page.total
              })
            } catch (error) {
              if (seq !== searchSeq) return
              set({ loadingMore: false, loadMoreError: toApiError(error, networkError) })
            }
          }
        }
      },
      {
        name: 'tuoyu.finder',
        storage: createJSONStorage(() => taroStorage),
        // The place is worth remembering between visits; filters are not, so a returning parent never
        // wonders why the list is short.
        partialize: ({ regionCode, districtCode }) => ({ regionCode, districtCode })
      }
    )
  )
}

export const useFinderStore = createFinderStore()

/** How many filter dimensions differ from the defaults, for the 筛选（n） label. */
export function countActiveFilters(filters: FinderFilters, districtCode: string | null): number {
  const d = DEFAULT_FILTERS
  return [
    filters.serviceTypes.length > 0,
    filters.ageBands.length > 0,
    filters.affordableOnly,
    filters.demonstrationOnly,
    filters.operatorKinds.length > 0,
    filters.minGrade !== d.minGrade,
    filters.maxMonthlyFeeFen !== d.maxMonthlyFeeFen || filters.maxHourlyFeeFen !== d.maxHourlyFeeFen || filters.maxDailyFeeFen !== d.maxDailyFeeFen,
    filters.hasVacancy,
    filters.keyword.trim() !== '',
    filters.radiusM !== d.radiusM,
    districtCode !== null
  ].filter(Boolean).length
}
