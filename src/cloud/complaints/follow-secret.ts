import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import { TRACKING_RANDOM_BYTES } from '../../domain/complaints/tracking-number-rules'

const SECRET_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789'
const SECRET_LENGTH = 16

/**
 * The secret an anonymous parent keeps with the tracking number: 16 symbols from an alphabet without look-alikes
 * (about 93 bits). Only its hash is stored, so the database alone cannot open the complaint to anyone.
 */
export function newFollowSecret(): string {
  let secret = ''
  while (secret.length < SECRET_LENGTH) {
    for (const byte of randomBytes(SECRET_LENGTH)) {
      // Rejection sampling keeps every symbol equally likely.
      if (byte < 256 - (256 % SECRET_ALPHABET.length) && secret.length < SECRET_LENGTH) secret += SECRET_ALPHABET.charAt(byte % SECRET_ALPHABET.length)
    }
  }
  return secret
}

export function hashFollowSecret(secret: string): string {
  return createHash('sha256').update(`tuoyu-complaint-follow:${secret}`).digest('hex')
}

export function followSecretMatches(secret: string, storedHash: string | null): boolean {
  if (storedHash === null) return false
  const given = Buffer.from(hashFollowSecret(secret), 'hex')
  const stored = Buffer.from(storedHash, 'hex')
  return given.length === stored.length && timingSafeEqual(given, stored)
}

export function trackingRandomness(): Uint8Array {
  return randomBytes(TRACKING_RANDOM_BYTES)
}
