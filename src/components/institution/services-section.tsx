import { AGE_BANDS } from '../../domain/finder/finder-enums'
import type { InstitutionDetail } from '../../domain/finder/institution-schema'
import { t } from '../../i18n/translate'
import { placeLine } from '../../services/display-format'
import { FactRow, SectionCard } from '../shared/section-card'

/** Consecutive weekdays read as a range (周一至周五); others are listed. */
function weekdaysText(days: readonly number[]): string {
  const sorted = [...new Set(days)].sort((a, b) => a - b)
  const name = (d: number) => t(`labels.weekday.d${d as 1 | 2 | 3 | 4 | 5 | 6 | 7}`)
  const first = sorted[0]
  const last = sorted[sorted.length - 1]
  if (first !== undefined && last !== undefined && sorted.length > 2 && last - first === sorted.length - 1) {
    return t('institution.weekdayRange', { from: name(first), to: name(last) })
  }
  return sorted.map(name).join('、')
}

export function ServicesSection({ detail }: { detail: InstitutionDetail }) {
  const bands = AGE_BANDS.filter((band) => detail.classes.some((c) => c.ageBand === band) || detail.fees.some((f) => f.ageBand === band))
  return (
    <SectionCard title={t('institution.servicesTitle')} testId='services-section'>
      <FactRow label={t('institution.serviceTypes')} value={detail.serviceTypes.map((s) => t(`labels.serviceType.${s}`)).join('、')} />
      <FactRow
        label={t('institution.hours')}
        value={
          detail.hours
            ? t('institution.hoursValue', { days: weekdaysText(detail.hours.weekdays), opens: detail.hours.opensAt, closes: detail.hours.closesAt })
            : t('institution.disclosureMissing')
        }
        testId='hours'
      />
      {bands.length > 0 ? (
        <FactRow
          label={t('institution.classesOffered')}
          value={bands.map((b) => t('institution.bandWithRange', { band: t(`labels.ageBand.${b}`), range: t(`labels.ageBandRange.${b}`) })).join('、')}
        />
      ) : null}
      <FactRow label={t('institution.address')} value={placeLine(detail.districtName, detail.address)} />
      <FactRow label={t('institution.phone')} value={detail.phone} />
    </SectionCard>
  )
}
