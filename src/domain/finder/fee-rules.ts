import type { Fee } from './institution-schema'

/**
 * A price list with dates: each service type, age band and unit has a line of prices, each in effect from its
 * `effectiveFrom` until the next one starts. A price without a date was published before prices had dates and
 * counts as in effect since ever. Nothing is overwritten: an older price stays as history, a later one waits.
 */

/** The key of one price line: a service type and age band may be charged in more than one unit. */
const lineKey = (fee: Fee): string => `${fee.serviceType}/${fee.ageBand}/${fee.unit}`

const SINCE_EVER = ''

const startOf = (fee: Fee): string => fee.effectiveFrom ?? SINCE_EVER

/** A price with the day it stops applying: the next price's start, or null while none follows. */
export interface DatedFee {
  fee: Fee
  from: string | null
  until: string | null
}

/** Every price with its span, each line oldest first. */
export function feeSpans(fees: readonly Fee[]): DatedFee[] {
  const lines = new Map<string, Fee[]>()
  for (const fee of fees) lines.set(lineKey(fee), [...(lines.get(lineKey(fee)) ?? []), fee])
  const spans: DatedFee[] = []
  for (const line of lines.values()) {
    const sorted = [...line].sort((a, b) => (startOf(a) < startOf(b) ? -1 : startOf(a) > startOf(b) ? 1 : 0))
    sorted.forEach((fee, i) => spans.push({ fee, from: fee.effectiveFrom ?? null, until: sorted[i + 1]?.effectiveFrom ?? null }))
  }
  return spans
}

const inEffectOn = (span: DatedFee, today: string): boolean => (span.from === null || span.from <= today) && (span.until === null || today < span.until)

/** The prices in effect on `today` (YYYY-MM-DD, China time): one per line at most. */
export function feesInEffect(fees: readonly Fee[], today: string): Fee[] {
  return feeSpans(fees)
    .filter((span) => inEffectOn(span, today))
    .map((span) => span.fee)
}

/** Prices that have been replaced, newest first: what the page lists as history. */
export function pastFees(fees: readonly Fee[], today: string): DatedFee[] {
  return feeSpans(fees)
    .filter((span) => span.until !== null && span.until <= today)
    .sort((a, b) => ((a.until ?? '') < (b.until ?? '') ? 1 : (a.until ?? '') > (b.until ?? '') ? -1 : 0))
}

/** Prices published to start after `today`, soonest first. */
export function upcomingFees(fees: readonly Fee[], today: string): Fee[] {
  return fees.filter((fee) => fee.effectiveFrom !== undefined && fee.effectiveFrom > today).sort((a, b) => (startOf(a) < startOf(b) ? -1 : 1))
}

/**
 * The price list after publishing `next` from `effectiveFrom`: each new price replaces one already set to
 * start that same day on its line (a correction of a scheduled price), and every other price stays.
 */
export function withPublishedFees(fees: readonly Fee[], next: readonly Omit<Fee, 'effectiveFrom'>[], effectiveFrom: string): Fee[] {
  const replaced = new Set(next.map((fee) => lineKey({ ...fee, effectiveFrom })))
  const kept = fees.filter((fee) => !(fee.effectiveFrom === effectiveFrom && replaced.has(lineKey(fee))))
  return [...kept, ...next.map((fee) => ({ ...fee, effectiveFrom }))]
}
