import '../../i18n/zh-cn-pages/guidance'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { chinaDateOf } from '../../domain/bookings/china-time-rules'
import type { ClassSession } from '../../domain/guidance/guidance-schema'
import { t } from '../../i18n/translate'
import { ageBandText, kindName, priceText, slotWhen } from '../bookings/booking-format'
import { availabilityLabel } from '../bookings/slot-list'
import { ActionButton } from '../shared/action-button'
import { Badge } from '../shared/badge'

/**
 * A class or consultation session; registering goes to the booking page for that session's offering. A session
 * that cannot be booked now says why (and when booking opens) instead of offering 去报名.
 */
export function ClassSessionCard({ session }: { session: ClassSession }) {
  const { offering, slot } = session
  return (
    <View className='class-card' data-testid='class-session' data-slot={slot.id} data-date={chinaDateOf(slot.startsAt)} data-bookable={slot.bookable && slot.placesLeft > 0 ? 'true' : 'false'}>
      <View className='class-card__head'>
        <Badge label={kindName(offering.kind, offering.classKind)} tone='accent' />
        <Text className='class-card__price'>{priceText(slot.priceFen)}</Text>
      </View>
      <Text className='class-card__title'>{offering.title}</Text>
      <Text className='class-card__meta'>{slotWhen(slot.startsAt, slot.endsAt)}</Text>
      <Text className='class-card__meta'>{t('guidance.classes.host', { name: offering.hostName })}</Text>
      <Text className='class-card__meta'>{ageBandText(slot.ageBand)}</Text>
      {offering.description ? <Text className='class-card__description'>{offering.description}</Text> : null}
      <View className='class-card__foot'>
        <Text className='class-card__places'>{slot.placesLeft > 0 ? t('guidance.classes.placesLeft', { count: slot.placesLeft }) : t('guidance.classes.full')}</Text>
        {slot.bookable ? (
          <ActionButton
            label={t('guidance.classes.book')}
            testId='book-class'
            onClick={() => void Taro.navigateTo({ url: `/pages/bookings/book/index?offeringId=${encodeURIComponent(offering.id)}` })}
          />
        ) : (
          <Text className='class-card__closed' data-testid='class-not-bookable'>
            {availabilityLabel(slot).text}
          </Text>
        )}
      </View>
    </View>
  )
}
