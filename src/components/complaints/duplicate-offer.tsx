import { Text, View } from '@tarojs/components'
import type { ComplaintStatus } from '../../domain/complaints/complaint-schema'
import { t } from '../../i18n/translate'
import { ActionButton } from '../shared/action-button'
import { SectionCard } from '../shared/section-card'
import './complaints.scss'

export interface DuplicateCandidate {
  trackingNo: string
  status: ComplaintStatus
  submittedAt: string
  reports: number
}

/**
 * Open complaints about the same place and problem: the parent may add theirs to one (handled together, with
 * one answer to all) or still file separately. Nothing about the other parents is shown, only the count.
 */
export function DuplicateOffer({
  candidates,
  chosen,
  onChoose
}: {
  candidates: readonly DuplicateCandidate[]
  chosen: string | null
  onChoose(trackingNo: string | null): void
}) {
  if (candidates.length === 0) return null
  return (
    <SectionCard title={t('complaints.form.duplicatesTitle')} testId='duplicate-offer'>
      <Text className='complaints-hint'>{t('complaints.form.duplicatesHint')}</Text>
      {candidates.map((c) => (
        <View key={c.trackingNo} className={`complaints-row ${chosen === c.trackingNo ? 'complaints-row--selected' : ''}`} data-testid='duplicate-candidate'>
          <Text className='complaints-row__meta'>
            {t('complaints.form.duplicateRow', { trackingNo: c.trackingNo, status: t(`complaints.statuses.${c.status}`), reports: c.reports })}
          </Text>
          <ActionButton
            label={chosen === c.trackingNo ? t('complaints.form.submitSeparately') : t('complaints.form.addToThis')}
            variant='plain'
            onClick={() => onChoose(chosen === c.trackingNo ? null : c.trackingNo)}
            testId='add-to-existing'
          />
        </View>
      ))}
      {chosen ? <Text className='complaints-notice'>{t('complaints.form.addingTo', { trackingNo: chosen })}</Text> : null}
    </SectionCard>
  )
}
