import '../../i18n/zh-cn-pages/complaints'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { COMPLAINT_LIMITS } from '../../domain/complaints/complaint-schema'
import type { LatLng } from '../../domain/shared/geo'
import { t } from '../../i18n/translate'
import { choosePoint, locateFamily } from '../../services/location-service'
import { ActionButton } from '../shared/action-button'
import { TextField } from '../shared/text-field'
import './complaints.scss'

export interface UnfiledSubject {
  operatorName: string
  address: string
  /** Where the parent stood when reporting, or null to fall back to the region's centre. */
  location: LatLng | null
}

/** An operator that is not filed, described as the parent saw it: the name on the sign, the address, the spot. */
export function UnfiledSubjectForm({ value, onChange }: { value: UnfiledSubject; onChange(next: UnfiledSubject): void }) {
  const [locating, setLocating] = useState(false)
  const [denied, setDenied] = useState(false)
  const locate = async () => {
    setLocating(true)
    const result = await locateFamily()
    setLocating(false)
    if (result.status === 'located') onChange({ ...value, location: result.point })
    else setDenied(true)
  }
  const choose = async () => {
    const result = await choosePoint()
    if (result.status === 'chosen') onChange({ ...value, address: value.address || result.address, location: result.point })
  }
  return (
    <View data-testid='unfiled-subject'>
      <TextField
        block='complaints-field'
        label={t('complaints.form.operatorName')}
        value={value.operatorName}
        onChange={(operatorName) => onChange({ ...value, operatorName })}
        placeholder={t('complaints.form.operatorNamePlaceholder')}
        maxLength={COMPLAINT_LIMITS.operatorName.max}
        testId='operator-name'
      />
      <TextField
        block='complaints-field'
        label={t('complaints.form.address')}
        value={value.address}
        onChange={(address) => onChange({ ...value, address })}
        placeholder={t('complaints.form.addressPlaceholder')}
        maxLength={COMPLAINT_LIMITS.address.max}
        testId='operator-address'
      />
      <View className='complaints-field'>
        <Text className='complaints-field__label'>{t('complaints.form.location')}</Text>
        {value.location ? (
          <Text className='complaints-hint' data-testid='location-set'>
            {t('complaints.form.locationSet', { lat: value.location.lat.toFixed(4), lng: value.location.lng.toFixed(4) })}
          </Text>
        ) : (
          <View className='complaints-field__actions'>
            <ActionButton label={t('complaints.form.useMyLocation')} variant='secondary' onClick={() => void locate()} disabled={locating} testId='use-location' />
            {process.env.TARO_ENV === 'weapp' ? (
              <ActionButton label={t('complaints.form.chooseOnMap')} variant='secondary' onClick={() => void choose()} testId='choose-location' />
            ) : null}
          </View>
        )}
        {denied && !value.location ? <Text className='complaints-hint'>{t('complaints.form.locationFallback')}</Text> : null}
      </View>
    </View>
  )
}
