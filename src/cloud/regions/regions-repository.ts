import { regionSchema, type Region, type RegionSummary } from '../../domain/regions/region-schema'
import type { Queryable } from '../db/database'

export async function saveRegions(db: Queryable, regions: readonly Region[]): Promise<void> {
  for (const region of regions) {
    await db.query(
      `INSERT INTO regions (code, name, data, is_sample) VALUES ($1, $2, $3, $4)
       ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, data = EXCLUDED.data,
         is_sample = EXCLUDED.is_sample, updated_at = now()`,
      [region.code, region.name, JSON.stringify(region), region.isSample]
    )
  }
}

export async function listRegions(db: Queryable): Promise<RegionSummary[]> {
  const { rows } = await db.query<{ data: Region }>('SELECT data FROM regions ORDER BY code')
  return rows.map(({ data }) => ({
    code: data.code,
    name: data.name,
    province: data.province,
    centre: data.centre,
    isSample: data.isSample
  }))
}

export async function findRegion(db: Queryable, code: string): Promise<Region | null> {
  const { rows } = await db.query<{ data: unknown }>('SELECT data FROM regions WHERE code = $1', [code])
  return rows[0] ? regionSchema.parse(rows[0].data) : null
}
