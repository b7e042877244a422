import '../../i18n/zh-cn-pages/alerts'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { vacanciesNeedChecking } from '../../domain/following/vacancy-staleness'
import { VACANCY_FRESH_DAYS } from '../../domain/finder/staleness-rules'
import { todayInChina } from '../../domain/shared/clock'
import { t } from '../../i18n/translate'
import { call } from '../../services/api-client'
import { useSessionStore } from '../../stores/session-store'
import { pressable } from '../shared/pressable'
import { useQuery } from '../shared/queries'
import '../bookings/bookings.scss'

/** The workspace's row to 空位管理, which nudges when the institution's vacancies are older than 30 days. */
export function VacancyLink() {
  const institutionId = useSessionStore((s) => s.user?.institutionId ?? null)
  const detail = useQuery(institutionId ? `vacancies:${institutionId}` : null, () => call('finder', 'get', { id: institutionId ?? '' }))
  if (!institutionId) return null
  const stale = detail.data ? vacanciesNeedChecking(detail.data.vacancies, todayInChina()) : false
  const open = () => void Taro.navigateTo({ url: '/pages/workspace/vacancies/index' })
  return (
    <View {...pressable(open, 'link')} className='bookings-row' data-testid='workspace-vacancies-link' onClick={open}>
      <Text>{t('alerts.workspace.entry')}</Text>
      {stale ? (
        <Text className='bookings-error' data-testid='workspace-vacancies-stale'>
          {t('alerts.workspace.staleNudge', { days: VACANCY_FRESH_DAYS })}
        </Text>
      ) : (
        <Text className='bookings-row__meta'>{t('alerts.workspace.entryHint')}</Text>
      )}
    </View>
  )
}
