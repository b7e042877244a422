import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { t } from '../../i18n/translate'
import { useFinderStore } from '../../stores/finder-store'
import { useRegionStore } from '../../stores/region-store'
import { OptionSheet } from '../shared/option-sheet'
import './place-bar.scss'

const ALL_DISTRICTS = 'all'

/** Where to look: region, district, or the family's own position; and a plain line saying which is in use. */
export function PlaceBar() {
  const [sheet, setSheet] = useState<'region' | 'district' | null>(null)
  const { regionCode, districtCode, originSource, locating, locationNotice, sort } = useFinderStore(
    useShallow((s) => ({
      regionCode: s.regionCode,
      districtCode: s.districtCode,
      originSource: s.originSource,
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
      {originLine ? (
        <Text className='place-bar__origin' data-testid='origin-line'>
          {originLine}
        </Text>
      ) : null}
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
