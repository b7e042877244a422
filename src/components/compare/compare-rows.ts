import { latestEvaluation } from '../../domain/finder/evaluation-rules'
import { AGE_BANDS, SERVICE_TYPES, type AgeBand, type ServiceType } from '../../domain/finder/finder-enums'
import type { InstitutionDetail } from '../../domain/finder/institution-schema'
import { monthlyCostAfterSubsidies } from '../../domain/finder/subsidy-rules'
import type { Region } from '../../domain/regions/region-schema'
import { t } from '../../i18n/translate'
import { formatDate, formatMoney } from '../../services/display-format'
import {
  classLines,
  countByStatus,
  disclosureChecklist,
  MIN_VIDEO_RETENTION_DAYS,
  feeFor,
  universalSubsidies,
  vacancyLines,
  videoRetentionMeets
} from '../../services/institution-facts'

type CellTone = 'good' | 'bad' | 'warn' | 'muted' | undefined

interface CompareCell {
  text: string
  detail?: string
  tone?: CellTone
}

interface CompareRow {
  key: string
  label: string
  cells: CompareCell[]
}

export interface CompareSubject {
  detail: InstitutionDetail
  region: Region | null
}

const yesNo = (value: boolean | null): CompareCell =>
  value === null
    ? { text: t('common.unknown'), tone: 'warn' }
    : value
      ? { text: t('institution.has'), tone: 'good' }
      : { text: t('institution.hasNot'), tone: 'bad' }

/** (service type, age band) pairs that at least one of the institutions prices, each in its own unit. */
function pricedCombos(subjects: readonly CompareSubject[], today: string): { serviceType: ServiceType; ageBand: AgeBand }[] {
  return SERVICE_TYPES.flatMap((serviceType) =>
    AGE_BANDS.filter((ageBand) => subjects.some((s) => feeFor(s.detail, serviceType, ageBand, today) !== null)).map((ageBand) => ({ serviceType, ageBand }))
  )
}

/**
 * The compare table, one row per fact and one cell per institution in the same order. Fee rows only appear
 * for care someone offers, so a parent compares like with like (全日托·托小班 against 全日托·托小班).
 */
export function compareRows(subjects: readonly CompareSubject[], today: string): CompareRow[] {
  const row = (key: string, label: string, cell: (s: CompareSubject) => CompareCell): CompareRow => ({ key, label, cells: subjects.map(cell) })

  // Who runs it and whether its price is capped: what a family filters on first, so it opens the table.
  const kind = row('kind', t('compare.rowKind'), ({ detail }) => ({
    text: [
      detail.isAffordable ? t('finder.affordableBadge') : null,
      detail.isDemonstration ? t('finder.demonstrationBadge') : null,
      t(`labels.operatorKind.${detail.operatorKind}`)
    ]
      .filter((part): part is string => part !== null)
      .join(t('compare.kindSeparator'))
  }))

  const grade = row('grade', t('compare.rowGrade'), ({ detail }) => {
    const latest = latestEvaluation(detail.evaluations)
    if (!latest) return { text: t('compare.notEvaluated'), tone: 'muted' }
    return { text: t('compare.gradeValue', { grade: latest.grade, date: formatDate(latest.evaluatedOn) }), tone: latest.grade === 'D' ? 'bad' : latest.grade === 'A' ? 'good' : undefined }
  })

  const fees = pricedCombos(subjects, today).map(({ serviceType, ageBand }) =>
    row(`fee-${serviceType}-${ageBand}`, t('compare.rowFee', { service: t(`labels.serviceType.${serviceType}`), band: t(`labels.ageBand.${ageBand}`) }), ({ detail, region }) => {
      const fee = feeFor(detail, serviceType, ageBand, today)
      if (!fee) return { text: t('compare.feeNotOffered'), tone: 'muted' }
      return {
        text: t('compare.feeValue', { fee: formatMoney(fee.amountFen), unit: t(`labels.feeUnit.${fee.unit}`) }),
        // The subsidy is counted by the month; an hourly or daily price is shown as it is charged.
        detail: region && fee.unit === 'month' ? t('compare.afterSubsidy', { money: formatMoney(monthlyCostAfterSubsidies(fee.amountFen, universalSubsidies(region))) }) : undefined
      }
    })
  )

  const vacancy = row('vacancy', t('compare.rowVacancy'), ({ detail }) => {
    const lines = vacancyLines(detail, today)
    const fresh = lines.filter((l) => !l.stale && l.vacancy.places > 0)
    if (fresh.length > 0) {
      const places = fresh.reduce((sum, l) => sum + l.vacancy.places, 0)
      return { text: t('compare.vacancyFresh', { places, date: formatDate(fresh[0]!.vacancy.reportedOn) }), tone: 'good' }
    }
    if (lines.some((l) => l.stale && l.vacancy.places > 0)) return { text: t('compare.vacancyStaleOnly'), tone: 'warn' }
    return { text: t('compare.vacancyNone'), tone: 'muted' }
  })

  const monitoring = row('monitoring', t('compare.rowMonitoring'), ({ detail }) => yesNo(detail.safety.monitoring24h))
  const retention = row('retention', t('compare.rowRetention'), ({ detail }) => {
    const days = detail.safety.videoRetentionDays
    const meets = videoRetentionMeets(days)
    if (days === null) return { text: t('common.unknown'), tone: 'warn' }
    return meets ? { text: t('compare.retentionValue', { days }), tone: 'good' } : { text: t('compare.retentionShort', { days, min: MIN_VIDEO_RETENTION_DAYS }), tone: 'bad' }
  })
  const alarm = row('alarm', t('compare.rowAlarm'), ({ detail }) => yesNo(detail.safety.oneKeyAlarm))
  const insurance = row('insurance', t('compare.rowInsurance'), ({ detail }) => yesNo(detail.safety.liabilityInsurance))

  const staffing = row('staffing', t('compare.rowStaffing'), ({ detail }) => {
    const lines = classLines(detail)
    if (lines.length === 0) return { text: t('compare.staffingNoClasses'), tone: 'warn' }
    const below = lines.filter((l) => !l.meetsRatio).length
    return below === 0
      ? { text: t('compare.staffingAllMeet', { count: lines.length }), tone: 'good' }
      : { text: t('compare.staffingBelow', { below, count: lines.length }), tone: 'bad' }
  })

  const disclosure = row('disclosure', t('compare.rowDisclosure'), ({ detail }) => {
    const counts = countByStatus(disclosureChecklist(detail, today))
    if (counts.missing === 0 && counts.stale === 0) return { text: t('compare.disclosureComplete'), tone: 'good' }
    return { text: t('compare.disclosureGaps', { missing: counts.missing, stale: counts.stale }), tone: counts.missing > 0 ? 'bad' : 'warn' }
  })

  return [kind, grade, ...fees, vacancy, staffing, monitoring, retention, alarm, insurance, disclosure]
}
