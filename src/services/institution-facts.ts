import { DISCLOSURE_CHECKLIST, type DisclosureItemKey } from '../domain/finder/disclosure-checklist'
import { feesInEffect, pastFees, upcomingFees, type DatedFee } from '../domain/finder/fee-rules'
import { FEE_UNIT_BY_SERVICE, SERVICE_TYPES, AGE_BANDS, type AgeBand, type DisclosureSection, type ServiceType } from '../domain/finder/finder-enums'
import type { DisclosureItem, Fee, InstitutionDetail, Vacancy } from '../domain/finder/institution-schema'
import { checkClassStaffing, CHILDREN_PER_CARER, type ClassStaffing } from '../domain/finder/staff-ratio-rules'
import { DISCLOSURE_FRESH_DAYS, staleAfter, VACANCY_FRESH_DAYS } from '../domain/finder/staleness-rules'
import { monthlyCostAfterSubsidies, type AnnualSubsidy } from '../domain/finder/subsidy-rules'
import type { Region } from '../domain/regions/region-schema'

/**
 * What the detail and compare pages derive from an institution's record, computed one way for both so the
 * same number never reads differently on two screens. Each value keeps the record it came from.
 */

/** 录像资料保存期不少于90天 (the source documents' safety requirement). */
export const MIN_VIDEO_RETENTION_DAYS = 90

type DisclosureStatus = 'published' | 'stale' | 'missing'

interface ChecklistEntry {
  section: DisclosureSection
  key: DisclosureItemKey
  item: DisclosureItem | null
  status: DisclosureStatus
}

/** Every checklist item in order, matched to the newest published statement for it. */
export function disclosureChecklist(detail: InstitutionDetail, today: string): ChecklistEntry[] {
  const newest = new Map<string, DisclosureItem>()
  for (const item of detail.disclosures) {
    const seen = newest.get(item.key)
    if (!seen || item.updatedOn > seen.updatedOn) newest.set(item.key, item)
  }
  return (Object.entries(DISCLOSURE_CHECKLIST) as [DisclosureSection, readonly DisclosureItemKey[]][]).flatMap(([section, keys]) =>
    keys.map((key) => {
      const item = newest.get(key) ?? null
      const status: DisclosureStatus = !item ? 'missing' : staleAfter(item.updatedOn, today, DISCLOSURE_FRESH_DAYS) ? 'stale' : 'published'
      return { section, key, item, status }
    })
  )
}

export function countByStatus(entries: readonly ChecklistEntry[]): Record<DisclosureStatus, number> {
  const counts: Record<DisclosureStatus, number> = { published: 0, stale: 0, missing: 0 }
  for (const e of entries) counts[e.status] += 1
  return counts
}

interface FeeLine {
  fee: Fee
  /** Only for fees charged by the month, where a yearly subsidy can be spread. */
  afterSubsidyFen: number | null
}

/** The subsidies every family with a child under 3 receives; local ones have conditions and are only listed. */
export function universalSubsidies(region: Region): AnnualSubsidy[] {
  return [{ annualFen: region.policy.nationalChildcareSubsidyFenPerYear }]
}

const order = <T extends string>(list: readonly T[], value: T): number => list.indexOf(value)

const byServiceThenBand = (a: Fee, b: Fee): number =>
  order(SERVICE_TYPES, a.serviceType) - order(SERVICE_TYPES, b.serviceType) || order(AGE_BANDS, a.ageBand) - order(AGE_BANDS, b.ageBand)

/** Fees in effect on `today` by service type then age band, each monthly one with its cost after the subsidy. */
export function feeLines(detail: InstitutionDetail, region: Region | null, today: string): FeeLine[] {
  return feesInEffect(detail.fees, today)
    .sort(byServiceThenBand)
    .map((fee) => ({
      fee,
      afterSubsidyFen: region && fee.unit === 'month' ? monthlyCostAfterSubsidies(fee.amountFen, universalSubsidies(region)) : null
    }))
}

/** What the page lists under the prices: those replaced (newest first) and those published to start later. */
export function feeHistory(detail: InstitutionDetail, today: string): { past: DatedFee[]; upcoming: Fee[] } {
  return { past: pastFees(detail.fees, today), upcoming: upcomingFees(detail.fees, today) }
}

/** The fee in effect on `today` for one service type and age band in that service's own unit, if published. */
export function feeFor(detail: InstitutionDetail, serviceType: ServiceType, ageBand: AgeBand, today: string): Fee | null {
  return feesInEffect(detail.fees, today).find((f) => f.serviceType === serviceType && f.ageBand === ageBand && f.unit === FEE_UNIT_BY_SERVICE[serviceType]) ?? null
}

interface VacancyLine {
  vacancy: Vacancy
  stale: boolean
}

export function vacancyLines(detail: InstitutionDetail, today: string): VacancyLine[] {
  return [...detail.vacancies]
    .sort((a, b) => (a.reportedOn < b.reportedOn ? 1 : a.reportedOn > b.reportedOn ? -1 : 0))
    .map((vacancy) => ({ vacancy, stale: staleAfter(vacancy.reportedOn, today, VACANCY_FRESH_DAYS) }))
}

/** Free places reported within the freshness window. */
export function freshPlaces(detail: InstitutionDetail, today: string): number {
  return vacancyLines(detail, today)
    .filter((l) => !l.stale)
    .reduce((sum, l) => sum + l.vacancy.places, 0)
}

interface ClassLine extends ClassStaffing {
  name: string
  capacity: number
  childrenPerCarer: number
}

export function classLines(detail: InstitutionDetail): ClassLine[] {
  return detail.classes.map((group) => ({
    ...checkClassStaffing(group),
    name: group.name,
    capacity: group.capacity,
    childrenPerCarer: CHILDREN_PER_CARER[group.ageBand]
  }))
}

export const videoRetentionMeets = (days: number | null): boolean | null => (days === null ? null : days >= MIN_VIDEO_RETENTION_DAYS)
