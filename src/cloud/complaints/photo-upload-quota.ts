import { PHOTO_LIMITS } from '../../domain/complaints/photo-rules'
import { DomainError } from '../../domain/shared/error-codes'

interface Pending {
  bytes: number
  at: number
}

/** One upload's place in its parent's quota, from the first byte until the photo is kept or refused. */
export interface PhotoHold {
  /** The upload became a pending photo: it counts by its ticket (hash) and stored size until sent or swept. */
  keep(ticketHash: string, bytes: number): void
  /** The upload failed or was refused: its place is free again. */
  release(): void
}

/**
 * How many photos (and bytes) each parent has uploaded and not yet sent with a complaint, kept in this process's
 * memory only: writing the user id next to a pending photo would tie an anonymous complaint's photos to its
 * parent on disk. A restart forgets the counts, which costs at most one more quota's worth of pending photos,
 * and those are swept within the hour anyway.
 */
export class PhotoUploadQuota {
  private readonly byUser = new Map<string, Map<string, Pending>>()
  private holds = 0

  /** Takes a place for an upload of at most `bytes`, or refuses with RATE_LIMITED when the parent has no room. */
  hold(userId: string, bytes: number, now: Date): PhotoHold {
    const pending = this.byUser.get(userId) ?? new Map<string, Pending>()
    const used = [...pending.values()].reduce((sum, p) => sum + p.bytes, 0)
    if (pending.size >= PHOTO_LIMITS.maxPending || used + bytes > PHOTO_LIMITS.maxPendingBytes) throw new DomainError('RATE_LIMITED')
    this.holds += 1
    let key = `hold:${this.holds}`
    pending.set(key, { bytes, at: now.getTime() })
    this.byUser.set(userId, pending)
    return {
      keep: (ticketHash, kept) => {
        pending.delete(key)
        key = ticketHash
        pending.set(key, { bytes: kept, at: now.getTime() })
      },
      release: () => this.forget(userId, [key])
    }
  }

  /** The parent sent these photos with a complaint: they no longer count. */
  sent(userId: string, ticketHashes: readonly string[]): void {
    this.forget(userId, ticketHashes)
  }

  /** Forgets places older than `olderThan`: their photos have been swept from the database by then. */
  prune(olderThan: Date): void {
    for (const [userId, pending] of this.byUser) {
      for (const [key, entry] of pending) if (entry.at < olderThan.getTime()) pending.delete(key)
      if (pending.size === 0) this.byUser.delete(userId)
    }
  }

  private forget(userId: string, keys: readonly string[]): void {
    const pending = this.byUser.get(userId)
    if (!pending) return
    for (const key of keys) pending.delete(key)
    if (pending.size === 0) this.byUser.delete(userId)
  }
}

/** The quota of this process: the HTTP upload route and `submit` share it. */
export const photoUploadQuota = new PhotoUploadQuota()
