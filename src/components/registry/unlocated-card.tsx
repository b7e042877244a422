import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { t } from '../../i18n/translate'
import { call } from '../../services/api-client'
import { pressable } from '../shared/pressable'
import { useQuery, useReloadOnReturn } from '../shared/queries'
import { SectionCard } from '../shared/section-card'
import '../complaints/complaints.scss'

/**
 * 待定位: the region's filings without a location, which distance search leaves out until a regulator places
 * them. Each opens the placement page; a read-only regulator sees the list but places nothing.
 */
export function UnlocatedCard() {
  const list = useQuery('registry-unlocated', () => call('registry', 'unlocatedInstitutions', {}))
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
