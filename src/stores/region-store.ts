import { create } from 'zustand'
import type { Region, RegionSummary } from '../domain/regions/region-schema'
import { call } from '../services/api-client'

/** Regions change rarely; one fetch per app launch is plenty, and pages share it. */
export interface RegionState {
  regions: RegionSummary[]
  byCode: Record<string, Region>
  loadRegions(): Promise<RegionSummary[]>
  loadRegion(code: string): Promise<Region>
}

export const createRegionStore = () => {
  const pending = new Map<string, Promise<Region>>()
  let pendingList: Promise<RegionSummary[]> | null = null
  return create<RegionState>()((set, get) => ({
    regions: [],
    byCode: {},
    loadRegions() {
      if (get().regions.length > 0) return Promise.resolve(get().regions)
      if (pendingList) return pendingList
      pendingList = call('regions', 'list', {})
        .then((regions) => {
          set({ regions })
          return regions
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
