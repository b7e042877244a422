import type { Queryable } from '../db/database'

/** An institution's photos (workspace-migrations.ts 0812); which ones show, and in what order, is on its record. */

export async function insertInstitutionPhoto(q: Queryable, institutionId: string, photo: { id: string; jpeg: Uint8Array; width: number; height: number; bytes: number }, now: Date): Promise<void> {
  await q.query(`INSERT INTO institution_photos (id, institution_id, jpeg, width, height, byte_size, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
    photo.id,
    institutionId,
    photo.jpeg,
    photo.width,
    photo.height,
    photo.bytes,
    now
  ])
}

export async function deleteInstitutionPhotos(q: Queryable, institutionId: string, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return
  await q.query(`DELETE FROM institution_photos WHERE institution_id = $1 AND id = ANY($2::text[])`, [institutionId, [...ids]])
}

export async function readInstitutionPhoto(q: Queryable, institutionId: string, id: string): Promise<Uint8Array | null> {
  const { rows } = await q.query<{ jpeg: Uint8Array }>(`SELECT jpeg FROM institution_photos WHERE institution_id = $1 AND id = $2`, [institutionId, id])
  return rows[0]?.jpeg ?? null
}
