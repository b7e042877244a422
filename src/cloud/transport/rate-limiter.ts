import { DEFAULT_RATE_LIMITS, RATE_CLASSES, rateClassOf, type RateClass, type RateLimit } from '../../domain/shared/rate-limit-rules'

export type RateLimits = Readonly<Record<RateClass, RateLimit>>

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

/**
 * Limits from the environment: `RATE_LIMIT_SEARCH=60/120` is a burst of 60 and 120 a minute (likewise
 * RATE_LIMIT_SIGNIN, RATE_LIMIT_COMPLAINTS, RATE_LIMIT_UPLOADS); `RATE_LIMITS=off` turns them off.
 */
export function rateLimitsFromEnv(env: Readonly<Record<string, string | undefined>>): RateLimits | null {
  if (env.RATE_LIMITS === 'off') return null
  const limits = { ...DEFAULT_RATE_LIMITS }
  for (const rateClass of RATE_CLASSES) {
    const name = `RATE_LIMIT_${rateClass.toUpperCase()}`
    const value = env[name]
    if (value === undefined || value === '') continue
    const match = /^(\d+)\/(\d+)$/.exec(value.trim())
    if (!match || Number(match[1]) < 1 || Number(match[2]) < 1) throw new Error(`${name} must look like 60/120 (burst/per minute), not "${value}"`)
    limits[rateClass] = { burst: Number(match[1]), perMinute: Number(match[2]) }
  }
  return limits
}
