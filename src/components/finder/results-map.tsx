import { Map, Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { InstitutionSummary } from '../../domain/finder/institution-schema'
import type { MapTiles } from '../../domain/finder/map-tiles-schema'
import type { Region } from '../../domain/regions/region-schema'
import type { LatLng } from '../../domain/shared/geo'
import { t } from '../../i18n/translate'
import { ResultCard } from './result-card'
import './results-map.scss'

/** Copied next to app.json by the weapp build (config/index.ts): markers need a path inside the package. */
const MARKER_ICON = '/assets/map-marker.png'

/**
 * The results on WeChat's map. A tap on a marker shows that institution's card under the map rather than
 * leaving the page, so a parent can look around before opening one. H5 has its own (results-map.h5.tsx) on the
 * configured tiles; WeChat's map draws its own, so `tiles` is not read here.
 */
export function ResultsMap({
  items,
  region,
  centre,
  onOpen,
  onUnavailable
}: {
  items: InstitutionSummary[]
  region: Region | null
  centre: LatLng
  tiles: MapTiles | null
  onOpen(id: string): void
  onUnavailable(): void
}) {
  const [selected, setSelected] = useState<InstitutionSummary | null>(null)
  const markers = items.map((item, index) => ({
    id: index,
    latitude: item.location.lat,
    longitude: item.location.lng,
    title: item.name,
    iconPath: MARKER_ICON,
    width: 24,
    height: 32
  }))
  return (
    <View className='results-map' data-testid='results-map'>
      <Map
        className='results-map__map'
        latitude={centre.lat}
        longitude={centre.lng}
        scale={13}
        markers={markers}
        showLocation
        onMarkerTap={(e) => setSelected(items[Number(e.detail.markerId)] ?? null)}
        onError={onUnavailable}
      />
      {selected ? <ResultCard item={selected} region={region} onOpen={onOpen} /> : <Text className='results-map__hint'>{t('finder.mapHint')}</Text>}
    </View>
  )
}
