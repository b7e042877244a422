import type { MapTiles } from '../../domain/finder/map-tiles-schema'
import { call } from '../../services/api-client'
import { useQuery } from '../shared/queries'

const ON_WEAPP = process.env.TARO_ENV === 'weapp'

/**
 * Whether the finder can show its results on a map. The mini-program always can (WeChat's own map); H5 only
 * with the tile provider the service is configured with. `missing` says H5 asked and has none, so the list
 * can say why there is no map instead of just lacking the button.
 */
export function useMapTiles(): { canMap: boolean; tiles: MapTiles | null; missing: boolean } {
  const settings = useQuery(ON_WEAPP ? null : 'finder-map-settings', () => call('finder', 'mapSettings', {}))
  const tiles = settings.data?.tiles ?? null
  return { canMap: ON_WEAPP || tiles !== null, tiles, missing: !ON_WEAPP && settings.data !== undefined && tiles === null }
}
