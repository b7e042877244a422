import { Text } from '@tarojs/components'
import './field-note.scss'

// Read out as soon as it appears. Spread: Taro's Text type has no role, though H5 passes it to the element.
const ALERT = { role: 'alert' } as const

/**
 * What to write in a field (its limits) before anything is sent, and what is wrong with it once a check refused
 * it: the refusal replaces the guidance, right under the field it concerns.
 */
export function FieldNote({ hint, error, testId }: { hint?: string; error?: string | null; testId: string }) {
  if (error) {
    return (
      <Text className='field-note field-note--error' data-testid={`${testId}-error`} {...ALERT}>
        {error}
      </Text>
    )
  }
  return hint ? <Text className='field-note'>{hint}</Text> : null
}
