import type { InstitutionDetail } from '../../domain/finder/institution-schema'
import { t } from '../../i18n/translate'
import { formatDate } from '../../services/display-format'
import { FactRow, SectionCard } from '../shared/section-card'

export function FilingSection({ detail }: { detail: InstitutionDetail }) {
  const { filing } = detail
  return (
    <SectionCard title={t('institution.filingTitle')} testId='filing-section'>
      <FactRow label={t('institution.filingNumber')} value={filing.number} testId='filing-number' />
      <FactRow label={t('institution.filingDate')} value={formatDate(filing.receiptDate)} testId='filing-date' />
      <FactRow label={t('institution.filingAuthority')} value={filing.registrationAuthority} />
      <FactRow label={t('institution.creditCode')} value={filing.creditCode} testId='credit-code' />
      <FactRow label={t('institution.operatorKind')} value={t(`labels.operatorKind.${detail.operatorKind}`)} />
      {detail.openToResidents !== null ? (
        <FactRow
          label={t('institution.openToResidents')}
          value={detail.openToResidents ? t('institution.openToResidentsYes') : t('institution.openToResidentsNo')}
        />
      ) : null}
    </SectionCard>
  )
}
