import '../../i18n/zh-cn-pages/alerts'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { SavedSearchFilters } from '../../domain/following/following-schema'
import type { Region } from '../../domain/regions/region-schema'
import { t } from '../../i18n/translate'
import { call } from '../../services/api-client'
import { savedSearchFilters } from '../../stores/finder-store'
import { useSessionStore } from '../../stores/session-store'
import { ActionButton } from '../shared/action-button'
import { Chip } from '../shared/chip'
import { useFormAction } from '../shared/queries'
import { TextField } from '../shared/text-field'
import './following.scss'

const NAME_MAX = 60
const METRES_PER_KM = 1000

/** A name a parent recognises at a glance: 诸暨 暨阳街道 3 km 计时托 12–23个月. */
function readableName(filters: SavedSearchFilters, region: Region | null): string {
  const district = region?.districts.find((d) => d.code === filters.districtCode)?.name
  const parts = [
    region?.name,
    district,
    t('alerts.searches.radiusKm', { km: Math.round((filters.radiusM / METRES_PER_KM) * 10) / 10 }),
    ...(filters.serviceTypes ?? []).map((type) => t(`labels.serviceType.${type}`)),
    ...(filters.ageBands ?? []).map((band) => t(`labels.ageBandRange.${band}`)),
    filters.keyword
  ]
  return Array.from(parts.filter(Boolean).join(' ')).slice(0, NAME_MAX).join('')
}

/** 保存这个搜索: the finder's current filters under a readable name, optionally alerting on new matches. */
export function SaveSearchPanel({ region }: { region: Region | null }) {
  const parent = useSessionStore((s) => s.user?.role === 'parent')
  const [draft, setDraft] = useState<{ filters: SavedSearchFilters; name: string; alerts: boolean } | null>(null)
  const { busy, message, submit } = useFormAction()

  const open = () => {
    if (!parent) {
      void Taro.showToast({ title: t('alerts.searches.signInFirst'), icon: 'none' })
      return
    }
    const filters = savedSearchFilters()
    if (filters) setDraft({ filters, name: readableName(filters, region), alerts: true })
  }

  if (!draft) return <ActionButton label={t('alerts.searches.save')} variant='secondary' onClick={open} testId='save-search' />
  const save = () =>
    submit(async () => {
      await call('following', 'saveSearch', { name: draft.name, filters: draft.filters, alerts: draft.alerts })
      setDraft(null)
      void Taro.showToast({ title: t('alerts.searches.saved'), icon: 'none' })
    })
  return (
    <View className='following__form' data-testid='save-search-form'>
      <TextField block='bookings-field' label={t('alerts.searches.nameLabel')} value={draft.name} onChange={(name) => setDraft({ ...draft, name })} maxLength={NAME_MAX} testId='save-search-name' />
      <View className='following__chips'>
        <Chip label={t('alerts.searches.alertsLabel')} selected={draft.alerts} onClick={() => setDraft({ ...draft, alerts: !draft.alerts })} testId='save-search-alerts' />
      </View>
      {message ? <Text className='following__hint'>{message}</Text> : null}
      <ActionButton label={t('alerts.searches.confirm')} onClick={() => void save()} disabled={busy || draft.name.trim() === ''} testId='save-search-confirm' block />
    </View>
  )
}
