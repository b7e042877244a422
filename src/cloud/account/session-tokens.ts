import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

const VERSION = 'v2'
/** 128 random bits, base64url without padding: exactly 22 characters. */
const SESSION_ID = /^[A-Za-z0-9_-]{22}$/
/** HMAC-SHA256 in base64url without padding: exactly 43 characters. */
const SIGNATURE = /^[A-Za-z0-9_-]{43}$/

export interface SessionTokens {
  /** A new random session id and the token that names it. */
  mint(): { sessionId: string; token: string }
  /** The session id a token names, or null when it is malformed or not signed with this secret. */
  sessionIdOf(token: string): string | null
}

/**
 * Tokens name a server-side session (sessions table) and carry an HMAC-SHA256 of that name, so a guessed or
 * altered id is refused before the database is asked. Whether the session is still live (not ended, not
 * expired) is the table's to say, which makes signing out take effect at once.
 *
 * The signature is compared as text against its one canonical encoding: base64url decoders forgive padding
 * and the unused low bits of the last character, so comparing decoded bytes would let several spellings of
 * one signature through.
 */
export function sessionTokens(secret: string): SessionTokens {
  const signatureOf = (sessionId: string) => createHmac('sha256', secret).update(`${VERSION}.${sessionId}`).digest('base64url')

  return {
    mint() {
      const sessionId = randomBytes(16).toString('base64url')
      return { sessionId, token: `${VERSION}.${sessionId}.${signatureOf(sessionId)}` }
    },

    sessionIdOf(token) {
      const parts = token.split('.')
      if (parts.length !== 3) return null
      const [version, sessionId, signature] = parts
      if (version !== VERSION || !sessionId || !signature || !SESSION_ID.test(sessionId) || !SIGNATURE.test(signature)) return null
      const expected = Buffer.from(signatureOf(sessionId), 'ascii')
      const given = Buffer.from(signature, 'ascii')
      return given.length === expected.length && timingSafeEqual(given, expected) ? sessionId : null
    }
  }
}
