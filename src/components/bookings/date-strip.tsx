import { ScrollView, View } from '@tarojs/components'
import { addDays, isoWeekday } from '../../domain/bookings/china-time-rules'
import { t } from '../../i18n/translate'
import { Chip } from '../shared/chip'
import './bookings.scss'

type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7

/** The China calendar days from `from` to `to`, inclusive. */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = []
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day)
  return days
}

const chipLabel = (date: string) => {
  const [, month, day] = date.split('-').map(Number)
  return `${month}/${day} ${t(`labels.weekday.d${isoWeekday(date) as Weekday}`)}`
}

/** A row of days; only the days in `enabled` can be picked, the rest stay visible but greyed. */
export function DateStrip({
  days,
  enabled,
  selected,
  onSelect,
  testId = 'date-strip'
}: {
  days: readonly string[]
  enabled: ReadonlySet<string>
  selected: string | null
  onSelect(date: string): void
  testId?: string
}) {
  return (
    <ScrollView scrollX className='bookings-strip' data-testid={testId}>
      <View className='bookings-strip__inner'>
        {days.map((day) => (
          <View key={day} data-enabled={enabled.has(day) ? 'true' : 'false'} className={enabled.has(day) ? '' : 'bookings-row--disabled'}>
            <Chip
              label={chipLabel(day)}
              selected={selected === day}
              onClick={() => enabled.has(day) && onSelect(day)}
              disabled={!enabled.has(day)}
              testId={`date-${day}`}
            />
          </View>
        ))}
      </View>
    </ScrollView>
  )
}
