import { DomainError } from '../shared/error-codes'

export const PHOTO_LIMITS = {
  maxBytes: 5 * 1024 * 1024,
  maxCount: 6,
  /** Longest side after re-encoding: enough to read a label or a bruise, small enough to load on a phone. */
  maxSidePx: 2048,
  /** Uploaded but not yet sent with a complaint, per parent: room to change one's mind, not to store an album. */
  maxPending: 12,
  /** Bytes of those pending photos per parent, so a slow trickle of large files cannot fill the disk either. */
  maxPendingBytes: 12 * 5 * 1024 * 1024,
  /**
   * A photo not sent with a complaint within this time is deleted: long enough to finish writing one, and
   * with the sweep every five minutes none is kept an hour.
   */
  pendingMinutes: 45,
  /** Quality the phone compresses to before sending (and the server re-encodes at). */
  jpegQuality: 0.8
} as const

type PhotoType = 'jpeg' | 'png' | 'webp'

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  signature.every((byte, i) => bytes[offset + i] === byte)

/** The image type from the first bytes, whatever the file is called or claims to be. */
export function sniffPhotoType(bytes: Uint8Array): PhotoType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg'
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png'
  // RIFF....WEBP
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return 'webp'
  return null
}

function assertPhotoSize(byteLength: number): void {
  if (byteLength > PHOTO_LIMITS.maxBytes) {
    throw new DomainError('PHOTO_TOO_LARGE', { maxMb: PHOTO_LIMITS.maxBytes / 1024 / 1024 })
  }
}

/** Checks a whole upload: an allowed image type and no larger than the limit. */
export function assertPhotoAllowed(bytes: Uint8Array): PhotoType {
  assertPhotoSize(bytes.length)
  const type = sniffPhotoType(bytes)
  if (!type) throw new DomainError('PHOTO_TYPE_NOT_ALLOWED')
  return type
}

/** The size a picture is drawn at before sending: the longest side capped, the proportions kept, never enlarged. */
export function compressedSize(width: number, height: number): { width: number; height: number } {
  const longest = Math.max(width, height)
  if (longest <= PHOTO_LIMITS.maxSidePx) return { width, height }
  const scale = PHOTO_LIMITS.maxSidePx / longest
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) }
}
