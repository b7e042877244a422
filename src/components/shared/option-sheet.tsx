import { ScrollView, Text, View } from '@tarojs/components'
import { t } from '../../i18n/translate'
import { focusableByScript, pressable } from './pressable'
import { useDialogFocus } from './use-dialog-focus'
import { useHiddenTabBar } from './use-hidden-tab-bar'
import './option-sheet.scss'

interface SheetOption {
  value: string
  label: string
  testId: string
}

interface OptionSheetProps {
  title: string
  options: SheetOption[]
  selected: string | null
  onSelect(value: string): void
  onClose(): void
  testId: string
}

/**
 * A bottom sheet of big rows to pick one place from. The native picker's scroll wheel is fiddly for older
 * hands and differs between weapp and H5; a plain list reads and taps the same everywhere.
 */
export function OptionSheet({ title, options, selected, onSelect, onClose, testId }: OptionSheetProps) {
  useHiddenTabBar()
  const panelRef = useDialogFocus<HTMLElement>(onClose)
  return (
    <View className='option-sheet' data-testid={testId} catchMove>
      <View className='option-sheet__backdrop' onClick={onClose} />
      <View className='option-sheet__panel' ref={panelRef} role='dialog' aria-modal='true' aria-label={title} {...focusableByScript}>
        <View className='option-sheet__header'>
          <Text className='option-sheet__title'>{title}</Text>
          <Text className='option-sheet__close' {...pressable(onClose)} onClick={onClose} data-testid={`${testId}-close`}>
            {t('finder.close')}
          </Text>
        </View>
        <ScrollView scrollY className='option-sheet__list'>
          {options.map((option) => (
            <View
              key={option.value}
              className={`option-sheet__option ${option.value === selected ? 'option-sheet__option--selected' : ''}`}
              data-testid={option.testId}
              {...pressable(() => onSelect(option.value))}
              aria-pressed={option.value === selected}
              onClick={() => onSelect(option.value)}
            >
              <Text>{option.label}</Text>
              {option.value === selected ? <Text className='option-sheet__check'>{t('format.chosen')}</Text> : null}
            </View>
          ))}
        </ScrollView>
      </View>
    </View>
  )
}
