import { institutionDetailSchema, type InstitutionDetail } from '../../domain/finder/institution-schema'
import { toSearchable, type SearchableInstitution } from '../../domain/finder/search-rules'
import { isListed } from '../../domain/registry/filing-rules'
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
  'search_facts',
  'listed',
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
    JSON.stringify(toSearchable(inst)),
    isListed(inst),
    inst.isSample
  ]
}

// Large seeds go in batches so one statement stays well under PostgreSQL's 65,535 bind parameters.
const BATCH = 200

let localWrites = 0

/**
 * How many institution writes this process has made. The search index cache checks the database at most
 * once a second for other processes' writes, but at once after one of its own, so a family always sees
 * what it (or a test) has just saved.
 */
export const localInstitutionWrites = (): number => localWrites

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
  localWrites++
}

export async function findInstitution(db: Queryable, id: string): Promise<InstitutionDetail | null> {
  const { rows } = await db.query<{ detail: unknown }>('SELECT detail FROM institutions WHERE id = $1', [id])
  return rows[0] ? institutionDetailSchema.parse(rows[0].detail) : null
}

/** The record and the version its region had in the same snapshot (see finder-migrations.ts). */
export async function findInstitutionWithVersion(db: Queryable, id: string): Promise<{ detail: InstitutionDetail; version: number } | null> {
  const { rows } = await db.query<{ detail: unknown; version: string | null }>(
    `SELECT i.detail, v.version FROM institutions i LEFT JOIN finder_region_versions v ON v.region_code = i.region_code WHERE i.id = $1`,
    [id]
  )
  const row = rows[0]
  return row ? { detail: institutionDetailSchema.parse(row.detail), version: Number(row.version ?? 0) } : null
}

export async function listRegionInstitutions(db: Queryable, regionCode: string): Promise<InstitutionDetail[]> {
  const { rows } = await db.query<{ detail: InstitutionDetail }>(
    'SELECT detail FROM institutions WHERE region_code = $1 ORDER BY id',
    [regionCode]
  )
  return rows.map((r) => r.detail)
}

/** The districts of a region that institutions are filed in. */
export async function districtCodesInUse(q: Queryable, regionCode: string): Promise<string[]> {
  const { rows } = await q.query<{ district_code: string }>('SELECT DISTINCT district_code FROM institutions WHERE region_code = $1', [regionCode])
  return rows.map((row) => row.district_code)
}

export async function countInstitutions(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM institutions')
  return rows[0]?.n ?? 0
}

/** Where a region's search data stands (see finder-migrations.ts); null when the region does not exist. */
export interface RegionDataState {
  regionStamp: string
  version: number
  epoch: number
}

export async function regionDataState(db: Queryable, regionCode: string): Promise<RegionDataState | null> {
  const { rows } = await db.query<{ stamp: string; version: string | null; epoch: string | null }>(
    `SELECT r.updated_at::text AS stamp, v.version, v.epoch
       FROM regions r LEFT JOIN finder_region_versions v ON v.region_code = r.code WHERE r.code = $1`,
    [regionCode]
  )
  const row = rows[0]
  return row ? { regionStamp: row.stamp, version: Number(row.version ?? 0), epoch: Number(row.epoch ?? 0) } : null
}

/** A row's search projection, made from its record for rows saved before it existed or since a migration cleared it. */
const factsOf = (row: { facts: SearchableInstitution | null; detail: InstitutionDetail | null }): SearchableInstitution =>
  row.facts ?? toSearchable(institutionDetailSchema.parse(row.detail))

/**
 * The narrow search projection of a region's listed institutions written after `sinceVersion` (all of them
 * for -1), the ids written since that are no longer listed (revoked, suspended or not yet placed: the index
 * drops them), and the highest version among them.
 */
export async function regionSearchFacts(
  db: Queryable,
  regionCode: string,
  sinceVersion: number
): Promise<{ facts: SearchableInstitution[]; unlistedIds: string[]; version: number }> {
  const { rows } = await db.query<{ id: string; listed: boolean; facts: SearchableInstitution | null; detail: InstitutionDetail | null; row_version: string }>(
    `SELECT id, listed, CASE WHEN listed THEN search_facts END AS facts,
            CASE WHEN listed AND search_facts IS NULL THEN detail END AS detail, row_version::text
       FROM institutions WHERE region_code = $1 AND row_version > $2`,
    [regionCode, sinceVersion]
  )
  let version = sinceVersion
  const facts: SearchableInstitution[] = []
  const unlistedIds: string[] = []
  for (const row of rows) {
    version = Math.max(version, Number(row.row_version))
    if (!row.listed) unlistedIds.push(row.id)
    else facts.push(factsOf(row))
  }
  return { facts, unlistedIds, version }
}

/**
 * The same projection of a region's listed institutions whose stored point lies in `box`, read through the
 * (region_code, lat, lng) index (0870): what a search reads in a process that has no index of the region.
 */
export async function regionSearchFactsInBox(
  db: Queryable,
  regionCode: string,
  box: { minLat: number; maxLat: number; minLng: number; maxLng: number }
): Promise<SearchableInstitution[]> {
  const { rows } = await db.query<{ facts: SearchableInstitution | null; detail: InstitutionDetail | null }>(
    `SELECT search_facts AS facts, CASE WHEN search_facts IS NULL THEN detail END AS detail
       FROM institutions
      WHERE region_code = $1 AND listed AND lat BETWEEN $2 AND $3 AND lng BETWEEN $4 AND $5`,
    [regionCode, box.minLat, box.maxLat, box.minLng, box.maxLng]
  )
  return rows.map(factsOf)
}
