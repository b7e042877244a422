import '../../i18n/zh-cn-pages/registry'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { DISCLOSURE_FRESH_DAYS } from '../../domain/finder/staleness-rules'
import { staleCounts } from '../../domain/registry/workspace-rules'
import { todayInChina } from '../../domain/shared/clock'
import { t } from '../../i18n/translate'
import { call } from '../../services/api-client'
import { useSessionStore } from '../../stores/session-store'
import { pressable } from '../shared/pressable'
import { useQuery } from '../shared/queries'
import { SectionCard } from '../shared/section-card'
import '../bookings/bookings.scss'

const PAGES = { vacancies: '/pages/workspace/vacancies/index', disclosures: '/pages/workspace/disclosures/index' } as const

/**
 * 待确认: how many vacancy reports and 公示 items parents now see as stale (older than 30 days), each with the
 * page that re-dates them in one tap. Nothing shows while everything is current.
 */
export function StaleNudge() {
  const institutionId = useSessionStore((s) => s.user?.institutionId ?? null)
  // The same query the vacancy row reads, so the workspace fetches the institution once.
  const detail = useQuery(institutionId ? `vacancies:${institutionId}` : null, () => call('finder', 'get', { id: institutionId ?? '' }))
  if (!institutionId || !detail.data) return null
  const counts = staleCounts(detail.data, todayInChina())
  const kinds = (['vacancies', 'disclosures'] as const).filter((k) => counts[k] > 0)
  if (kinds.length === 0) return null
  return (
    <SectionCard title={t('registry.workspace.staleTitle', { count: counts.vacancies + counts.disclosures })} testId='workspace-stale-nudge'>
      <Text className='bookings-hint'>{t('registry.workspace.staleHint', { days: DISCLOSURE_FRESH_DAYS })}</Text>
      {kinds.map((kind) => {
        const open = () => void Taro.navigateTo({ url: PAGES[kind] })
        return (
          <View key={kind} {...pressable(open, 'link')} className='bookings-row' data-testid={`workspace-stale-${kind}`} data-count={counts[kind]} onClick={open}>
            <Text className='bookings-error'>{t(`registry.workspace.stale.${kind}`, { count: counts[kind] })}</Text>
            <Text className='bookings-row__meta'>{t('registry.workspace.staleFix')} ›</Text>
          </View>
        )
      })}
    </SectionCard>
  )
}
