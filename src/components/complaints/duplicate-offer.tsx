import '../../i18n/zh-cn-pages/complaints'
import { Text } from '@tarojs/components'
import { t } from '../../i18n/translate'
import { ActionButton } from '../shared/action-button'
import { SectionCard } from '../shared/section-card'
import './complaints.scss'

/**
 * A similar complaint is open about the same place and problem: the parent may join it (handled together, the
 * outcome shared) or still file separately. Nothing about that complaint or its parents is known here: the
 * server only says that one exists, and finds it again itself when the report joins it.
 */
export function DuplicateOffer({ similarOpen, joining, onChoose }: { similarOpen: boolean; joining: boolean; onChoose(join: boolean): void }) {
  if (!similarOpen) return null
  return (
    <SectionCard title={t('complaints.form.duplicatesTitle')} testId='duplicate-offer'>
      <Text className='complaints-hint'>{t('complaints.form.duplicatesHint')}</Text>
      <ActionButton
        label={joining ? t('complaints.form.submitSeparately') : t('complaints.form.addToThis')}
        variant='plain'
        onClick={() => onChoose(!joining)}
        testId='add-to-existing'
      />
      {joining ? <Text className='complaints-notice'>{t('complaints.form.addingTo')}</Text> : null}
    </SectionCard>
  )
}
