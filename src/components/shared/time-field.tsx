import { Picker, Text, View } from '@tarojs/components'
import { FieldNote } from './field-note'

interface TimeFieldProps {
  /** The feature's field styles, as for TextField. */
  block: 'bookings-field' | 'complaints-field'
  label: string
  /** HH:mm, China time. */
  value: string
  onChange(value: string): void
  hint?: string
  error?: string | null
  testId: string
}

/**
 * A clock time (HH:mm) chosen, not typed: the mini-program's time picker on the phone, and on H5 the browser's
 * own time input, which a keyboard steps through (hours, minutes, arrow keys) where Taro's H5 picker is a
 * swipe-only wheel.
 */
export function TimeField({ block, label, value, onChange, hint, error, testId }: TimeFieldProps) {
  return (
    <View className={block}>
      <Text className={`${block}__label`}>{label}</Text>
      {process.env.TARO_ENV === 'h5' ? (
        <input
          className={`${block}__input`}
          type='time'
          aria-label={label}
          value={value}
          required
          onChange={(e) => {
            if (e.currentTarget.value) onChange(e.currentTarget.value)
          }}
          data-testid={testId}
        />
      ) : (
        <Picker mode='time' value={value} onChange={(e) => onChange(String(e.detail.value))} data-testid={testId}>
          <View className={`${block}__input`}>{value}</View>
        </Picker>
      )}
      <FieldNote hint={hint} error={error} testId={testId} />
    </View>
  )
}
