import { useState } from 'react'
import type { RegionSummary } from '../../domain/regions/region-schema'
import { useFinderStore } from '../../stores/finder-store'
import { useRegions } from '../shared/use-regions'

export interface GuidanceRegion {
  regions: RegionSummary[]
  regionCode: string | null
  failed: boolean
  choose(code: string): void
  retry(): void
}

/**
 * The region guidance pages show: the one the family chose in the finder, else the first; a page may switch
 * locally (reading another city's policy) without moving the finder's search. A link may name the region to
 * open on (`initial`), e.g. a shared statistics page.
 */
export function useGuidanceRegion(initial: string | null = null): GuidanceRegion {
  const finderRegion = useFinderStore((s) => s.regionCode)
  const { regions, error, retry } = useRegions()
  const [chosen, setChosen] = useState<string | null>(initial)
  const known = (code: string | null) => (code && regions.some((r) => r.code === code) ? code : null)
  const regionCode = known(chosen) ?? known(finderRegion) ?? regions[0]?.code ?? null
  return { regions, regionCode, failed: error !== null, choose: setChosen, retry }
}
