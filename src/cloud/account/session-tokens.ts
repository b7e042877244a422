import { createHmac, timingSafeEqual } from 'node:crypto'

/** How long a sign-in lasts before the app has to sign in again. */
const SESSION_DAYS = 30
const SESSION_MS = SESSION_DAYS * 86_400_000
const VERSION = 'v1'
// Generous for `v1.<payload>.<mac>` with a user id inside; anything longer is not one of ours.
const MAX_TOKEN_CHARS = 512

export interface SessionTokens {
  issue(userId: string, now: Date): { token: string; expiresAt: Date }
  /** The user id the token was issued to, or null when it is malformed, tampered with or expired. */
  verify(token: string, now: Date): string | null
}

/**
 * Stateless session tokens: the user id and expiry, signed with HMAC-SHA256. Nothing is stored, so a
 * token stays valid until it expires; changing SESSION_SECRET signs everyone out.
 */
export function sessionTokens(secret: string): SessionTokens {
  const mac = (body: string) => createHmac('sha256', secret).update(body).digest()

  return {
    issue(userId, now) {
      const expiresAt = new Date(now.getTime() + SESSION_MS)
      const payload = Buffer.from(JSON.stringify({ sub: userId, exp: expiresAt.getTime() })).toString('base64url')
      const body = `${VERSION}.${payload}`
      return { token: `${body}.${mac(body).toString('base64url')}`, expiresAt }
    },

    verify(token, now) {
      if (token.length > MAX_TOKEN_CHARS) return null
      const [version, payload, signature, ...rest] = token.split('.')
      if (version !== VERSION || !payload || !signature || rest.length > 0) return null
      const expected = mac(`${version}.${payload}`)
      const given = Buffer.from(signature, 'base64url')
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null
      let claims: unknown
      try {
        claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))
      } catch {
        return null
      }
      if (typeof claims !== 'object' || claims === null) return null
      const { sub, exp } = claims as Record<string, unknown>
      if (typeof sub !== 'string' || typeof exp !== 'number' || exp <= now.getTime()) return null
      return sub
    }
  }
}
