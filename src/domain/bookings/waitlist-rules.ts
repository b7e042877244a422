import { dayjs } from '../shared/clock'
import { bookingClosesAt } from './booking-window-rules'
import type { SlotTiming } from './slot-schema'

/** How long a freed place is held for the first waiting family before it passes to the next. */
export const OFFER_HOLD_MINUTES = 120

/**
 * When an offer made at `now` lapses: after the hold, but never later than booking closes for the slot.
 * Null when booking has already closed, in which case the place is simply free again.
 */
export function offerExpiresAt(now: Date, slot: SlotTiming): Date | null {
  const closes = bookingClosesAt(slot)
  if (slot.status === 'cancelled' || closes.getTime() <= now.getTime()) return null
  const hold = dayjs(now).add(OFFER_HOLD_MINUTES, 'minute').toDate()
  return hold.getTime() < closes.getTime() ? hold : closes
}

export function isOfferExpired(now: Date, offer: { expiresAt: string }): boolean {
  return now.getTime() >= Date.parse(offer.expiresAt)
}
