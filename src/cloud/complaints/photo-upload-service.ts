import sharp from 'sharp'
import { assertPhotoAllowed, assertPhotoSize, photoParts, PHOTO_LIMITS, sniffPhotoType } from '../../domain/complaints/photo-rules'
import { DomainError } from '../../domain/shared/error-codes'
import type { Database } from '../db/database'
import { newId } from '../shared/instant-values'
import {
  appendPart,
  countPendingPhotos,
  deleteAbandonedPhotos,
  deleteUpload,
  findUpload,
  insertPhoto,
  insertUpload,
  readUploadBytes,
  type PhotoMeta
} from './complaint-photo-repository'

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Decodes the photo and encodes a fresh JPEG from its pixels: EXIF (GPS, camera, time), XMP and ICC data
 * are not carried over, orientation is applied first so the picture still stands the right way up, and the
 * longest side is capped. A file that only looks like an image (right magic bytes, broken body) is refused.
 */
async function reencodePhoto(bytes: Uint8Array): Promise<{ jpeg: Uint8Array; width: number; height: number }> {
  try {
    const { data, info } = await sharp(bytes, { limitInputPixels: 50_000_000 })
      .rotate()
      .resize({ width: PHOTO_LIMITS.maxSidePx, height: PHOTO_LIMITS.maxSidePx, fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: 82 })
      .toBuffer({ resolveWithObject: true })
    return { jpeg: new Uint8Array(data), width: info.width, height: info.height }
  } catch {
    throw new DomainError('PHOTO_UNREADABLE')
  }
}

export async function beginPhoto(db: Database, uploaderId: string, byteLength: number, now: Date) {
  assertPhotoSize(byteLength)
  return db.transaction(async (tx) => {
    await deleteAbandonedPhotos(tx, new Date(now.getTime() - DAY_MS))
    if ((await countPendingPhotos(tx, uploaderId)) >= PHOTO_LIMITS.maxPending) throw new DomainError('RATE_LIMITED')
    const uploadId = newId('up')
    await insertUpload(tx, { id: uploadId, uploaderId, byteLength }, now)
    return { uploadId, partBytes: PHOTO_LIMITS.partBytes, parts: photoParts(byteLength) }
  })
}

function decodePart(data: string): Uint8Array {
  const bytes = Buffer.from(data, 'base64')
  // Node skips characters it cannot decode; a round trip shows the text was clean base64.
  if (bytes.toString('base64').replace(/=+$/, '') !== data.replace(/=+$/, '')) throw new DomainError('INVALID_INPUT', { field: 'data' })
  return new Uint8Array(bytes)
}

/** Receives one part. Parts come in order; a part already received is acknowledged again, not stored twice. */
export async function putPhotoPart(db: Database, uploaderId: string, input: { uploadId: string; partIndex: number; data: string }) {
  const bytes = decodePart(input.data)
  return db.transaction(async (tx) => {
    const upload = await findUpload(tx, input.uploadId, uploaderId)
    if (!upload) throw new DomainError('NOT_FOUND', { field: 'uploadId' })
    const parts = photoParts(upload.byteLength)
    if (input.partIndex >= parts) throw new DomainError('INVALID_INPUT', { field: 'partIndex' })
    if (input.partIndex < upload.nextPart) return { receivedBytes: upload.receivedBytes }
    if (input.partIndex > upload.nextPart) throw new DomainError('PHOTO_UPLOAD_INCOMPLETE')
    const isLast = input.partIndex === parts - 1
    const expected = isLast ? upload.byteLength - PHOTO_LIMITS.partBytes * (parts - 1) : PHOTO_LIMITS.partBytes
    if (bytes.length !== expected) throw new DomainError('INVALID_INPUT', { field: 'data' })
    // The first bytes say what the file is: a video or a document is refused before the rest is sent.
    if (input.partIndex === 0 && sniffPhotoType(bytes) === null) throw new DomainError('PHOTO_TYPE_NOT_ALLOWED')
    const received = await appendPart(tx, upload.id, input.partIndex, bytes)
    if (received === null) throw new DomainError('PHOTO_UPLOAD_INCOMPLETE')
    return { receivedBytes: received }
  })
}

/** Checks the whole file, re-encodes it and keeps it for the parent's next complaint. */
export async function finishPhoto(db: Database, uploaderId: string, uploadId: string, now: Date): Promise<PhotoMeta> {
  const upload = await findUpload(db, uploadId, uploaderId)
  if (!upload) throw new DomainError('NOT_FOUND', { field: 'uploadId' })
  if (upload.receivedBytes !== upload.byteLength) throw new DomainError('PHOTO_UPLOAD_INCOMPLETE')
  const original = await readUploadBytes(db, upload.id)
  assertPhotoAllowed(original)
  const { jpeg, width, height } = await reencodePhoto(original)
  const photo: PhotoMeta = { id: newId('ph'), width, height, bytes: jpeg.length }
  await db.transaction(async (tx) => {
    if (!(await findUpload(tx, upload.id, uploaderId))) throw new DomainError('NOT_FOUND', { field: 'uploadId' })
    await deleteUpload(tx, upload.id)
    await insertPhoto(tx, { ...photo, uploaderId, jpeg }, now)
  })
  return photo
}
