import { routingTableSchema, type RegionRouting } from '../../domain/complaints/complaint-routing-schema'
import type { RegionAuditAction, RegionAuditEntry, RegionConfig } from '../../domain/regions/region-config-schema'
import { regionSchema, type Region } from '../../domain/regions/region-schema'
import type { Queryable } from '../db/database'

/** A region as stored: its public record, its routing table (null until one is configured) and its stamp. */
export interface StoredRegion {
  region: Region
  routing: RegionRouting | null
}

interface RegionRow {
  code: string
  id_prefix: string
  name: string
  province: string
  centre_lat: number
  centre_lng: number
  languages: unknown
  source_document: unknown
  policy: unknown
  is_sample: boolean
  tracking_prefix: string
  districts: { code: string; name: string; lat: number; lng: number; streets: string[] }[]
  departments: unknown[]
  rules: unknown[]
}

// One statement per load, so a region and its lists always come from the same snapshot.
const SELECT_REGIONS = `
  SELECT r.code, r.id_prefix, r.name, r.province, r.centre_lat, r.centre_lng, r.languages, r.source_document, r.policy,
         r.is_sample, r.tracking_prefix,
    (SELECT coalesce(json_agg(json_build_object('code', d.code, 'name', d.name, 'lat', d.centre_lat, 'lng', d.centre_lng,
        'streets', (SELECT coalesce(json_agg(s.name ORDER BY s.position), '[]'::json) FROM region_streets s
                     WHERE s.region_code = d.region_code AND s.district_code = d.code)) ORDER BY d.position), '[]'::json)
       FROM region_districts d WHERE d.region_code = r.code) AS districts,
    (SELECT coalesce(json_agg(json_build_object('code', p.code, 'name', p.name, 'phone', p.phone, 'hours', p.hours,
        'duties', p.duties) ORDER BY p.position), '[]'::json)
       FROM region_departments p WHERE p.region_code = r.code) AS departments,
    (SELECT coalesce(json_agg(json_build_object('category', k.category, 'appliesTo', k.applies_to, 'departmentCode', k.department_code,
        'acceptWithinWorkingDays', k.accept_working_days, 'answerWithinWorkingDays', k.answer_working_days) ORDER BY k.position), '[]'::json)
       FROM complaint_routing_rules k WHERE k.region_code = r.code) AS rules
  FROM regions r`

function storedRegion(row: RegionRow): StoredRegion {
  const region = regionSchema.parse({
    code: row.code,
    idPrefix: row.id_prefix,
    name: row.name,
    province: row.province,
    centre: { lat: row.centre_lat, lng: row.centre_lng },
    districts: row.districts.map((d) => ({ code: d.code, name: d.name, centre: { lat: d.lat, lng: d.lng }, streets: d.streets })),
    departments: row.departments,
    policy: row.policy,
    languages: row.languages,
    sourceDocument: row.source_document,
    isSample: row.is_sample
  })
  const routing =
    row.rules.length === 0 ? null : { regionCode: row.code, ...routingTableSchema.parse({ trackingPrefix: row.tracking_prefix, rules: row.rules }) }
  return { region, routing }
}

/** Every region with its lists and routing, in code order. */
export async function loadAllRegions(q: Queryable): Promise<StoredRegion[]> {
  const { rows } = await q.query<RegionRow>(`${SELECT_REGIONS} ORDER BY r.code`)
  return rows.map(storedRegion)
}

export async function loadRegion(q: Queryable, code: string): Promise<StoredRegion | null> {
  const { rows } = await q.query<RegionRow>(`${SELECT_REGIONS} WHERE r.code = $1`, [code])
  return rows[0] ? storedRegion(rows[0]) : null
}

/** The number every configuration edit bumps (see regions-migrations.ts). */
export async function regionConfigVersion(q: Queryable): Promise<number> {
  const { rows } = await q.query<{ version: string }>('SELECT version::text FROM region_config_version')
  return Number(rows[0]?.version ?? 0)
}

let localWrites = 0

/** How many configuration writes this process has made: its own edits are seen at once, not after a second. */
export const localRegionWrites = (): number => localWrites

/**
 * Takes the configuration lock for the rest of the transaction, so edits (and imports from several
 * processes) apply one after another: each compares against what the previous one wrote.
 */
export async function lockRegionConfig(tx: Queryable): Promise<void> {
  await tx.query('SELECT version FROM region_config_version FOR UPDATE')
}

/** The region using this id or tracking prefix, other than `code`; prefixes name one region each. */
export async function regionUsingPrefixes(
  q: Queryable,
  code: string,
  idPrefix: string,
  trackingPrefix: string
): Promise<{ code: string; idPrefix: boolean; trackingPrefix: boolean } | null> {
  const { rows } = await q.query<{ code: string; same_id: boolean; same_tracking: boolean }>(
    `SELECT code, id_prefix = $2 AS same_id, tracking_prefix = $3 AS same_tracking FROM regions
      WHERE code <> $1 AND (id_prefix = $2 OR tracking_prefix = $3) ORDER BY code LIMIT 1`,
    [code, idPrefix, trackingPrefix]
  )
  const row = rows[0]
  return row ? { code: row.code, idPrefix: row.same_id, trackingPrefix: row.same_tracking } : null
}

