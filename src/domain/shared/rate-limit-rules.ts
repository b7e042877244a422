import type { Contract } from '../contract'

/**
 * Actions that cost the server (a search, a sign-in, an SMS, a guess at a code, a complaint, an upload), by class; each class has its own
 * allowance per caller. Everything else is cheap and unlimited. Following an anonymous complaint (`get`,
 * `photo`, `reopen` with its secret) counts as a complaint action so its secret cannot be guessed at speed.
 */
export const RATE_CLASSES = ['search', 'signIn', 'codes', 'invitations', 'complaints', 'uploads'] as const
type RateClass = (typeof RATE_CLASSES)[number]

type Costly = { [F in keyof Contract]?: { [A in keyof Contract[F]]?: RateClass } }

export const COSTLY_ACTIONS = {
  finder: { search: 'search', places: 'search' },
  guidance: { articles: 'search', nursingRooms: 'search' },
  account: { devLogin: 'signIn', wechatLogin: 'signIn', wechatWebLogin: 'signIn', smsLogin: 'signIn', sendSmsCode: 'codes', redeemInvitation: 'invitations' },
  complaints: {
    isFiled: 'search',
    duplicates: 'complaints',
    submit: 'complaints',
    get: 'complaints',
    photo: 'complaints',
    reopen: 'complaints',
    claimCloudPhoto: 'uploads'
  }
} as const satisfies Costly

/** A token bucket: `burst` calls at once, refilled at `perMinute`. */
interface RateLimit {
  burst: number
  perMinute: number
}

export type RateLimits = Readonly<Record<RateClass, RateLimit>>

/**
 * Generous for a person, tight for a script: a parent searching as they type, or a photo going up in parts
 * (a 5 MB photo is ~140 parts), stays well inside them.
 */
export const DEFAULT_RATE_LIMITS: Readonly<Record<RateClass, RateLimit>> = {
  search: { burst: 60, perMinute: 120 },
  signIn: { burst: 30, perMinute: 30 },
  // Each code is a paid SMS: a few for a family sharing one address, not a script walking numbers.
  codes: { burst: 5, perMinute: 2 },
  invitations: { burst: 10, perMinute: 5 },
  complaints: { burst: 20, perMinute: 30 },
  uploads: { burst: 300, perMinute: 600 }
}

export function rateClassOf(fn: string, action: string): RateClass | null {
  // hasOwnProperty rather than Object.hasOwn: the domain also runs on phones whose engines predate ES2022.
  const own = (table: object, key: string) => Object.prototype.hasOwnProperty.call(table, key)
  const actions = own(COSTLY_ACTIONS, fn) ? (COSTLY_ACTIONS as Record<string, Record<string, RateClass>>)[fn] : undefined
  return actions && own(actions, action) ? (actions[action] ?? null) : null
}
