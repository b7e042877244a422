import type { InstitutionDetail } from '../../domain/finder/institution-schema'
import { t } from '../../i18n/translate'
import { MIN_VIDEO_RETENTION_DAYS, videoRetentionMeets } from '../../services/institution-facts'
import { FactRow, SectionCard } from '../shared/section-card'

const yesNo = (value: boolean | null) => (value === null ? t('common.unknown') : value ? t('institution.has') : t('institution.hasNot'))
const toneOf = (value: boolean | null) => (value === null ? ('warning' as const) : value ? undefined : ('danger' as const))

/** The safety facts the source documents require; anything not disclosed reads 未公示, never as a "no". */
export function SafetySection({ detail }: { detail: InstitutionDetail }) {
  const { safety } = detail
  const retentionOk = videoRetentionMeets(safety.videoRetentionDays)
  return (
    <SectionCard title={t('institution.safetyTitle')} testId='safety-section'>
      <FactRow label={t('institution.monitoring24h')} value={yesNo(safety.monitoring24h)} tone={toneOf(safety.monitoring24h)} testId='safety-monitoring' />
      <FactRow
        label={t('institution.videoRetention')}
        testId='safety-retention'
        tone={toneOf(retentionOk)}
        value={
          safety.videoRetentionDays === null
            ? t('common.unknown')
            : retentionOk
              ? t('institution.videoRetentionValue', { days: safety.videoRetentionDays, min: MIN_VIDEO_RETENTION_DAYS })
              : t('institution.videoRetentionShort', { days: safety.videoRetentionDays, min: MIN_VIDEO_RETENTION_DAYS })
        }
      />
      <FactRow label={t('institution.oneKeyAlarm')} value={yesNo(safety.oneKeyAlarm)} tone={toneOf(safety.oneKeyAlarm)} testId='safety-alarm' />
      <FactRow
        label={t('institution.liabilityInsurance')}
        value={yesNo(safety.liabilityInsurance)}
        tone={toneOf(safety.liabilityInsurance)}
        testId='safety-insurance'
      />
    </SectionCard>
  )
}
