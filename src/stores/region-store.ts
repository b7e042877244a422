import { create } from 'zustand'
import type { Region, RegionSummary } from '../domain/regions/region-schema'
import { call } from '../services/api-client'
import { keptLoader } from '../components/shared/queries'

/** Regions change rarely; one fetch per app launch is plenty, and pages share it. */
interface RegionState {
  regions: RegionSummary[]
  byCode: Record<string, Region>
  loadRegions(): Promise<RegionSummary[]>
  loadRegion(code: string): Promise<Region>
}

const createRegionStore = () => {
  let pendingList: Promise<RegionSummary[]> | null = null
  return create<RegionState>()((set, get) => {
    const loadRegion = keptLoader(
      (code) => get().byCode[code],
      (code) => call('regions', 'get', { code }),
      (code, region: Region) => set({ byCode: { ...get().byCode, [code]: region } })
    )
    return {
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
      loadRegion: (code) => loadRegion(code)
    }
  })
}

export const useRegionStore = createRegionStore()
