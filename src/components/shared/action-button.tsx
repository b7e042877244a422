import { Text, View } from '@tarojs/components'
import { pressable } from './pressable'
import './action-button.scss'

interface ActionButtonProps {
  label: string
  onClick(): void
  variant?: 'primary' | 'secondary' | 'plain'
  disabled?: boolean
  testId?: string
  block?: boolean
}

export function ActionButton({ label, onClick, variant = 'primary', disabled = false, testId, block = false }: ActionButtonProps) {
  return (
    <View
      {...pressable(onClick, 'button', disabled)}
      className={`action-button action-button--${variant} ${block ? 'action-button--block' : ''} ${disabled ? 'action-button--disabled' : ''}`}
      hoverClass='action-button--pressed'
      data-testid={testId}
      onClick={() => {
        if (!disabled) onClick()
      }}
    >
      <Text>{label}</Text>
    </View>
  )
}
