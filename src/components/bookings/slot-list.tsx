import '../../i18n/zh-cn-pages/bookings'
import { Text, View } from '@tarojs/components'
import type { SlotView } from '../../domain/bookings/slot-schema'
import { chinaDateOf, formatChinaDateTime } from '../../domain/bookings/china-time-rules'
import { t } from '../../i18n/translate'
import { Badge } from '../shared/badge'
import { ageBandText, priceText, timeRange } from './booking-format'
import './bookings.scss'

/** Why a slot cannot be picked, or how many places it has: what a parent decides on. */
export function availabilityLabel(slot: SlotView): { text: string; tone: 'primary' | 'danger' | 'neutral' } {
  if (slot.unavailableReason === 'BOOKING_WINDOW_NOT_OPEN') return { text: t('bookings.flow.opensAt', { opensAt: formatChinaDateTime(slot.windowOpensAtInstant) }), tone: 'neutral' }
  if (slot.unavailableReason === 'BOOKING_TOO_LATE') return { text: t('bookings.flow.tooLate'), tone: 'neutral' }
  if (slot.unavailableReason === 'SLOT_CANCELLED') return { text: t('bookings.flow.cancelledSlot'), tone: 'neutral' }
  if (slot.placesLeft === 0) return { text: t('bookings.flow.full'), tone: 'danger' }
  return { text: t('bookings.flow.placesLeft', { count: slot.placesLeft }), tone: 'primary' }
}

/** The slots of one day; a bookable slot can be picked even when full, to join its waitlist. */
export function SlotList({ slots, selected, onSelect }: { slots: readonly SlotView[]; selected: string | null; onSelect(slot: SlotView): void }) {
  return (
    <View data-testid='slot-list'>
      {slots.map((slot) => {
        const label = availabilityLabel(slot)
        return (
          <View
            key={slot.id}
            className={`bookings-row ${slot.id === selected ? 'bookings-row--selected' : ''} ${slot.bookable ? '' : 'bookings-row--disabled'}`}
            data-testid='slot-option'
            data-slot-id={slot.id}
            data-day={chinaDateOf(slot.startsAt)}
            data-places-left={slot.placesLeft}
            onClick={() => slot.bookable && onSelect(slot)}
          >
            <View className='bookings-row__main'>
              <Text className='bookings-row__title'>{timeRange(slot.startsAt, slot.endsAt)}</Text>
              <Text className='bookings-row__meta'>
                {ageBandText(slot.ageBand)} · {t('bookings.flow.cancelRule', { hours: slot.cancelCutoffHours })}
              </Text>
            </View>
            <View className='bookings-row__side'>
              <Text>{priceText(slot.priceFen)}</Text>
              <Badge label={label.text} tone={label.tone} testId='slot-places' />
            </View>
          </View>
        )
      })}
    </View>
  )
}
