import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { t } from '../../i18n/translate'
import { SectionCard } from '../shared/section-card'
import './bookings.scss'

const LINKS = [
  { url: '/pages/bookings/index', label: 'bookings.mine.title', testId: 'me-bookings' },
  { url: '/pages/children/index', label: 'bookings.mine.children', testId: 'me-children' },
  { url: '/pages/inbox/index', label: 'bookings.mine.inbox', testId: 'me-inbox' },
  { url: '/pages/workspace/index', label: 'bookings.workspace.title', testId: 'me-workspace' }
] as const

/** "我的预约", children and messages for families, and the workspace for institution staff, on the 我的 tab. */
export function MyBookingLinks() {
  return (
    <SectionCard title={t('bookings.entry.title')} testId='my-booking-links'>
      {LINKS.map((link) => (
        <View key={link.url} className='bookings-row' data-testid={link.testId} onClick={() => void Taro.navigateTo({ url: link.url })}>
          <Text>{t(link.label)}</Text>
          <Text className='bookings-row__meta'>›</Text>
        </View>
      ))}
    </SectionCard>
  )
}
