import { FEE_UNITS } from '../../domain/finder/finder-enums'
import { t, type MessageKey } from '../../i18n/translate'
import { formatMoney } from '../../services/display-format'
import { DEFAULT_FILTERS, type FinderFilters } from '../../stores/finder-store'
import { ActionButton } from '../shared/action-button'
import { EmptyState } from '../shared/state-views'
import { FEE_CAP_FILTER, nextWiderRadius, radiusKm } from './filter-options'

interface Relaxation {
  key: string
  label: string
  change: Partial<FinderFilters>
}

/** The filters in force, each with the change that drops it (naming the value in force); most restrictive first. */
function relaxationsFor(filters: FinderFilters): Relaxation[] {
  const out: Relaxation[] = []
  const add = (key: string, labelKey: MessageKey, change: Partial<FinderFilters>, params?: Record<string, string>) =>
    out.push({ key, label: t(labelKey, params), change })
  if (filters.hasVacancy) add('vacancy', 'finder.relaxVacancy', { hasVacancy: false })
  if (filters.keyword.trim()) add('keyword', 'finder.relaxKeyword', { keyword: '' }, { keyword: filters.keyword.trim() })
  for (const unit of FEE_UNITS) {
    const cap = filters[FEE_CAP_FILTER[unit]]
    if (cap !== null) add(unit === 'month' ? 'fee' : `fee-${unit}`, 'finder.relaxMaxFee', { [FEE_CAP_FILTER[unit]]: null }, { money: formatMoney(cap), unit: t(`labels.feeUnit.${unit}`) })
  }
  if (filters.minGrade) add('grade', 'finder.relaxMinGrade', { minGrade: null }, { grade: filters.minGrade })
  if (filters.affordableOnly) add('affordable', 'finder.relaxAffordable', { affordableOnly: false })
  if (filters.demonstrationOnly) add('demonstration', 'finder.relaxDemonstration', { demonstrationOnly: false })
  if (filters.operatorKinds.length > 0) add('operator', 'finder.relaxOperatorKinds', { operatorKinds: [] })
  if (filters.serviceTypes.length > 0) add('service', 'finder.relaxServiceTypes', { serviceTypes: [] })
  if (filters.ageBands.length > 0) add('age', 'finder.relaxAgeBands', { ageBands: [] })
  const wider = nextWiderRadius(filters.radiusM)
  if (wider !== null) add('radius', 'finder.relaxRadius', { radiusM: wider }, { km: radiusKm(wider) })
  return out
}

/** No results: names each filter in force and offers to drop it with one tap. */
export function EmptyResults({ filters, onRelax }: { filters: FinderFilters; onRelax(change: Partial<FinderFilters>): void }) {
  const relaxations = relaxationsFor(filters)
  const filtered = relaxations.some((r) => r.key !== 'radius')
  return (
    <EmptyState title={t('finder.emptyTitle')} hint={filtered ? t('finder.emptyHint') : t('finder.emptyNoFilters')} testId='results-empty'>
      {relaxations.map((r) => (
        <ActionButton key={r.key} label={r.label} variant='secondary' testId={`relax-${r.key}`} onClick={() => onRelax(r.change)} />
      ))}
      {filtered ? <ActionButton label={t('finder.relaxAll')} variant='plain' testId='relax-all' onClick={() => onRelax(DEFAULT_FILTERS)} /> : null}
    </EmptyState>
  )
}