/**
 * Writes a region's whole configuration: the row, then its districts, streets, departments and routing
 * replaced in their given order. Callers pass a configuration that passed the schema, inside a transaction
 * holding the configuration lock; the version moves with it.
 */
export async function writeRegionConfig(tx: Queryable, config: RegionConfig): Promise<void> {
  await tx.query(
    `INSERT INTO regions (code, name, is_sample, id_prefix, province, centre_lat, centre_lng, languages, source_document, policy, tracking_prefix)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
     ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, is_sample = EXCLUDED.is_sample, id_prefix = EXCLUDED.id_prefix,
       province = EXCLUDED.province, centre_lat = EXCLUDED.centre_lat, centre_lng = EXCLUDED.centre_lng,
       languages = EXCLUDED.languages, source_document = EXCLUDED.source_document, policy = EXCLUDED.policy,
       tracking_prefix = EXCLUDED.tracking_prefix, updated_at = clock_timestamp()`,
    [
      config.code,
      config.name,
      config.isSample,
      config.idPrefix,
      config.province,
      config.centre.lat,
      config.centre.lng,
      JSON.stringify(config.languages),
      JSON.stringify(config.sourceDocument),
      JSON.stringify(config.policy),
      config.routing.trackingPrefix
    ]
  )
  const code = config.code
  await tx.query('DELETE FROM complaint_routing_rules WHERE region_code = $1', [code])
  await tx.query('DELETE FROM region_departments WHERE region_code = $1', [code])
  await tx.query('DELETE FROM region_districts WHERE region_code = $1', [code])
  await tx.query(
    `INSERT INTO region_districts (region_code, code, position, name, centre_lat, centre_lng)
     SELECT $1, x.code, x.position, x.name, x.lat, x.lng
       FROM jsonb_to_recordset($2::jsonb) AS x(code text, position int, name text, lat double precision, lng double precision)`,
    [code, JSON.stringify(config.districts.map((d, position) => ({ code: d.code, position, name: d.name, lat: d.centre.lat, lng: d.centre.lng })))]
  )
  await tx.query(
    `INSERT INTO region_streets (region_code, district_code, position, name)
     SELECT $1, x.district, x.position, x.name FROM jsonb_to_recordset($2::jsonb) AS x(district text, position int, name text)`,
    [code, JSON.stringify(config.districts.flatMap((d) => d.streets.map((name, position) => ({ district: d.code, position, name }))))]
  )
  await tx.query(
    `INSERT INTO region_departments (region_code, code, position, name, phone, hours, duties)
     SELECT $1, x.code, x.position, x.name, x.phone, x.hours, x.duties
       FROM jsonb_to_recordset($2::jsonb) AS x(code text, position int, name text, phone text, hours text, duties text)`,
    [code, JSON.stringify(config.departments.map((d, position) => ({ ...d, position })))]
  )
  await tx.query(
    `INSERT INTO complaint_routing_rules (region_code, category, applies_to, position, department_code, accept_working_days, answer_working_days)
     SELECT $1, x.category, x.applies_to, x.position, x.department, x.accept, x.answer
       FROM jsonb_to_recordset($2::jsonb) AS x(category text, applies_to text, position int, department text, accept int, answer int)`,
    [
      code,
      JSON.stringify(
        config.routing.rules.map((r, position) => ({
          category: r.category,
          applies_to: r.appliesTo,
          position,
          department: r.departmentCode,
          accept: r.acceptWithinWorkingDays,
          answer: r.answerWithinWorkingDays
        }))
      )
    ]
  )
  await tx.query('UPDATE region_config_version SET version = version + 1')
  localWrites++
}

export async function insertRegionAudit(
  tx: Queryable,
  entry: { actorId: string; actorName: string; regionCode: string; action: RegionAuditAction; changes: readonly string[] },
  now: Date
): Promise<void> {
  await tx.query(
    `INSERT INTO region_audit_log (at, actor_id, actor_name, region_code, action, changes) VALUES ($1, $2, $3, $4, $5, $6)`,
    [now.toISOString(), entry.actorId, entry.actorName, entry.regionCode, entry.action, JSON.stringify(entry.changes)]
  )
}

/** Audit entries newest first, optionally of one region, before the entry id `before`. */
export async function listRegionAudit(
  q: Queryable,
  filter: { regionCode: string | null; before: string | null; limit: number }
): Promise<RegionAuditEntry[]> {
  const { rows } = await q.query<{ id: string; at: Date | string; actor_id: string; actor_name: string; region_code: string; action: RegionAuditAction; changes: string[] }>(
    `SELECT id::text, at, actor_id, actor_name, region_code, action, changes FROM region_audit_log
      WHERE ($1::text IS NULL OR region_code = $1) AND ($2::bigint IS NULL OR id < $2::bigint)
      ORDER BY id DESC LIMIT $3`,
    [filter.regionCode, filter.before, filter.limit]
  )
  return rows.map((row) => ({
    id: row.id,
    at: new Date(row.at).toISOString(),
    actorId: row.actor_id,
    actorName: row.actor_name,
    regionCode: row.region_code,
    action: row.action,
    changes: row.changes
  }))
}
