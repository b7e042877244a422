import { DEFAULT_RATE_LIMITS, rateClassOf, type RateLimits } from '../../domain/shared/rate-limit-rules'

export interface RateLimiter {
  /** Takes one call of `fn.action` for `client`: 0 when allowed, else the seconds to wait before the next. */
  take(fn: string, action: string, client: string, nowMs: number): number
}

interface Bucket {
  tokens: number
  at: number
}

/** Buckets untouched this long are full again and can be forgotten. */
const FORGET_AFTER_MS = 10 * 60_000
const SWEEP_EVERY = 10_000

/**
 * Per-client token buckets in memory, one per client and class of costly action. One server process holds them:
 * behind several processes each allows its own share, which still stops a flood from one address or account.
 */
export function createRateLimiter(limits: RateLimits = DEFAULT_RATE_LIMITS): RateLimiter {
  const buckets = new Map<string, Bucket>()
  let takes = 0

  function sweep(nowMs: number): void {
    for (const [key, bucket] of buckets) if (nowMs - bucket.at > FORGET_AFTER_MS) buckets.delete(key)
  }

  return {
    take(fn, action, client, nowMs) {
      const rateClass = rateClassOf(fn, action)
      if (!rateClass) return 0
      takes += 1
      if (takes % SWEEP_EVERY === 0) sweep(nowMs)
      const { burst, perMinute } = limits[rateClass]
      const key = `${rateClass}\u0000${client}`
      const bucket = buckets.get(key) ?? { tokens: burst, at: nowMs }
      const refilled = Math.min(burst, bucket.tokens + ((nowMs - bucket.at) * perMinute) / 60_000)
      if (refilled >= 1) {
        buckets.set(key, { tokens: refilled - 1, at: nowMs })
        return 0
      }
      buckets.set(key, { tokens: refilled, at: nowMs })
      return Math.max(1, Math.ceil(((1 - refilled) * 60_000) / perMinute / 1000))
    }
  }
}
