import { useRef } from 'react'
import type { InstitutionDetail } from '../../domain/finder/institution-schema'
import type { Region } from '../../domain/regions/region-schema'
import type { ApiError } from '../../services/api-error'
import { useInstitutionStore } from '../../stores/institution-store'
import { useRegionStore } from '../../stores/region-store'
import { errorMessage, useQuery } from '../shared/queries'

/**
 * One institution's detail, read through the visit's kept institutions: one already opened shows at once (no
 * loading flash when coming back from compare), and `refresh` asks the server again (pull-down). The kept copy
 * is only the first answer; after that the screen shows what the query settled, so it changes once per load.
 */
export function useInstitution(id: string) {
  const kept = id ? useInstitutionStore.getState().byId[id] : undefined
  // A pull-down must bypass the kept copy; a plain reload (retry after a failure) need not.
  const refreshing = useRef(false)
  const query = useQuery(id ? `institution:${id}` : null, () => {
    const refresh = refreshing.current
    refreshing.current = false
    return useInstitutionStore.getState().load(id, { refresh })
  })
  const refresh = () => {
    refreshing.current = true
    return query.reload()
  }
  return { data: query.data ?? kept, error: query.error, loading: query.loading, reload: query.reload, refresh }
}

/**
 * A region's rules (subsidy, ratios), read once per visit. A failure shows as no region: what needs it (the cost
 * after subsidy) waits, everything else reads without it.
 */
export function useRegion(code: string | undefined): Region | null {
  const kept = code ? useRegionStore.getState().byCode[code] : undefined
  const query = useQuery(code ? `region:${code}` : null, () => useRegionStore.getState().loadRegion(code ?? ''))
  return query.data ?? kept ?? null
}

interface ComparedInstitution {
  id: string
  detail: InstitutionDetail | undefined
  region: Region | null
  error: ApiError | undefined
}

/**
 * The institutions chosen for comparison, each with its region: one that fails to load keeps its error beside
 * the others, and `reload` retries. Loaded on open and whenever the list changes (one added on a detail page,
 * or removed on the compare page); kept ones show at once, so removing a column does not flash the page.
 */
export function useComparedInstitutions(ids: string[]) {
  const byId = useInstitutionStore((s) => s.byId)
  const regions = useRegionStore((s) => s.byCode)
  const query = useQuery(ids.length > 0 ? `compare:${ids.join(',')}` : null, async () => {
    const results = await Promise.allSettled(ids.map((id) => useInstitutionStore.getState().load(id)))
    const failed: Record<string, ApiError> = {}
    const regionCodes = new Set<string>()
    results.forEach((result, index) => {
      const id = ids[index]
      if (id === undefined) return
      if (result.status === 'fulfilled') regionCodes.add(result.value.regionCode)
      else failed[id] = errorMessage(result.reason)
    })
    await Promise.allSettled([...regionCodes].map((code) => useRegionStore.getState().loadRegion(code)))
    return failed
  })
  const errors = query.data ?? {}
  const institutions: ComparedInstitution[] = ids.map((id) => {
    const detail = byId[id]
    return { id, detail, region: detail ? (regions[detail.regionCode] ?? null) : null, error: errors[id] }
  })
  return { institutions, loading: query.loading, reload: query.reload }
}
