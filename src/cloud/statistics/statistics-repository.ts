import type { Queryable } from '../db/database'
import type { PlanTarget, Population, RegionStatisticsConfig } from '../../domain/statistics/statistics-schema'

/**
 * The statistics context's SQL: its own configuration tables, and read-only aggregates over the registry
 * (institutions) and complaints. Every figure is a GROUP BY here; only the rows needed for a median (answered
 * complaints' two instants) leave the database one by one.
 */

/**
 * Replaces the populations and targets of the configured regions with the data file's. Upserts, so two
 * processes starting at once (cloud functions' cold starts) end with the same rows instead of a conflict.
 */
export async function saveStatisticsConfig(q: Queryable, configs: readonly RegionStatisticsConfig[]): Promise<void> {
  for (const config of configs) {
    await q.query('DELETE FROM statistics_populations WHERE region_code = $1', [config.regionCode])
    await q.query('DELETE FROM statistics_plan_targets WHERE region_code = $1', [config.regionCode])
    for (const p of config.populations) {
      await q.query(
        `INSERT INTO statistics_populations (region_code, district_code, residents, year, source, is_sample) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (region_code, district_code) DO UPDATE SET residents = EXCLUDED.residents, year = EXCLUDED.year,
           source = EXCLUDED.source, is_sample = EXCLUDED.is_sample`,
        [config.regionCode, p.districtCode ?? '', p.residents, p.year, p.source, p.isSample]
      )
    }
    for (const t of config.targets) {
      await q.query(
        `INSERT INTO statistics_plan_targets (region_code, indicator, year, value, document, file, line, quote)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (region_code, indicator, year) DO UPDATE SET value = EXCLUDED.value, document = EXCLUDED.document,
           file = EXCLUDED.file, line = EXCLUDED.line, quote = EXCLUDED.quote`,
        [config.regionCode, t.indicator, t.year, t.value, t.citation.document, t.citation.file, t.citation.line, t.citation.quote]
      )
    }
  }
}

export async function findPopulations(q: Queryable, regionCode: string): Promise<Population[]> {
  const { rows } = await q.query<{ district_code: string; residents: number; year: number; source: string; is_sample: boolean }>(
    `SELECT district_code, residents, year, source, is_sample FROM statistics_populations WHERE region_code = $1 ORDER BY district_code`,
    [regionCode]
  )
  return rows.map((r) => ({ districtCode: r.district_code || null, residents: r.residents, year: r.year, source: r.source, isSample: r.is_sample }))
}

export async function findPlanTargets(q: Queryable, regionCode: string): Promise<PlanTarget[]> {
  const { rows } = await q.query<{ indicator: PlanTarget['indicator']; year: number; value: number; document: string; file: string; line: number; quote: string }>(
    `SELECT indicator, year, value, document, file, line, quote FROM statistics_plan_targets WHERE region_code = $1 ORDER BY indicator, year`,
    [regionCode]
  )
  return rows.map((r) => ({
    indicator: r.indicator,
    year: r.year,
    value: Number(r.value),
    citation: { document: r.document, file: r.file, line: r.line, quote: r.quote }
  }))
}

/** The finder's version of the region's institution rows: statistics computed at this version are still current. */
export async function registryVersion(q: Queryable, regionCode: string): Promise<string> {
  const { rows } = await q.query<{ version: string | null; epoch: string | null }>(
    'SELECT version::text, epoch::text FROM finder_region_versions WHERE region_code = $1',
    [regionCode]
  )
  return `${rows[0]?.version ?? 0}/${rows[0]?.epoch ?? 0}`
}

interface DistrictFacts {
  districtCode: string
  institutions: number
  places: number
  affordablePlaces: number
  demonstration: number
}

// Places are the capacity of an institution's classes (托位).
const PLACES = `COALESCE((SELECT sum((c->>'capacity')::int) FROM jsonb_array_elements(i.detail->'classes') c), 0)`

export async function districtFacts(q: Queryable, regionCode: string): Promise<DistrictFacts[]> {
  const { rows } = await q.query<{ district_code: string; institutions: number; places: number; affordable: number; demonstration: number }>(
    `SELECT i.district_code, count(*)::int AS institutions, sum(${PLACES})::int AS places,
        COALESCE(sum(${PLACES}) FILTER (WHERE i.is_affordable), 0)::int AS affordable,
        count(*) FILTER (WHERE i.is_demonstration)::int AS demonstration
       FROM institutions i WHERE i.region_code = $1 GROUP BY i.district_code`,
    [regionCode]
  )
  return rows.map((r) => ({
    districtCode: r.district_code,
    institutions: r.institutions,
    places: r.places,
    affordablePlaces: r.affordable,
    demonstration: r.demonstration
  }))
}

