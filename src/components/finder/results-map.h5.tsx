import { Text, View } from '@tarojs/components'
import { useEffect, useRef, useState } from 'react'
import type { InstitutionSummary } from '../../domain/finder/institution-schema'
import type { MapTiles } from '../../domain/finder/map-tiles-schema'
import type { Region } from '../../domain/regions/region-schema'
import type { LatLng } from '../../domain/shared/geo'
import { t } from '../../i18n/translate'
import { ResultCard } from './result-card'
import './results-map.scss'

/**
 * The results on a Leaflet map, for H5. Leaflet and its styles load only when a parent opens the map, so the
 * finder's first screen carries none of it. Tiles and pins share GCJ-02, the datum Chinese tile providers draw
 * in and every location is stored in. A tap on a pin shows that institution's card under the map.
 */
export function ResultsMap({
  items,
  region,
  centre,
  tiles,
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
  const holder = useRef<HTMLDivElement | null>(null)
  const latest = useRef({ onUnavailable })
  latest.current = { onUnavailable }

  useEffect(() => {
    if (!tiles) return undefined
    let stop: (() => void) | undefined
    let cancelled = false
    import('./leaflet-canvas.h5')
      .then(({ drawResults }) => {
        if (cancelled || !holder.current) return
        stop = drawResults(holder.current, {
          tiles,
          centre,
          pins: items.map((item) => ({ id: item.id, name: item.name, location: item.location })),
          pinLabel: (name) => t('finder.mapPin', { name }),
          onPick: (id) => setSelected(items.find((item) => item.id === id) ?? null)
        })
      })
      .catch(() => latest.current.onUnavailable())
    return () => {
      cancelled = true
      stop?.()
    }
  }, [items, centre, tiles])

  return (
    <View className='results-map' data-testid='results-map'>
      <div className='results-map__map' ref={holder} aria-label={t('finder.mapLabel', { count: items.length })} role='region' />
      {selected ? <ResultCard item={selected} region={region} onOpen={onOpen} /> : <Text className='results-map__hint'>{t('finder.mapHint')}</Text>}
    </View>
  )
}
