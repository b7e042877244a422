import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { t } from '../../i18n/translate'
import { choosePoint } from '../../services/location-service'
import { useFinderStore } from '../../stores/finder-store'
import { useRegionStore } from '../../stores/region-store'
import { OptionSheet } from '../shared/option-sheet'
import { PlaceSearchSheet } from './place-search-sheet'
import './place-bar.scss'

const ALL_DISTRICTS = 'all'

/** A point picked on WeChat's map (GCJ-02), named by the address the map gives. */
async function pickOnMap() {
  const picked = await choosePoint()
  if (picked.status === 'chosen') await useFinderStore.getState().searchFrom({ point: picked.point, name: picked.address || t('finder.pickedOnMap') })
}

/**
 * Where to look: region, district, the family's own position or a place they pick; and a plain line saying
 * which is in use.
 */
export function PlaceBar() {
  const [sheet, setSheet] = useState<'region' | 'district' | 'place' | null>(null)
  const { regionCode, districtCode, originSource, pickedName, locating, locationNotice, sort } = useFinderStore(
    useShallow((s) => ({
      regionCode: s.regionCode,
      districtCode: s.districtCode,
      originSource: s.originSource,
      pickedName: s.pickedName,
      locating: s.locating,
      locationNotice: s.locationNotice,
      sort: s.sort
    }))
  )
  const regions = useRegionStore((s) => s.regions)
  const region = useRegionStore((s) => (regionCode ? s.byCode[regionCode] : undefined))
  const regionName = regions.find((r) => r.code === regionCode)?.name ?? ''
  const district = region?.districts.find((d) => d.code === districtCode)
  const place = district?.name ?? regionName

  // Before any region is known (regions still loading, or failed) there is no centre to name yet.
  const originLine =
    originSource === 'gps'
      ? t(sort === 'distance' ? 'finder.fromMyLocation' : 'finder.fromMyLocationUnsorted')
      : originSource === 'picked' && pickedName
        ? t(sort === 'distance' ? 'finder.fromPickedPlace' : 'finder.fromPickedPlaceUnsorted', { place: pickedName })
        : place
        ? t(sort === 'distance' ? 'finder.fromAreaCentre' : 'finder.fromAreaCentreUnsorted', { place })
        : null
  const notice =
    locationNotice === 'denied'
      ? t('finder.locationDenied', { place })
      : locationNotice === 'unavailable'
        ? t('finder.locationUnavailable', { place })
        : locationNotice === 'outside'
          ? t('finder.locationOutside', { place })
          : null

  return (
    <View className='place-bar'>
      <View className='place-bar__row'>
        <View className='place-bar__picker' data-testid='region-picker' onClick={() => setSheet('region')}>
          <Text className='place-bar__label'>{t('finder.regionLabel')}</Text>
          <Text className='place-bar__value' data-testid='region-current'>
            {t('format.picker', { value: regionName || t('finder.chooseRegion') })}
          </Text>
        </View>
        <View className='place-bar__picker' data-testid='district-picker' onClick={() => region && setSheet('district')}>
          <Text className='place-bar__label'>{t('finder.districtLabel')}</Text>
          <Text className='place-bar__value' data-testid='district-current'>
            {t('format.picker', { value: district?.name ?? t('finder.allDistricts') })}
          </Text>
        </View>
        <View
          className={`place-bar__locate ${originSource === 'gps' ? 'place-bar__locate--on' : ''}`}
          data-testid='use-location'
          onClick={() => {
            if (!locating) void useFinderStore.getState().locateMe()
          }}
        >
          <Text>{locating ? t('finder.locating') : t('finder.locate')}</Text>
        </View>
      </View>
      <View
        className={`place-bar__pick ${originSource === 'picked' ? 'place-bar__pick--on' : ''}`}
        data-testid='pick-place'
        onClick={() => {
          if (locating) return
          // The mini-program has WeChat's own map to pick on; H5 searches the region's places instead.
          if (process.env.TARO_ENV === 'weapp') void pickOnMap()
          else if (regionCode) setSheet('place')
        }}
      >
        <Text>{originSource === 'picked' && pickedName ? t('finder.pickedPlace', { place: pickedName }) : t('finder.pickPlace')}</Text>
      </View>
      {/* The line's space is held while the regions load, so the controls below do not jump when it appears. */}
      {originLine ? (
        <Text className='place-bar__origin' data-testid='origin-line'>
          {originLine}
        </Text>
      ) : (
        <View className='place-bar__origin place-bar__origin--pending' aria-hidden />
      )}
      {notice ? (
        <Text className='place-bar__notice' data-testid='location-notice'>
          {notice}
        </Text>
      ) : null}
      {sheet === 'region' ? (
        <OptionSheet
          title={t('finder.chooseRegion')}
          testId='region-sheet'
          options={regions.map((r) => ({ value: r.code, label: t('finder.regionOption', { name: r.name, province: r.province }), testId: `region-option-${r.code}` }))}
          selected={regionCode}
          onClose={() => setSheet(null)}
          onSelect={(code) => {
            setSheet(null)
            if (code !== regionCode) void useFinderStore.getState().selectRegion(code)
          }}
        />
      ) : null}
      {sheet === 'place' && regionCode ? (
        <PlaceSearchSheet
          regionCode={regionCode}
          onClose={() => setSheet(null)}
          onPick={(picked) => {
            setSheet(null)
            void useFinderStore.getState().searchFrom({ point: picked.point, name: picked.name, regionCode })
          }}
          onUseLocation={() => {
            setSheet(null)
            void useFinderStore.getState().locateMe()
          }}
        />
      ) : null}
      {sheet === 'district' && region ? (
        <OptionSheet
          title={t('finder.chooseDistrict')}
          testId='district-sheet'
          options={[
            { value: ALL_DISTRICTS, label: t('finder.allDistricts'), testId: `district-option-${ALL_DISTRICTS}` },
            ...region.districts.map((d) => ({ value: d.code, label: d.name, testId: `district-option-${d.code}` }))
          ]}
          selected={districtCode ?? ALL_DISTRICTS}
          onClose={() => setSheet(null)}
          onSelect={(code) => {
            setSheet(null)
            const next = code === ALL_DISTRICTS ? null : code
            if (next !== districtCode) void useFinderStore.getState().selectDistrict(next)
          }}
        />
      ) : null}
    </View>
  )
}