/** Per district, how many of the configured streets have at least one institution. */
export async function coveredStreets(
  q: Queryable,
  regionCode: string,
  streets: readonly { districtCode: string; street: string }[]
): Promise<Map<string, number>> {
  const { rows } = await q.query<{ district_code: string; covered: number }>(
    `SELECT s.district_code, count(*) FILTER (WHERE EXISTS (
         SELECT 1 FROM institutions i WHERE i.region_code = $1 AND i.district_code = s.district_code AND i.detail->>'street' = s.street
       ))::int AS covered
       FROM unnest($2::text[], $3::text[]) AS s (district_code, street) GROUP BY s.district_code`,
    [regionCode, streets.map((s) => s.districtCode), streets.map((s) => s.street)]
  )
  return new Map(rows.map((r) => [r.district_code, r.covered]))
}

/** Places of the institutions offering each service type (an institution offering two counts under both). */
export async function placesByServiceType(q: Queryable, regionCode: string): Promise<Map<string, number>> {
  const { rows } = await q.query<{ service_type: string; places: number }>(
    `SELECT st AS service_type, sum(${PLACES})::int AS places
       FROM institutions i, jsonb_array_elements_text(i.detail->'serviceTypes') st
      WHERE i.region_code = $1 GROUP BY st`,
    [regionCode]
  )
  return new Map(rows.map((r) => [r.service_type, r.places]))
}

/** Free places by age band in vacancy reports dated `freshSince` (YYYY-MM-DD) or later. */
export async function vacanciesByAgeBand(q: Queryable, regionCode: string, freshSince: string): Promise<Map<string, number>> {
  const { rows } = await q.query<{ age_band: string; places: number }>(
    `SELECT v->>'ageBand' AS age_band, sum((v->>'places')::int)::int AS places
       FROM institutions i, jsonb_array_elements(i.detail->'vacancies') v
      WHERE i.region_code = $1 AND v->>'reportedOn' >= $2 GROUP BY v->>'ageBand'`,
    [regionCode, freshSince]
  )
  return new Map(rows.map((r) => [r.age_band, r.places]))
}

interface EvaluationFacts {
  grades: Map<string, number>
  evaluatedSince: number
  openRectifications: number
}

/**
 * Latest grades (evaluations are kept newest first), institutions whose latest evaluation is dated `since` or
 * later, and institutions with an evaluation whose 整改 is required or under way.
 */
export async function evaluationFacts(q: Queryable, regionCode: string, since: string): Promise<EvaluationFacts> {
  const { rows } = await q.query<{ grade: string | null; institutions: number; evaluated_since: number; open_rectifications: number }>(
    `SELECT i.detail->'evaluations'->0->>'grade' AS grade, count(*)::int AS institutions,
        count(*) FILTER (WHERE i.detail->'evaluations'->0->>'evaluatedOn' >= $2)::int AS evaluated_since,
        count(*) FILTER (WHERE EXISTS (
          SELECT 1 FROM jsonb_array_elements(i.detail->'evaluations') e WHERE e->>'rectification' IN ('required', 'in_progress')
        ))::int AS open_rectifications
       FROM institutions i WHERE i.region_code = $1 GROUP BY 1`,
    [regionCode, since]
  )
  const grades = new Map<string, number>()
  for (const r of rows) if (r.grade) grades.set(r.grade, r.institutions)
  return {
    grades,
    evaluatedSince: rows.reduce((sum, r) => sum + r.evaluated_since, 0),
    openRectifications: rows.reduce((sum, r) => sum + r.open_rectifications, 0)
  }
}

export interface DepartmentComplaintFacts {
  departmentCode: string
  received: number
  upheld: number
  acceptDue: number
  acceptedOnTime: number
  /** Accepted, unanswered and past the answer deadline at `now`. */
  answerOverdue: number
}

const UPHELD = `('upheld', 'partly_upheld')`

/**
 * Complaints submitted since `since`, per department: received, upheld (wholly or partly), how many acceptance
 * deadlines fell due (decided, or past the deadline at `now`) and were met, and how many accepted complaints
 * are past their answer deadline unanswered. Acceptance is the first step out of 'submitted' (accepted,
 * rejected, merged). Whether an answer came in time is worked out from `answeredComplaints`: the answer
 * deadline is cleared once answered, and counting working days needs the holiday calendar.
 */
