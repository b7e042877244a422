import { useEffect, useState } from 'react'
import type { RegionSummary } from '../../domain/regions/region-schema'
import type { ApiError } from '../../services/api-error'
import { useRegionStore } from '../../stores/region-store'
import { errorMessage } from './queries'

interface Regions {
  regions: RegionSummary[]
  error: ApiError | null
  retry(): void
}

/**
 * The list of regions, read once per visit and shared by every page (the region store keeps it); `enabled`
 * false skips the load for a screen that does not show the list yet.
 */
export function useRegions(enabled = true): Regions {
  const regions = useRegionStore((s) => s.regions)
  const [error, setError] = useState<ApiError | null>(null)
  const [attempt, setAttempt] = useState(0)
  useEffect(() => {
    if (!enabled) return
    setError(null)
    useRegionStore
      .getState()
      .loadRegions()
      .catch((e: unknown) => setError(errorMessage(e)))
  }, [enabled, attempt])
  return { regions, error, retry: () => setAttempt((n) => n + 1) }
}
