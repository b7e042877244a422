import { Text, View } from '@tarojs/components'
import './chip.scss'

interface ChipProps {
  label: string
  selected: boolean
  onClick(): void
  testId?: string
}

/** A tappable choice in a filter group; large enough for a thumb, clearly marked when on. */
export function Chip({ label, selected, onClick, testId }: ChipProps) {
  return (
    <View
      className={`chip ${selected ? 'chip--selected' : ''}`}
      data-testid={testId}
      data-selected={selected ? 'true' : 'false'}
      onClick={onClick}
    >
      <Text>{label}</Text>
    </View>
  )
}
