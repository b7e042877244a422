import '../../i18n/zh-cn-pages/complaints'
import { Text, View } from '@tarojs/components'
import { IDENTITY_MODES, type IdentityMode } from '../../domain/complaints/complaint-schema'
import { t } from '../../i18n/translate'
import './complaints.scss'

/** Named, named but hidden from the institution, or anonymous: each says plainly what it means. */
export function IdentityPicker({ value, onChange }: { value: IdentityMode; onChange(mode: IdentityMode): void }) {
  return (
    <View data-testid='identity-picker'>
      {IDENTITY_MODES.map((mode) => (
        <View
          key={mode}
          className={`complaints-option ${value === mode ? 'complaints-option--selected' : ''}`}
          data-testid={`identity-${mode}`}
          data-selected={value === mode ? 'true' : 'false'}
          onClick={() => onChange(mode)}
        >
          <Text className='complaints-option__title'>{t(`complaints.identities.${mode}`)}</Text>
          <Text className='complaints-hint'>{t(`complaints.identityHints.${mode}`)}</Text>
        </View>
      ))}
    </View>
  )
}
