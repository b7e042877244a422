import { createHash, randomBytes } from 'node:crypto'
import sharp from 'sharp'
import { assertPhotoAllowed, PHOTO_LIMITS } from '../../domain/complaints/photo-rules'
import type { PhotoUpload } from '../../domain/complaints/complaint-schema'
import { DomainError } from '../../domain/shared/error-codes'
import type { Database, Queryable } from '../db/database'
import { newId } from '../shared/instant-values'
import { errorField, serverLog } from '../shared/server-log'
import { deleteUnsentPhotos, insertPendingPhoto, takePendingPhoto } from './complaint-photo-repository'
import type { CloudPhotoFiles } from './cloud-photo-files'
import type { PhotoHold, PhotoUploadQuota } from './photo-upload-quota'

const MINUTE_MS = 60_000

/**
 * Decodes the photo and encodes a fresh JPEG from its pixels: EXIF (GPS, camera, time, comments), XMP and ICC
 * data are not carried over, orientation is applied first so the picture still stands the right way up, and
 * the longest side is capped. A file that only looks like an image (right magic bytes, broken body) is refused.
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

/** The only form of a ticket the database sees: whoever reads the table cannot send the photo themselves. */
export const hashPhotoTicket = (ticket: string): string => createHash('sha256').update(ticket).digest('hex')

/**
 * Keeps an uploaded photo until it is sent with a complaint: checks the type by its bytes, re-encodes it and
 * stores only the re-encoded JPEG, under the hash of a fresh random ticket. The caller still holds the
 * original and deletes it; nothing here records who uploaded the photo.
 */
export async function keepUploadedPhoto(db: Database, original: Uint8Array, now: Date): Promise<PhotoUpload & { ticketHash: string }> {
  assertPhotoAllowed(original)
  const { jpeg, width, height } = await reencodePhoto(original)
  const ticket = `pt-${randomBytes(32).toString('base64url')}`
  const photo = { id: newId('ph'), width, height, bytes: jpeg.length }
  const ticketHash = hashPhotoTicket(ticket)
  await insertPendingPhoto(db, { ...photo, ticketHash, jpeg }, now)
  return { ...photo, ticket, ticketHash }
}

/**
 * An uploaded, re-encoded photo claimed by its ticket for use outside a complaint (staff's premises and
 * disclosure photos go through the same upload); null for an unknown, spent or expired ticket.
 */
export function claimUploadedPhoto(q: Queryable, ticket: string): Promise<{ id: string; width: number; height: number; bytes: number; jpeg: Uint8Array } | null> {
  return takePendingPhoto(q, hashPhotoTicket(ticket))
}

/** Deletes photos uploaded more than an hour ago and never sent, and forgets them in the quota. */
export async function sweepUnsentPhotos(db: Database, quota: PhotoUploadQuota, now: Date): Promise<number> {
  const olderThan = new Date(now.getTime() - PHOTO_LIMITS.pendingMinutes * MINUTE_MS)
  quota.prune(olderThan)
  return deleteUnsentPhotos(db, olderThan)
}

/** Deletes the received file; a file that could not be read may be gone already, so only a kept one is worth a log line. */
async function removeRaw(files: CloudPhotoFiles, fileId: string, wasRead: boolean): Promise<void> {
  await files.remove(fileId).catch((error: unknown) => {
    if (!wasRead) return
    serverLog().error({ error: errorField(error) }, 'raw photo not deleted from cloud storage')
  })
}

/**
 * Takes a photo the mini-program put in cloud storage: reads it, deletes it there whatever happens next
 * (refused, unreadable or kept), and keeps it as an upload is kept, counted in the parent's pending quota.
 */
export async function claimCloudPhoto(
  db: Database,
  files: CloudPhotoFiles | null,
  quota: PhotoUploadQuota,
  userId: string,
  fileId: string,
  now: Date
): Promise<PhotoUpload> {
  if (!files) throw new DomainError('UNKNOWN_ACTION')
  let original: Uint8Array | null = null
  let hold: PhotoHold
  try {
    hold = quota.hold(userId, PHOTO_LIMITS.maxBytes, now)
    original = await files.read(fileId)
  } finally {
    await removeRaw(files, fileId, original !== null)
  }
  try {
    if (!original) throw new DomainError('NOT_FOUND', { field: 'fileId' })
    // Cloud functions run no timer of ours: each claim sweeps what others left unsent.
    await sweepUnsentPhotos(db, quota, now)
    const { ticketHash, ...photo } = await keepUploadedPhoto(db, original, now)
    hold.keep(ticketHash, photo.bytes)
    return photo
  } catch (error) {
    hold.release()
    throw error
  }
}
