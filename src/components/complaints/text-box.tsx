import { Textarea } from '@tarojs/components'
import { FieldNote } from '../shared/field-note'

interface TextBoxProps {
  value: string
  onChange(value: string): void
  placeholder: string
  maxLength: number
  /** What to write (the limits), shown under the box until a check refuses it. */
  hint?: string
  error?: string | null
  testId: string
}

/** A complaint's free text (the details, a reason, a note, an answer), capped at the contract's limit. */
export function TextBox({ value, onChange, placeholder, maxLength, hint, error, testId }: TextBoxProps) {
  return (
    <>
      <Textarea
        className='complaints-field__textarea'
        value={value}
        placeholder={placeholder}
        maxlength={maxLength}
        onInput={(e) => onChange(e.detail.value)}
        data-testid={testId}
      />
      <FieldNote hint={hint} error={error} testId={testId} />
    </>
  )
}
