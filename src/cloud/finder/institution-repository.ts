import { institutionDetailSchema, type InstitutionDetail } from '../../domain/finder/institution-schema'
import type { Queryable } from '../db/database'

const COLUMNS = [
  'id',
  'region_code',
  'district_code',
  'name',
  'address',
  'lat',
  'lng',
  'filing_number',
  'operator_kind',
  'is_affordable',
  'is_demonstration',
  'detail',
  'is_sample'
] as const

function rowValues(inst: InstitutionDetail): unknown[] {
  return [
    inst.id,
    inst.regionCode,
    inst.districtCode,
    inst.name,
    inst.address,
    inst.location.lat,
    inst.location.lng,
    inst.filing.number,
    inst.operatorKind,
    inst.isAffordable,
    inst.isDemonstration,
    JSON.stringify(inst),
    inst.isSample
  ]
}

// Large seeds go in batches so one statement stays well under PostgreSQL's 65,535 bind parameters.
const BATCH = 200

/** Inserts or replaces institutions whole; callers pass records that already passed the schema. */
export async function saveInstitutions(db: Queryable, institutions: readonly InstitutionDetail[]): Promise<void> {
  for (let start = 0; start < institutions.length; start += BATCH) {
    const batch = institutions.slice(start, start + BATCH)
    const params = batch.flatMap(rowValues)
    const tuples = batch.map(
      (_, row) => `(${COLUMNS.map((__, col) => `$${row * COLUMNS.length + col + 1}`).join(', ')})`
    )
    const updates = COLUMNS.filter((c) => c !== 'id').map((c) => `${c} = EXCLUDED.${c}`)
    await db.query(
      `INSERT INTO institutions (${COLUMNS.join(', ')}) VALUES ${tuples.join(', ')}
       ON CONFLICT (id) DO UPDATE SET ${updates.join(', ')}, updated_at = now()`,
      params
    )
  }
}

export async function findInstitution(db: Queryable, id: string): Promise<InstitutionDetail | null> {
  const { rows } = await db.query<{ detail: unknown }>('SELECT detail FROM institutions WHERE id = $1', [id])
  return rows[0] ? institutionDetailSchema.parse(rows[0].detail) : null
}

export async function listRegionInstitutions(db: Queryable, regionCode: string): Promise<InstitutionDetail[]> {
  const { rows } = await db.query<{ detail: InstitutionDetail }>(
    'SELECT detail FROM institutions WHERE region_code = $1 ORDER BY id',
    [regionCode]
  )
  return rows.map((r) => r.detail)
}

export async function countInstitutions(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM institutions')
  return rows[0]?.n ?? 0
}

/** Changes whenever any institution row changes (see the trigger in finder-migrations.ts). */
export async function finderDataVersion(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ version: number | string }>('SELECT version FROM finder_data_version')
  return Number(rows[0]?.version ?? 0)
}
