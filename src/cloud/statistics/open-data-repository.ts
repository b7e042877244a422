import type { Queryable } from '../db/database'

/**
 * Open data's reads: public registry fields only, a batch at a time by keyset on the institution id, so an
 * export of any size never holds more than one batch. Complaints contribute counts and public facts only.
 */

const CHINA_YEAR = `to_char((c.submitted_at AT TIME ZONE 'UTC') + interval '8 hours', 'YYYY')`

interface InstitutionOpenRow {
  id: string
  region_code: string
  filing_number: string
  filing_date: string | null
  name: string
  operator_kind: string
  district: string | null
  address: string
  lat: number
  lng: number
  service_types: string[] | null
  places: Record<string, number> | null
  is_affordable: boolean
  is_demonstration: boolean
  latest_grade: string | null
  latest_evaluated_on: string | null
  upheld: string | null
  is_sample: boolean
}

export async function institutionBatch(q: Queryable, regionCode: string | null, afterId: string, limit: number): Promise<InstitutionOpenRow[]> {
  const { rows } = await q.query<InstitutionOpenRow>(
    `SELECT i.id, i.region_code, i.filing_number, i.detail->'filing'->>'receiptDate' AS filing_date, i.name, i.operator_kind,
        i.detail->>'districtName' AS district, i.address, i.lat, i.lng, i.detail->'serviceTypes' AS service_types,
        (SELECT jsonb_object_agg(band, places) FROM (
           SELECT c->>'ageBand' AS band, sum((c->>'capacity')::int) AS places FROM jsonb_array_elements(i.detail->'classes') c GROUP BY 1
         ) b) AS places,
        i.is_affordable, i.is_demonstration,
        i.detail->'evaluations'->0->>'grade' AS latest_grade, i.detail->'evaluations'->0->>'evaluatedOn' AS latest_evaluated_on,
        (SELECT string_agg(y || ':' || n, ';' ORDER BY y) FROM (
           SELECT ${CHINA_YEAR} AS y, count(*) AS n FROM complaints c
            WHERE c.institution_id = i.id AND c.outcome IN ('upheld', 'partly_upheld') GROUP BY 1
         ) u) AS upheld,
        i.is_sample
       FROM institutions i WHERE ($1::text IS NULL OR i.region_code = $1) AND i.id > $2 ORDER BY i.id LIMIT $3`,
    [regionCode, afterId, limit]
  )
  return rows
}

interface RecordOpenRow {
  institution_id: string
  region_code: string
  filing_number: string
  institution_name: string
  is_sample: boolean
  record: Record<string, unknown>
}

/**
 * The evaluations or the inspections of a batch of institutions, one row per record: the lists the registry
 * keeps on each institution (publishEvaluation, recordInspection), not its enforcement decisions.
 */
export async function institutionRecordBatch(
  q: Queryable,
  list: 'evaluations' | 'inspections',
  regionCode: string | null,
  afterId: string,
  limit: number
): Promise<{ lastId: string | null; rows: RecordOpenRow[] }> {
  const { rows } = await q.query<RecordOpenRow & { id: string }>(
    `SELECT b.id, b.id AS institution_id, b.region_code, b.filing_number, b.name AS institution_name, b.is_sample, r AS record
       FROM (SELECT id, region_code, filing_number, name, is_sample, detail FROM institutions
              WHERE ($1::text IS NULL OR region_code = $1) AND id > $2 ORDER BY id LIMIT $3) b
       LEFT JOIN LATERAL jsonb_array_elements(b.detail->$4) r ON true
      ORDER BY b.id`,
    [regionCode, afterId, limit, list]
  )
  return { lastId: rows[rows.length - 1]?.id ?? null, rows: rows.filter((r) => r.record !== null) }
}

/** What an export's freshness is judged by: how many institutions, and the newest change to them or their complaints. */
export async function openDataStamp(q: Queryable, regionCode: string | null): Promise<{ count: number; newest: Date | null }> {
  const { rows } = await q.query<{ count: number; newest: Date | string | null }>(
    `SELECT (SELECT count(*)::int FROM institutions WHERE $1::text IS NULL OR region_code = $1) AS count,
        GREATEST(
          (SELECT max(updated_at) FROM institutions WHERE $1::text IS NULL OR region_code = $1),
          (SELECT max(updated_at) FROM complaints WHERE ($1::text IS NULL OR region_code = $1) AND institution_id IS NOT NULL)
        ) AS newest`,
    [regionCode]
  )
  const row = rows[0]
  return { count: row?.count ?? 0, newest: row?.newest ? new Date(row.newest) : null }
}

interface Open311Row {
  id: string
  region_code: string
  category: string
  status: string
  submitted_at: Date | string
  updated_at: Date | string
  department_code: string
  answered_at: Date | string | null
  institution_name: string | null
  address: string | null
  lat: number | null
  lng: number | null
}

export interface Open311Filter {
  regionCode: string | null
  ids: readonly string[] | null
  category: string | null
  open: boolean | null
  from: Date
  to: Date
  limit: number
}

/**
 * Complaints as Open311 service requests: category, status, dates, department, and the filed institution
 * (its public name, address and location); nothing the complainant wrote or gave, and for a report about an
 * unfiled operator not even the place they named.
 */
export async function open311Requests(q: Queryable, f: Open311Filter): Promise<Open311Row[]> {
  const { rows } = await q.query<Open311Row>(
    `SELECT c.id, c.region_code, c.category, c.status, c.submitted_at, c.updated_at, c.department_code, c.answered_at,
        i.name AS institution_name, i.address, i.lat, i.lng
       FROM complaints c LEFT JOIN institutions i ON i.id = c.institution_id
      WHERE ($1::text IS NULL OR c.region_code = $1)
        AND ($2::text[] IS NULL OR c.id = ANY ($2::text[]))
        AND ($3::text IS NULL OR c.category = $3)
        AND ($4::boolean IS NULL OR (c.status NOT IN ('closed', 'rejected')) = $4)
        AND c.submitted_at >= $5 AND c.submitted_at < $6
      ORDER BY c.submitted_at DESC, c.id LIMIT $7`,
    [f.regionCode, f.ids, f.category, f.open, f.from, f.to, f.limit]
  )
  return rows
}
