import '../../i18n/zh-cn-pages/registry'
import { Text, View } from '@tarojs/components'
import { useEffect, useRef, useState } from 'react'
import { t } from '../../i18n/translate'
import type { PlacementCanvas } from '../finder/leaflet-canvas.h5'
import { PlaceSearchSheet } from '../finder/place-search-sheet'
import { useMapTiles } from '../finder/use-map-tiles'
import { ActionButton } from '../shared/action-button'
import type { PlacementMapProps } from './placement-map-props'
import '../finder/results-map.scss'
import './placement.scss'

/**
 * Placing on the web: the finder's Leaflet map on the tiles the operator configured, where a tap pins the
 * institution (the tiles are GCJ-02, as stored), and the place search to jump to a street first. Without tiles
 * there is no map: it says so, and the typed coordinates below remain.
 */
export function PlacementMap({ regionCode, centre, reference, pin, onPlace }: PlacementMapProps) {
  const { tiles, missing } = useMapTiles()
  const [failed, setFailed] = useState(false)
  const [searching, setSearching] = useState(false)
  const holder = useRef<HTMLDivElement | null>(null)
  const canvas = useRef<PlacementCanvas | null>(null)
  const latest = useRef({ onPlace, pin })
  latest.current = { onPlace, pin }

  useEffect(() => {
    if (!tiles) return undefined
    let cancelled = false
    import('../finder/leaflet-canvas.h5')
      .then(({ drawPlacement }) => {
        if (cancelled || !holder.current) return
        canvas.current = drawPlacement(holder.current, {
          tiles,
          centre,
          pins: reference,
          pinLabel: (name) => t('finder.mapPin', { name }),
          onTap: (point) => latest.current.onPlace({ ...point, datum: 'gcj02' })
        })
        canvas.current.setPin(latest.current.pin)
      })
      .catch(() => setFailed(true))
    return () => {
      cancelled = true
      canvas.current?.remove()
      canvas.current = null
    }
  }, [tiles, centre, reference])

  useEffect(() => {
    canvas.current?.setPin(pin)
  }, [pin])

  if (missing || failed) {
    return (
      <Text className='place-map__hint' data-testid='place-map-missing'>
        {t('registry.place.noTiles')}
      </Text>
    )
  }
  if (!tiles) return null
  return (
    <View className='place-map' data-testid='place-map'>
      <div className='results-map__map' ref={holder} role='region' aria-label={t('registry.place.mapLabel')} />
      <Text className='place-map__hint'>{t('registry.place.tapHint')}</Text>
      <ActionButton label={t('registry.place.findStreet')} variant='secondary' onClick={() => setSearching(true)} testId='place-find-street' block />
      {searching ? (
        <PlaceSearchSheet
          regionCode={regionCode}
          onPick={(place) => {
            setSearching(false)
            canvas.current?.moveTo(place.point)
          }}
          onClose={() => setSearching(false)}
        />
      ) : null}
    </View>
  )
}
