import { create } from 'zustand'
import type { Region, RegionSummary } from '../domain/regions/region-schema'
import { t } from '../i18n/translate'
import { call } from '../services/api-client'
import { ApiError, toApiError } from '../services/api-error'

/** Regions change rarely; one fetch per app launch is plenty, and pages share it. */
export interface RegionState {
  regions: RegionSummary[]
  listStatus: 'idle' | 'loading' | 'ready' | 'error'
  listError: ApiError | null
  byCode: Record<string, Region>
  loadRegions(): Promise<RegionSummary[]>
  loadRegion(code: string): Promise<Region>
}

const networkError = () => new ApiError('NETWORK', t('errors.NETWORK'))

export const createRegionStore = () => {
  const pending = new Map<string, Promise<Region>>()
  let pendingList: Promise<RegionSummary[]> | null = null
  return create<RegionState>()((set, get) => ({
    regions: [],
    listStatus: 'idle',
    listError: null,
    byCode: {},
    loadRegions() {
      if (get().listStatus === 'ready') return Promise.resolve(get().regions)
      if (pendingList) return pendingList
      set({ listStatus: 'loading', listError: null })
      pendingList = call('regions', 'list', {})
        .then((regions) => {
          set({ regions, listStatus: 'ready' })
          return regions
        })
        .catch((error: unknown) => {
          set({ listStatus: 'error', listError: toApiError(error, networkError) })
          throw error
        })
        .finally(() => {
          pendingList = null
        })
      return pendingList
    },
    loadRegion(code) {
      const cached = get().byCode[code]
      if (cached) return Promise.resolve(cached)
      const inFlight = pending.get(code)
      if (inFlight) return inFlight
      const request = call('regions', 'get', { code })
        .then((region) => {
          set({ byCode: { ...get().byCode, [code]: region } })
          return region
        })
        .finally(() => pending.delete(code))
      pending.set(code, request)
      return request
    }
  }))
}

export const useRegionStore = createRegionStore()
