import { chinaWallClockInstant, dayjs, inChina, todayInChina } from '../shared/clock'
import { bookingClosesAt } from './booking-window-rules'
import { addDays } from './china-time-rules'
import type { SlotTiming } from './slot-schema'

/** How long a freed place is held for the first waiting family before it passes to the next. */
export const OFFER_HOLD_MINUTES = 120

/** Night, in China time hours: an offer made from 22:00 to 07:00 is held until 09:00 at the earliest. */
const OFFER_NIGHT = { startsHour: 22, endsHour: 7, holdUntil: '09:00' } as const

/**
 * The 09:00 China time that ends the hold of an offer made at night, or null by day: an offer sent at 00:14 would
 * otherwise lapse at 02:14, while the family slept.
 */
function nightHoldEnd(now: Date): Date | null {
  const hour = inChina(now).hour()
  const today = todayInChina(now)
  if (hour >= OFFER_NIGHT.startsHour) return chinaWallClockInstant(addDays(today, 1), OFFER_NIGHT.holdUntil)
  if (hour < OFFER_NIGHT.endsHour) return chinaWallClockInstant(today, OFFER_NIGHT.holdUntil)
  return null
}

/**
 * When an offer made at `now` lapses: after the hold (until 09:00 China time at the earliest when made at night),
 * but never later than booking closes for the slot. Null when booking has already closed, in which case the place
 * is simply free again.
 */
export function offerExpiresAt(now: Date, slot: SlotTiming): Date | null {
  const closes = bookingClosesAt(slot)
  if (slot.status === 'cancelled' || closes.getTime() <= now.getTime()) return null
  const held = dayjs(now).add(OFFER_HOLD_MINUTES, 'minute').toDate()
  const morning = nightHoldEnd(now)
  const hold = morning && morning.getTime() > held.getTime() ? morning : held
  return hold.getTime() < closes.getTime() ? hold : closes
}

export function isOfferExpired(now: Date, offer: { expiresAt: string }): boolean {
  return now.getTime() >= Date.parse(offer.expiresAt)
}
