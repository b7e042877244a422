import { Textarea } from '@tarojs/components'

interface TextBoxProps {
  value: string
  onChange(value: string): void
  placeholder: string
  maxLength: number
  testId: string
}

/** A complaint's free text (the details, a reason, a note, an answer), capped at the contract's limit. */
export function TextBox({ value, onChange, placeholder, maxLength, testId }: TextBoxProps) {
  return (
    <Textarea
      className='complaints-field__textarea'
      value={value}
      placeholder={placeholder}
      maxlength={maxLength}
      onInput={(e) => onChange(e.detail.value)}
      data-testid={testId}
    />
  )
}
