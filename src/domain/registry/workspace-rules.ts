import { withPublishedFees } from '../finder/fee-rules'
import type { ChangeKind } from '../finder/finder-enums'
import type { InstitutionDetail } from '../finder/institution-schema'
import { DISCLOSURE_FRESH_DAYS, staleAfter, VACANCY_FRESH_DAYS } from '../finder/staleness-rules'
import type { ReviewChange } from './registry-schema'

/**
 * What an institution's own change does to its record, the same whether it publishes at once or after the
 * region's regulator approves it (possibly days later: a price never starts before the day it is approved, so
 * history is not rewritten behind a parent's back).
 */
export function appliedChange(inst: InstitutionDetail, change: ReviewChange, today: string): { next: InstitutionDetail; kind: ChangeKind; detail: Record<string, unknown> } {
  if (change.kind === 'fees') {
    const effectiveFrom = change.effectiveFrom < today ? today : change.effectiveFrom
    return { next: { ...inst, fees: withPublishedFees(inst.fees, change.fees, effectiveFrom) }, kind: 'fee_changed', detail: { effectiveFrom, fees: change.fees } }
  }
  // A class keeps its id while its name stays, so links and bookings to it hold; the carers counted on the
  // staffing section are those the classes have, and the page recomputes each class's ratio from them.
  const idByName = new Map(inst.classes.map((c) => [c.name, c.id]))
  const used = new Set(inst.classes.map((c) => c.id))
  let serial = 0
  const freshId = (): string => {
    while (used.has(`${inst.id}-c${++serial}`));
    used.add(`${inst.id}-c${serial}`)
    return `${inst.id}-c${serial}`
  }
  const classes = change.classes.map((c) => ({ ...c, id: idByName.get(c.name) ?? freshId() }))
  const caregivers = classes.reduce((sum, c) => sum + c.caregivers, 0)
  const staff = { ...inst.staff, caregivers, total: Math.max(inst.staff.total, caregivers), certifiedCaregivers: Math.min(inst.staff.certifiedCaregivers, caregivers), reportedOn: today }
  return { next: { ...inst, classes, staff }, kind: 'classes_changed', detail: { classes: change.classes } }
}

/**
 * What parents see flagged as stale on the institution's page right now: the vacancy reports and 公示 items not
 * re-dated within their window. The workspace shows these counts so staff fix them before a parent notices.
 */
export function staleCounts(inst: Pick<InstitutionDetail, 'vacancies' | 'disclosures'>, today: string): { vacancies: number; disclosures: number } {
  return {
    vacancies: inst.vacancies.filter((v) => staleAfter(v.reportedOn, today, VACANCY_FRESH_DAYS)).length,
    disclosures: inst.disclosures.filter((d) => staleAfter(d.updatedOn, today, DISCLOSURE_FRESH_DAYS)).length
  }
}
