import { Input, Text, View, type InputProps } from '@tarojs/components'
import { FieldNote } from './field-note'

interface TextFieldProps {
  /** The feature's field styles (bookings-field, complaints-field): each form keeps its own look. */
  block: 'bookings-field' | 'complaints-field'
  label?: string
  value: string
  onChange(value: string): void
  placeholder?: string
  maxLength?: number
  type?: InputProps['type']
  onConfirm?(): void
  /** What to write (the limits), shown under the field until a check refuses it. */
  hint?: string
  /** Why a check refused what is in the field. */
  error?: string | null
  testId: string
}

/** A one-line text input in a form, with its label above when it has one and its guidance or error below. */
export function TextField({ block, label, value, onChange, placeholder, maxLength, type, onConfirm, hint, error, testId }: TextFieldProps) {
  return (
    <View className={block}>
      {label ? <Text className={`${block}__label`}>{label}</Text> : null}
      <Input
        className={`${block}__input`}
        type={type}
        value={value}
        placeholder={placeholder}
        maxlength={maxLength}
        onInput={(e) => onChange(e.detail.value)}
        onConfirm={onConfirm}
        data-testid={testId}
      />
      <FieldNote hint={hint} error={error} testId={testId} />
    </View>
  )
}
