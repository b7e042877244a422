import '../../i18n/zh-cn-pages/complaints'
import '../../i18n/zh-cn-pages/statistics'
import { type ComplaintStatus } from '../../domain/complaints/complaint-schema'
import { COMPLAINT_CATEGORIES, type ComplaintCategory } from '../../domain/complaints/complaint-category-schema'
import { AGE_BANDS } from '../../domain/finder/finder-enums'
import { chinaDateOf } from '../../domain/bookings/china-time-rules'
import type { Region } from '../../domain/regions/region-schema'
import type { OpenDataRow, OpenDataSet } from '../../domain/statistics/open-data-fields'
import { t } from '../../i18n/translate'
import type { Database } from '../db/database'
import { regionByCode } from '../regions/regions-service'
import { institutionBatch, institutionRecordBatch, open311Requests, openDataStamp, type Open311Filter } from './open-data-repository'

/** Institutions read per query while streaming an export. */
const BATCH = 500

export async function knownRegion(db: Database, code: string): Promise<Region | null> {
  return regionByCode(db, code)
}

/** The export's validators: a weak ETag and Last-Modified from the count and the newest change in scope. */
export async function openDataValidators(db: Database, set: OpenDataSet, regionCode: string | null): Promise<{ etag: string; lastModified: Date }> {
  const { count, newest } = await openDataStamp(db, regionCode)
  const modified = newest ?? new Date(0)
  // HTTP dates have whole seconds; the ETag keeps the milliseconds so two changes within a second differ.
  return { etag: `W/"${set}-${regionCode ?? 'all'}-${count}-${modified.getTime()}"`, lastModified: new Date(Math.floor(modified.getTime() / 1000) * 1000) }
}

/** The rows of an export, a batch at a time. */
export async function* openDataBatches(db: Database, set: OpenDataSet, regionCode: string | null): AsyncGenerator<OpenDataRow[]> {
  let after = ''
  for (;;) {
    if (set === 'institutions') {
      const rows = await institutionBatch(db, regionCode, after, BATCH)
      if (rows.length === 0) return
      after = rows[rows.length - 1]?.id ?? after
      yield rows.map((r) => ({
        region_code: r.region_code,
        filing_number: r.filing_number,
        filing_date: r.filing_date,
        name: r.name,
        operator_kind: r.operator_kind,
        district: r.district,
        address: r.address,
        lat: r.lat,
        lng: r.lng,
        datum: 'GCJ-02',
        service_types: (r.service_types ?? []).join(';'),
        ...Object.fromEntries(AGE_BANDS.map((band) => [`places_${band}`, r.places?.[band] ?? 0])),
        is_affordable: r.is_affordable,
        is_demonstration: r.is_demonstration,
        latest_grade: r.latest_grade,
        latest_evaluated_on: r.latest_evaluated_on,
        upheld_complaints_by_year: r.upheld ?? '',
        is_sample: r.is_sample
      }))
      if (rows.length < BATCH) return
      continue
    }
    const { lastId, rows } = await institutionRecordBatch(db, set, regionCode, after, BATCH)
    if (lastId === null) return
    after = lastId
    const common = (r: (typeof rows)[number]) => ({ region_code: r.region_code, filing_number: r.filing_number, institution_name: r.institution_name, is_sample: r.is_sample })
    const text = (value: unknown) => (typeof value === 'string' ? value : null)
    yield set === 'evaluations'
      ? rows.map((r) => ({
          ...common(r),
          evaluated_on: text(r.record.evaluatedOn),
          evaluator: text(r.record.evaluator),
          total: typeof r.record.total === 'number' ? r.record.total : null,
          grade: text(r.record.grade),
          rectification: text(r.record.rectification)
        }))
      : rows.map((r) => ({
          ...common(r),
          inspected_on: text(r.record.inspectedOn),
          kind: text(r.record.kind),
          department: text(r.record.department),
          result: text(r.record.result),
          findings: text(r.record.findings),
          next_due_on: text(r.record.nextDueOn)
        }))
  }
}

// --- Open311 GeoReport v2 -------------------------------------------------------------------------------

/** A service request as GeoReport v2 names its fields; the values Open311 clients expect, nothing else. */
export interface ServiceRequest {
  service_request_id: string
  status: 'open' | 'closed'
  status_notes: string
  service_name: string
  service_code: string
  agency_responsible: string
  requested_datetime: string
  updated_datetime: string
  address: string | null
  lat: number | null
  long: number | null
}

interface Service {
  service_code: string
  service_name: string
  description: string
  metadata: boolean
  type: 'realtime' | 'batch' | 'blackbox'
  keywords: string
  group: string
}

export function open311Services(): Service[] {
  return COMPLAINT_CATEGORIES.map((category) => ({
    service_code: category,
    service_name: t(`complaints.categories.${category}`),
    description: t(`complaints.categoryHints.${category}`),
    metadata: false,
    type: 'batch',
    keywords: '',
    group: t('statistics.open311Group')
  }))
}

/**
 * A day in China as an Open311 datetime. Times are published to the day only: a minute-exact filing time
 * could let an institution guess which family complained.
 */
const chinaDay = (instant: Date | string) => `${chinaDateOf(new Date(instant))}T00:00:00+08:00`

const CLOSED: readonly ComplaintStatus[] = ['closed', 'rejected']

export async function open311ServiceRequests(db: Database, filter: Open311Filter): Promise<ServiceRequest[]> {
  const rows = await open311Requests(db, filter)
  const regions = new Map<string, Region | null>()
  for (const code of new Set(rows.map((r) => r.region_code))) regions.set(code, await regionByCode(db, code))
  return rows.map((r) => {
    const status = r.status as ComplaintStatus
    const department = regions.get(r.region_code)?.departments.find((d) => d.code === r.department_code)
    return {
      service_request_id: r.id,
      status: CLOSED.includes(status) ? 'closed' : 'open',
      status_notes: t(`complaints.statuses.${status}`),
      service_name: t(`complaints.categories.${r.category as ComplaintCategory}`),
      service_code: r.category,
      agency_responsible: department?.name ?? r.department_code,
      requested_datetime: chinaDay(r.submitted_at),
      updated_datetime: chinaDay(r.updated_at),
      address: r.institution_name && r.address ? `${r.institution_name}，${r.address}` : null,
      lat: r.lat,
      long: r.lng
    }
  })
}
