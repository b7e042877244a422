import { Text } from '@tarojs/components'
import './field-note.scss'

/**
 * What to write in a field (its limits) before anything is sent, and what is wrong with it once a check refused
 * it: the refusal replaces the guidance, right under the field it concerns.
 */
export function FieldNote({ hint, error, testId }: { hint?: string; error?: string | null; testId: string }) {
  if (error) {
    return (
      <Text className='field-note field-note--error' data-testid={`${testId}-error`} role='alert'>
        {error}
      </Text>
    )
  }
  return hint ? <Text className='field-note'>{hint}</Text> : null
}
