import type { Queryable } from '../db/database'

interface UploadRecord {
  id: string
  uploaderId: string
  byteLength: number
  receivedBytes: number
  nextPart: number
}

interface UploadRow {
  id: string
  uploader_id: string
  byte_length: number
  received_bytes: number
  next_part: number
}

const toUpload = (row: UploadRow): UploadRecord => ({
  id: row.id,
  uploaderId: row.uploader_id,
  byteLength: row.byte_length,
  receivedBytes: row.received_bytes,
  nextPart: row.next_part
})

/** Forgets uploads never finished and photos never sent with a complaint, once they are a day old. */
export async function deleteAbandonedPhotos(q: Queryable, olderThan: Date): Promise<void> {
  await q.query(`DELETE FROM complaint_photo_uploads WHERE created_at < $1`, [olderThan])
  await q.query(`DELETE FROM complaint_photos WHERE complaint_id IS NULL AND created_at < $1`, [olderThan])
}

/** Uploads in progress plus finished photos not yet sent with a complaint, for one parent. */
export async function countPendingPhotos(q: Queryable, uploaderId: string): Promise<number> {
  const { rows } = await q.query<{ n: number }>(
    `SELECT (SELECT count(*) FROM complaint_photo_uploads WHERE uploader_id = $1)
          + (SELECT count(*) FROM complaint_photos WHERE uploader_id = $1) AS n`,
    [uploaderId]
  )
  return Number(rows[0]?.n ?? 0)
}

export async function insertUpload(q: Queryable, upload: { id: string; uploaderId: string; byteLength: number }, now: Date): Promise<void> {
  await q.query(
    `INSERT INTO complaint_photo_uploads (id, uploader_id, byte_length, created_at) VALUES ($1, $2, $3, $4)`,
    [upload.id, upload.uploaderId, upload.byteLength, now]
  )
}

export async function findUpload(q: Queryable, id: string, uploaderId: string): Promise<UploadRecord | null> {
  const { rows } = await q.query<UploadRow>(
    `SELECT id, uploader_id, byte_length, length(received)::int AS received_bytes, next_part
       FROM complaint_photo_uploads WHERE id = $1 AND uploader_id = $2`,
    [id, uploaderId]
  )
  return rows[0] ? toUpload(rows[0]) : null
}

/**
 * Appends part `partIndex` if it is the next one expected: the condition on `next_part` makes a part sent twice
 * (a retry racing the original) land once. Returns the bytes received so far, or null when it was not the next part.
 */
export async function appendPart(q: Queryable, id: string, partIndex: number, bytes: Uint8Array): Promise<number | null> {
  const { rows } = await q.query<{ received_bytes: number }>(
    `UPDATE complaint_photo_uploads SET received = received || $3, next_part = next_part + 1
      WHERE id = $1 AND next_part = $2 AND length(received) + length($3::bytea) <= byte_length
      RETURNING length(received)::int AS received_bytes`,
    [id, partIndex, bytes]
  )
  return rows[0]?.received_bytes ?? null
}

export async function readUploadBytes(q: Queryable, id: string): Promise<Uint8Array> {
  const { rows } = await q.query<{ received: Uint8Array }>(`SELECT received FROM complaint_photo_uploads WHERE id = $1`, [id])
  return rows[0]?.received ?? new Uint8Array()
}

export async function deleteUpload(q: Queryable, id: string): Promise<void> {
  await q.query(`DELETE FROM complaint_photo_uploads WHERE id = $1`, [id])
}

export interface PhotoMeta {
  id: string
  width: number
  height: number
  bytes: number
}

export async function insertPhoto(
  q: Queryable,
  photo: PhotoMeta & { uploaderId: string; jpeg: Uint8Array },
  now: Date
): Promise<void> {
  await q.query(
    `INSERT INTO complaint_photos (id, uploader_id, jpeg, width, height, byte_size, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [photo.id, photo.uploaderId, photo.jpeg, photo.width, photo.height, photo.bytes, now]
  )
}

/**
 * Attaches the parent's pending photos to a complaint and forgets who uploaded them, so even an anonymous
 * complaint's photos lead to nobody. Returns how many were attached (fewer than asked means some were not theirs).
 */
export async function attachPhotos(q: Queryable, ids: readonly string[], uploaderId: string, complaintId: string): Promise<number> {
  if (ids.length === 0) return 0
  const { rows } = await q.query(
    `UPDATE complaint_photos SET complaint_id = $3, uploader_id = NULL
      WHERE id = ANY($1::text[]) AND uploader_id = $2 AND complaint_id IS NULL
      RETURNING id`,
    [[...ids], uploaderId, complaintId]
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
