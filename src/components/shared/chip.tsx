import { Text, View } from '@tarojs/components'
import { pressable } from './pressable'
import './chip.scss'

interface ChipProps {
  label: string
  selected: boolean
  onClick(): void
  testId?: string
  /** Shown but not choosable (a day with nothing free): greyed, and said to be unavailable. */
  disabled?: boolean
}

/**
 * A tappable choice in a filter group; large enough for a thumb, clearly marked when on. A toggle button to
 * keyboards and screen readers, so a row of chips is reachable with Tab and says which are on.
 */
export function Chip({ label, selected, onClick, testId, disabled = false }: ChipProps) {
  return (
    <View
      {...pressable(onClick, 'button', disabled)}
      aria-pressed={selected}
      className={`chip ${selected ? 'chip--selected' : ''}`}
      data-testid={testId}
      data-selected={selected ? 'true' : 'false'}
      onClick={onClick}
    >
      <Text>{label}</Text>
    </View>
  )
}
