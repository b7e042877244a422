import '../../i18n/zh-cn-pages/registry'
import { Map, Text, View, type MapProps } from '@tarojs/components'
import { useState } from 'react'
import { t } from '../../i18n/translate'
import { choosePoint } from '../../services/location-service'
import { COLOURS } from '../../theme/tokens'
import { ActionButton } from '../shared/action-button'
import type { PlacementMapProps } from './placement-map-props'
import '../finder/results-map.scss'
import './placement.scss'

/** Copied next to app.json by the weapp build (config/index.ts): markers need a path inside the package. */
const MARKER_ICON = '/assets/map-marker.png'

/**
 * Placing on the mini-program: WeChat's own map with the region's placed institutions for reference, and its own
 * picker (`chooseLocation`, GCJ-02 like every stored point) to choose the spot by search or by dragging.
 */
export function PlacementMap({ centre, reference, pin, onPlace }: PlacementMapProps) {
  // A map that fails to draw leaves the picker, which is a map of its own, and the typed coordinates.
  const [failed, setFailed] = useState(false)
  const markers: MapProps.marker[] = reference.map((r, index) => ({ id: index, latitude: r.location.lat, longitude: r.location.lng, title: r.name, iconPath: MARKER_ICON, width: 20, height: 26, alpha: 0.6 }))
  if (pin) {
    markers.push({
      id: reference.length,
      latitude: pin.point.lat,
      longitude: pin.point.lng,
      title: pin.label,
      iconPath: MARKER_ICON,
      width: 28,
      height: 36,
      alpha: 1,
      // The address beside the pin, always shown: what the regulator checks before saving.
      callout: { content: pin.label, display: 'ALWAYS', padding: 6, borderRadius: 4, fontSize: 13, color: COLOURS.text, bgColor: COLOURS.surface, textAlign: 'left', anchorX: 0, anchorY: 0, borderWidth: 1, borderColor: COLOURS.border }
    })
  }
  const start = pin?.point ?? centre
  // Closing the picker without choosing is not an error: the pin stays as it was.
  const choose = () =>
    choosePoint(start).then((picked) => {
      if (picked.status === 'chosen') onPlace({ ...picked.point, datum: 'gcj02' })
    })
  return (
    <View className='place-map' data-testid='place-map'>
      {failed ? null : <Map className='results-map__map' latitude={start.lat} longitude={start.lng} scale={15} markers={markers} onError={() => setFailed(true)} />}
      <Text className='place-map__hint'>{t('registry.place.weappHint')}</Text>
      <ActionButton label={t('registry.place.choose')} onClick={() => void choose()} testId='place-choose' block />
    </View>
  )
}
