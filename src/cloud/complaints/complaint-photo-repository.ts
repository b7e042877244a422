import type { Queryable } from '../db/database'

/**
 * Photos on their way into a complaint are found by the hash of their ticket, never by who sent them: a
 * complaint's photos, even while pending, lead to nobody.
 */

/** Deletes photos never sent with a complaint, and says how many went. */
export async function deleteUnsentPhotos(q: Queryable, olderThan: Date): Promise<number> {
  const { rows } = await q.query(`DELETE FROM complaint_photos WHERE complaint_id IS NULL AND created_at < $1 RETURNING id`, [olderThan])
  return rows.length
}

export interface PhotoMeta {
  id: string
  width: number
  height: number
  bytes: number
}

export async function insertPendingPhoto(q: Queryable, photo: PhotoMeta & { ticketHash: string; jpeg: Uint8Array }, now: Date): Promise<void> {
  await q.query(
    `INSERT INTO complaint_photos (id, ticket_hash, jpeg, width, height, byte_size, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [photo.id, photo.ticketHash, photo.jpeg, photo.width, photo.height, photo.bytes, now]
  )
}

/**
 * Attaches the pending photos whose tickets hash to `ticketHashes` to a complaint and forgets the hashes, so a
 * ticket works once. Returns how many were attached (fewer than asked means a ticket was unknown or spent).
 */
export async function attachPhotos(q: Queryable, ticketHashes: readonly string[], complaintId: string): Promise<number> {
  if (ticketHashes.length === 0) return 0
  const { rows } = await q.query(
    `UPDATE complaint_photos SET complaint_id = $2, ticket_hash = NULL
      WHERE ticket_hash = ANY($1::text[]) AND complaint_id IS NULL
      RETURNING id`,
    [[...ticketHashes], complaintId]
  )
  return rows.length
}

export async function listPhotos(q: Queryable, complaintIds: readonly string[]): Promise<(PhotoMeta & { complaintId: string })[]> {
  const { rows } = await q.query<{ id: string; complaint_id: string; width: number; height: number; byte_size: number }>(
    `SELECT id, complaint_id, width, height, byte_size FROM complaint_photos
      WHERE complaint_id = ANY($1::text[]) ORDER BY created_at, id`,
    [[...complaintIds]]
  )
  return rows.map((row) => ({ id: row.id, complaintId: row.complaint_id, width: row.width, height: row.height, bytes: row.byte_size }))
}

export async function readPhoto(q: Queryable, id: string, complaintIds: readonly string[]): Promise<Uint8Array | null> {
  const { rows } = await q.query<{ jpeg: Uint8Array }>(
    `SELECT jpeg FROM complaint_photos WHERE id = $1 AND complaint_id = ANY($2::text[])`,
    [id, [...complaintIds]]
  )
  return rows[0]?.jpeg ?? null
}

/**
 * Takes a pending upload out of this table by its ticket's hash, for another context to keep (an institution's
 * premises or disclosure photo): the ticket works once, and the bytes leave with it.
 */
export async function takePendingPhoto(q: Queryable, ticketHash: string): Promise<(PhotoMeta & { jpeg: Uint8Array }) | null> {
  const { rows } = await q.query<{ id: string; jpeg: Uint8Array; width: number; height: number; byte_size: number }>(
    `DELETE FROM complaint_photos WHERE ticket_hash = $1 AND complaint_id IS NULL RETURNING id, jpeg, width, height, byte_size`,
    [ticketHash]
  )
  const row = rows[0]
  return row ? { id: row.id, jpeg: row.jpeg, width: row.width, height: row.height, bytes: row.byte_size } : null
}