export async function departmentComplaintFacts(q: Queryable, regionCode: string, since: Date, now: Date): Promise<DepartmentComplaintFacts[]> {
  const { rows } = await q.query<{
    department_code: string
    received: number
    upheld: number
    accept_due: number
    accepted_on_time: number
    answer_overdue: number
  }>(
    `WITH c AS (
       SELECT c.department_code, c.accept_by, c.answer_by, c.answered_at, c.outcome,
         (SELECT min(e.at) FROM complaint_events e
           WHERE e.complaint_id = c.id AND e.from_status = 'submitted' AND e.to_status <> 'submitted') AS decided_at
         FROM complaints c WHERE c.region_code = $1 AND c.submitted_at >= $2
     )
     SELECT department_code, count(*)::int AS received,
        count(*) FILTER (WHERE outcome IN ${UPHELD})::int AS upheld,
        count(*) FILTER (WHERE decided_at IS NOT NULL OR accept_by < $3)::int AS accept_due,
        count(*) FILTER (WHERE decided_at <= accept_by)::int AS accepted_on_time,
        count(*) FILTER (WHERE answered_at IS NULL AND answer_by < $3)::int AS answer_overdue
       FROM c GROUP BY department_code ORDER BY department_code`,
    [regionCode, since, now]
  )
  return rows.map((r) => ({
    departmentCode: r.department_code,
    received: r.received,
    upheld: r.upheld,
    acceptDue: r.accept_due,
    acceptedOnTime: r.accepted_on_time,
    answerOverdue: r.answer_overdue
  }))
}

export async function upheldByCategory(q: Queryable, regionCode: string, since: Date): Promise<Map<string, number>> {
  const { rows } = await q.query<{ category: string; upheld: number }>(
    `SELECT category, count(*)::int AS upheld FROM complaints
      WHERE region_code = $1 AND submitted_at >= $2 AND outcome IN ${UPHELD} GROUP BY category`,
    [regionCode, since]
  )
  return new Map(rows.map((r) => [r.category, r.upheld]))
}

export interface DepartmentMonth {
  departmentCode: string
  month: string
  received: number
  answered: number
}

// China's month of an instant: UTC wall clock plus the fixed eight hours, never a named zone.
const chinaMonth = (column: string) => `to_char((${column} AT TIME ZONE 'UTC') + interval '8 hours', 'YYYY-MM')`

/** Complaints received (by month submitted) and answered (by month answered) since `since`, per department. */
export async function departmentMonths(q: Queryable, regionCode: string, since: Date): Promise<DepartmentMonth[]> {
  const { rows } = await q.query<{ department_code: string; month: string; received: number; answered: number }>(
    `SELECT department_code, month, sum(received)::int AS received, sum(answered)::int AS answered FROM (
        SELECT department_code, ${chinaMonth('submitted_at')} AS month, 1 AS received, 0 AS answered
          FROM complaints WHERE region_code = $1 AND submitted_at >= $2
        UNION ALL
        SELECT department_code, ${chinaMonth('answered_at')}, 0, 1
          FROM complaints WHERE region_code = $1 AND answered_at >= $2
      ) x GROUP BY department_code, month ORDER BY department_code, month`,
    [regionCode, since]
  )
  return rows.map((r) => ({ departmentCode: r.department_code, month: r.month, received: r.received, answered: r.answered }))
}

interface AnsweredComplaint {
  departmentCode: string
  submittedAt: Date
  acceptedAt: Date | null
  answerWithinDays: number
  answeredAt: Date
}

/** The complaints submitted since `since` and answered, with what decides how long they took and whether in time. */
export async function answeredComplaints(q: Queryable, regionCode: string, since: Date): Promise<AnsweredComplaint[]> {
  const { rows } = await q.query<{ department_code: string; submitted_at: Date | string; accepted_at: Date | string | null; answer_within_days: number; answered_at: Date | string }>(
    `SELECT c.department_code, c.submitted_at, c.answer_within_days, c.answered_at,
        (SELECT min(e.at) FROM complaint_events e WHERE e.complaint_id = c.id AND e.to_status = 'accepted') AS accepted_at
       FROM complaints c WHERE c.region_code = $1 AND c.submitted_at >= $2 AND c.answered_at IS NOT NULL`,
    [regionCode, since]
  )
  return rows.map((r) => ({
    departmentCode: r.department_code,
    submittedAt: new Date(r.submitted_at),
    acceptedAt: r.accepted_at === null ? null : new Date(r.accepted_at),
    answerWithinDays: r.answer_within_days,
    answeredAt: new Date(r.answered_at)
  }))
}
