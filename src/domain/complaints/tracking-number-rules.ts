import { formatInChina } from '../shared/clock'

/**
 * Tracking numbers a parent can read out on the phone: region prefix, year and month in China, eight random
 * symbols (40 bits, so numbers cannot be guessed from one another) and a check symbol that catches a mistyped
 * or swapped character. Crockford's base32 leaves out I, L, O and U so nothing reads as something else.
 */
export const TRACKING_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
const BASE = TRACKING_ALPHABET.length
const TRACKING_RANDOM_SYMBOLS = 8
/** Random bytes a caller must pass: 8 symbols × 5 bits. */
export const TRACKING_RANDOM_BYTES = 5

export const trackingPrefixPattern = /^[ABCDEFGHJKMNPQRSTVWXYZ]{2,4}$/
const CANONICAL = /^([A-Z]{2,4})(\d{4})-([0-9A-Z]{4})-([0-9A-Z]{4})([0-9A-Z])$/

function valueOf(symbol: string): number {
  const value = TRACKING_ALPHABET.indexOf(symbol)
  if (value < 0) throw new RangeError(`not a tracking symbol: ${symbol}`)
  return value
}

/** Luhn mod N over base32 values: detects every single wrong symbol and every swap of neighbours. */
function checkSymbol(body: string): string {
  let factor = 2
  let sum = 0
  for (let i = body.length - 1; i >= 0; i -= 1) {
    const product = factor * valueOf(body.charAt(i))
    sum += Math.floor(product / BASE) + (product % BASE)
    factor = factor === 2 ? 1 : 2
  }
  return TRACKING_ALPHABET.charAt((BASE - (sum % BASE)) % BASE)
}

function randomSymbols(random: Uint8Array): string {
  if (random.length < TRACKING_RANDOM_BYTES) throw new RangeError(`need ${TRACKING_RANDOM_BYTES} random bytes`)
  let bits = 0n
  for (let i = 0; i < TRACKING_RANDOM_BYTES; i += 1) bits = (bits << 8n) | BigInt(random[i] ?? 0)
  let symbols = ''
  for (let i = TRACKING_RANDOM_SYMBOLS - 1; i >= 0; i -= 1) symbols += TRACKING_ALPHABET.charAt(Number((bits >> BigInt(i * 5)) & 31n))
  return symbols
}

/** A new tracking number, e.g. ZJ2611-7K3M-9QXDP; `random` comes from the caller so this stays pure. */
export function makeTrackingNumber(prefix: string, at: Date, random: Uint8Array): string {
  if (!trackingPrefixPattern.test(prefix)) throw new RangeError(`bad tracking prefix: ${prefix}`)
  const yymm = formatInChina(at, 'YYMM')
  const symbols = randomSymbols(random)
  const check = checkSymbol(`${prefix}${yymm}${symbols}`)
  return `${prefix}${yymm}-${symbols.slice(0, 4)}-${symbols.slice(4)}${check}`
}

/**
 * The canonical form of what a parent typed: upper case, spaces and dashes ignored, O read as 0 and I/L as 1.
 * Returns the input upper-cased and trimmed when it cannot be a tracking number, so validation can refuse it.
 */
export function normalizeTrackingNumber(raw: string): string {
  const compact = raw.toUpperCase().replace(/[\s-]/g, '')
  const match = /^([A-Z]{2,4}?)([0-9OIL]{4})([0-9A-Z]{9})$/.exec(compact)
  if (!match) return raw.trim().toUpperCase()
  const [, prefix = '', yymm = '', rest = ''] = match
  const fix = (s: string) => s.replace(/O/g, '0').replace(/[IL]/g, '1')
  const symbols = fix(rest)
  return `${prefix}${fix(yymm)}-${symbols.slice(0, 4)}-${symbols.slice(4)}`
}

export function isValidTrackingNumber(value: string): boolean {
  const match = CANONICAL.exec(value)
  if (!match) return false
  const [, prefix = '', yymm = '', a = '', b = '', check = ''] = match
  if (!trackingPrefixPattern.test(prefix)) return false
  const body = `${prefix}${yymm}${a}${b}`
  if ([...body, check].some((symbol) => !TRACKING_ALPHABET.includes(symbol))) return false
  return checkSymbol(body) === check
}
