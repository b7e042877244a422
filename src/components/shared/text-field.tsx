import { Input, Text, View, type InputProps } from '@tarojs/components'

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
  testId: string
}

/** A one-line text input in a form, with its label above when it has one. */
export function TextField({ block, label, value, onChange, placeholder, maxLength, type, onConfirm, testId }: TextFieldProps) {
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
    </View>
  )
}
