import { z } from 'zod'
import type { AgeBand, ServiceType } from '../finder/finder-enums'
import { ageBandSchema, serviceTypeSchema } from '../finder/finder-enum-schemas'
import { matchesFilters, type SearchableInstitution } from '../finder/search-rules'
import { haversineMetres } from '../shared/geo'
import type { AlertKind, AlertSettings, SavedSearchFilters } from './following-schema'

/**
 * Which alert a registry change event raises. The change-event table (registry_events) is the one record of
 * what changed; the sweep reads it and asks these rules what each event means to a parent.
 */

/**
 * The event kind fee changes are written under. The institutions' fee page (workspace) writes it into the same
 * table; kept here as a string so the alert does not depend on how the 变更记录 words it.
 */
const FEE_CHANGE_KIND = 'fee_changed'

const vacancyListSchema = z.array(z.object({ serviceType: serviceTypeSchema, ageBand: ageBandSchema, places: z.number() }))

export interface OpenedVacancy {
  serviceType: ServiceType
  ageBand: AgeBand
}

/** What an event means for followers: an alert kind, or a new institution (for saved searches only). */
export type EventAlert = { kind: AlertKind; opened: OpenedVacancy[] } | { kind: 'new_institution'; opened: [] }

/**
 * Places that opened: a service type and age band with places now that had none (or was not reported) before.
 * A report with fewer or the same places opens nothing.
 */
function openedVacancies(detail: Record<string, unknown>): OpenedVacancy[] {
  const now = vacancyListSchema.safeParse(detail.vacancies)
  if (!now.success) return []
  const before = vacancyListSchema.safeParse(detail.previous)
  const had = new Map((before.success ? before.data : []).map((v) => [`${v.serviceType}/${v.ageBand}`, v.places]))
  return now.data.filter((v) => v.places > 0 && (had.get(`${v.serviceType}/${v.ageBand}`) ?? 0) === 0).map(({ serviceType, ageBand }) => ({ serviceType, ageBand }))
}

export function alertOfEvent(kind: string, detail: Record<string, unknown>): EventAlert | null {
  switch (kind) {
    case 'filed':
      return { kind: 'new_institution', opened: [] }
    case 'vacancies_updated': {
      const opened = openedVacancies(detail)
      return opened.length > 0 ? { kind: 'vacancy', opened } : null
    }
    case 'evaluation_published':
      return { kind: 'evaluation', opened: [] }
    case 'inspection_recorded':
      // A clean inspection is not news; one with findings, or failed, is.
      return detail.result === 'passed' ? null : { kind: 'inspection', opened: [] }
    case 'enforcement_recorded':
      return { kind: 'enforcement', opened: [] }
    case 'suspended':
    case 'revoked':
      return { kind: 'standing', opened: [] }
    case FEE_CHANGE_KIND:
      return { kind: 'fee', opened: [] }
    default:
      return null
  }
}

/** The opened places that fit the chosen age bands and service types (none chosen: any). */
function vacanciesWanted(opened: readonly OpenedVacancy[], want: { ageBands: readonly AgeBand[]; serviceTypes: readonly ServiceType[] }): OpenedVacancy[] {
  return opened.filter(
    (v) => (want.ageBands.length === 0 || want.ageBands.includes(v.ageBand)) && (want.serviceTypes.length === 0 || want.serviceTypes.includes(v.serviceType))
  )
}

/** Whether a parent with these settings hears about this change to a favourite. */
export function favouriteWants(settings: AlertSettings, alert: EventAlert): boolean {
  if (alert.kind === 'new_institution' || !settings.kinds.includes(alert.kind)) return false
  if (alert.kind !== 'vacancy') return true
  return vacanciesWanted(alert.opened, { ageBands: settings.vacancyAgeBands, serviceTypes: settings.vacancyServiceTypes }).length > 0
}

/**
 * Whether a saved search hears about this event: a new institution, or places newly opened for the search's
 * service types and age bands, at an institution the search would list (its region, within its distance of its
 * point, every filter met). An institution without coordinates is in no distance search, so in no alert.
 */
export function savedSearchWants(filters: SavedSearchFilters, inst: SearchableInstitution & { located: boolean }, alert: EventAlert, today: string): boolean {
  if (alert.kind !== 'new_institution' && alert.kind !== 'vacancy') return false
  if (!inst.located || inst.regionCode !== filters.regionCode) return false
  if (haversineMetres(filters.origin, inst.location) > filters.radiusM) return false
  if (!matchesFilters(inst, filters, today)) return false
  return alert.kind === 'new_institution' || vacanciesWanted(alert.opened, { ageBands: filters.ageBands ?? [], serviceTypes: filters.serviceTypes ?? [] }).length > 0
}
