import '../../i18n/zh-cn-pages/bookings'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { t } from '../../i18n/translate'
import { ActionButton } from '../shared/action-button'
import { SectionCard } from '../shared/section-card'
import './bookings.scss'

/** The "预约" entry on an institution's page: into the booking flow for that institution. */
export function BookingEntry({ institutionId }: { institutionId: string }) {
  return (
    <SectionCard title={t('bookings.entry.title')} testId='booking-entry'>
      <Text className='bookings-hint'>{t('bookings.entry.hint')}</Text>
      <View className='bookings-actions'>
        <ActionButton
          label={t('bookings.entry.open')}
          onClick={() => void Taro.navigateTo({ url: `/pages/bookings/book/index?institutionId=${encodeURIComponent(institutionId)}` })}
          testId='booking-entry-open'
          block
        />
      </View>
    </SectionCard>
  )
}
