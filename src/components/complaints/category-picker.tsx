import '../../i18n/zh-cn-pages/complaints'
import { Text, View } from '@tarojs/components'
import { COMPLAINT_CATEGORIES, type ComplaintCategory } from '../../domain/complaints/complaint-category-schema'
import { t } from '../../i18n/translate'
import { Chip } from '../shared/chip'
import './complaints.scss'

/** The nine categories as big chips; the chosen one explains itself underneath. */
export function CategoryPicker({ value, onChange }: { value: ComplaintCategory | null; onChange(category: ComplaintCategory): void }) {
  return (
    <View data-testid='category-picker'>
      <View className='complaints-chips'>
        {COMPLAINT_CATEGORIES.map((category) => (
          <Chip
            key={category}
            label={t(`complaints.categories.${category}`)}
            selected={value === category}
            onClick={() => onChange(category)}
            testId={`category-${category}`}
          />
        ))}
      </View>
      {value ? <Text className='complaints-hint'>{t(`complaints.categoryHints.${value}`)}</Text> : null}
    </View>
  )
}
