import type { ChangeKind } from '../../domain/finder/finder-enums'
import { institutionDetailSchema, type InstitutionDetail } from '../../domain/finder/institution-schema'
import type { Queryable } from '../db/database'

/**
 * Serialises the registry writes of one region: the filing-number check, the next id and the write happen
 * under the region's version row, the row every institution write locks anyway (finder-migrations.ts 0002).
 */
export async function lockRegionRegistry(tx: Queryable, regionCode: string): Promise<void> {
  await tx.query(
    `INSERT INTO finder_region_versions (region_code, version, epoch) VALUES ($1, 0, 1)
       ON CONFLICT (region_code) DO UPDATE SET version = finder_region_versions.version`,
    [regionCode]
  )
}

export async function lockInstitution(tx: Queryable, id: string): Promise<InstitutionDetail | null> {
  const { rows } = await tx.query<{ detail: unknown }>('SELECT detail FROM institutions WHERE id = $1 FOR UPDATE', [id])
  return rows[0] ? institutionDetailSchema.parse(rows[0].detail) : null
}

/**
 * 待定位: the region's filings without a location that can still be placed (not revoked), by id, and how many
 * there are in all. The partial index of 0850 keeps this cheap however large the region's register grows.
 */
export async function listUnlocated(db: Queryable, regionCode: string, limit: number): Promise<{ total: number; items: InstitutionDetail[] }> {
  const where = `region_code = $1 AND detail->>'located' = 'false' AND detail->'standing'->>'status' <> 'revoked'`
  const [{ rows }, counted] = await Promise.all([
    db.query<{ detail: unknown }>(`SELECT detail FROM institutions WHERE ${where} ORDER BY id LIMIT $2`, [regionCode, limit]),
    db.query<{ n: string }>(`SELECT count(*)::text AS n FROM institutions WHERE ${where}`, [regionCode])
  ])
  return { total: Number(counted.rows[0]?.n ?? 0), items: rows.map((r) => institutionDetailSchema.parse(r.detail)) }
}

/** The institution of a region with this filing number, if any. */
export async function institutionIdByFiling(tx: Queryable, regionCode: string, filingNumber: string): Promise<string | null> {
  const { rows } = await tx.query<{ id: string }>('SELECT id FROM institutions WHERE region_code = $1 AND filing_number = $2', [regionCode, filingNumber])
  return rows[0]?.id ?? null
}

/** Every institution of a region by filing number: what an import compares its rows with. */
export async function regionFilings(tx: Queryable, regionCode: string): Promise<Map<string, InstitutionDetail>> {
  const { rows } = await tx.query<{ detail: unknown }>('SELECT detail FROM institutions WHERE region_code = $1', [regionCode])
  const byFiling = new Map<string, InstitutionDetail>()
  for (const row of rows) {
    const detail = institutionDetailSchema.parse(row.detail)
    byFiling.set(detail.filing.number, detail)
  }
  return byFiling
}

/** The highest number after the region's id prefix (zj-0042 → 42); 0 for an empty region. */
export async function highestInstitutionNumber(tx: Queryable, regionCode: string): Promise<number> {
  const { rows } = await tx.query<{ n: number | null }>(
    `SELECT max(substring(id from '[0-9]+$')::int) AS n FROM institutions WHERE region_code = $1`,
    [regionCode]
  )
  return rows[0]?.n ?? 0
}

interface RegistryEvent {
  regionCode: string
  institutionId: string
  kind: ChangeKind
  actorUserId: string
  actorName: string
  department: string
  detail: Record<string, unknown>
  at: Date
}

const EVENT_COLUMNS = 8
const EVENT_BATCH = 500

export async function appendRegistryEvents(tx: Queryable, events: readonly RegistryEvent[]): Promise<void> {
  for (let start = 0; start < events.length; start += EVENT_BATCH) {
    const batch = events.slice(start, start + EVENT_BATCH)
    const tuples = batch.map((_, i) => {
      const p = (c: number) => `$${i * EVENT_COLUMNS + c}`
      return `(${p(1)}, ${p(2)}, ${p(3)}, ${p(4)}, ${p(5)}, ${p(6)}, ${p(7)}::jsonb, ${p(8)}::timestamptz)`
    })
    await tx.query(
      `INSERT INTO registry_events (region_code, institution_id, kind, actor_user_id, actor_name, department, detail, at) VALUES ${tuples.join(', ')}`,
      batch.flatMap((e) => [e.regionCode, e.institutionId, e.kind, e.actorUserId, e.actorName, e.department, JSON.stringify(e.detail), e.at.toISOString()])
    )
  }
}

export async function listRegistryEvents(
  db: Queryable,
  regionCode: string,
  institutionId: string | undefined,
  limit: number
): Promise<(Omit<RegistryEvent, 'at' | 'regionCode'> & { at: string })[]> {
  const { rows } = await db.query<{ institution_id: string; kind: ChangeKind; actor_user_id: string; actor_name: string; department: string; detail: Record<string, unknown>; at: Date | string }>(
    `SELECT institution_id, kind, actor_user_id, actor_name, department, detail, at FROM registry_events
      WHERE region_code = $1 AND ($2::text IS NULL OR institution_id = $2) ORDER BY at DESC, id DESC LIMIT $3`,
    [regionCode, institutionId ?? null, limit]
  )
  return rows.map((r) => ({
    institutionId: r.institution_id,
    kind: r.kind,
    actorUserId: r.actor_user_id,
    actorName: r.actor_name,
    department: r.department,
    detail: r.detail,
    at: new Date(r.at).toISOString()
  }))
}
