import '../../i18n/zh-cn-pages/registry'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { t } from '../../i18n/translate'
import { call } from '../../services/api-client'
import { pressable } from '../shared/pressable'
import { useQuery, useReloadOnReturn } from '../shared/queries'
import { SectionCard } from '../shared/section-card'
import '../complaints/complaints.scss'

const useUnlocated = () => useQuery('registry-unlocated', () => call('registry', 'unlocatedInstitutions', { limit: 100 }))

/** On the console's first page: how many filings wait to be placed, opening the registry page that lists them. */
export function UnlocatedCountLink() {
  const list = useUnlocated()
  useReloadOnReturn(list.data !== undefined, () => void list.reload())
  const total = list.data?.total ?? 0
  if (total === 0) return null
  const open = () => void Taro.navigateTo({ url: '/pages/regulator/registry/index' })
  return (
    <View {...pressable(open, 'link')} className='complaints-row' data-testid='unlocated-count' data-total={total} onClick={open}>
      <Text className='complaints-row__title'>{t('registry.unlocated.title', { total })}</Text>
      <Text className='complaints-row__meta'>{t('registry.unlocated.place')} ›</Text>
    </View>
  )
}

/**
 * 待定位: the region's filings without a location, which distance search leaves out until a regulator places
 * them. Each opens the placement page; a read-only regulator sees the list but places nothing.
 */
export function UnlocatedCard() {
  const list = useUnlocated()
  // Back from placing one: it has left the list.
  useReloadOnReturn(list.data !== undefined, () => void list.reload())
  if (list.error) {
    return (
      <SectionCard title={t('registry.unlocated.title', { total: '—' })} testId='unlocated-card'>
        <Text className='complaints-hint'>{list.error.message}</Text>
      </SectionCard>
    )
  }
  if (!list.data) return null
  const { total, items, canPlace } = list.data
  return (
    <SectionCard title={t('registry.unlocated.title', { total })} testId='unlocated-card'>
      <Text className='complaints-hint' data-testid='unlocated-total' data-total={total}>
        {total === 0 ? t('registry.unlocated.none') : t('registry.unlocated.hint', { total })}
      </Text>
      {!canPlace && total > 0 ? (
        <Text className='complaints-hint' data-testid='unlocated-read-only'>
          {t('registry.unlocated.readOnly')}
        </Text>
      ) : null}
      {items.map((item) => {
        const open = () => void Taro.navigateTo({ url: `/pages/regulator/place/index?id=${encodeURIComponent(item.id)}` })
        return (
          <View key={item.id} {...(canPlace ? pressable(open, 'link') : {})} className='complaints-row' data-testid='unlocated-item' data-institution-id={item.id} onClick={canPlace ? open : undefined}>
            <View className='complaints-row__main'>
              <Text className='complaints-row__title'>{item.name}</Text>
              <Text className='complaints-row__meta'>
                {item.districtName} · {item.address}
              </Text>
              <Text className='complaints-row__meta'>{item.filingNumber}</Text>
            </View>
            {canPlace ? <Text className='complaints-row__meta'>{t('registry.unlocated.place')} ›</Text> : null}
          </View>
        )
      })}
      {total > items.length ? <Text className='complaints-hint'>{t('registry.unlocated.more', { shown: items.length, total })}</Text> : null}
    </SectionCard>
  )
}
