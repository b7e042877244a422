import { offerExpiresAt } from '../../domain/bookings/waitlist-rules'
import type { Offering } from '../../domain/bookings/offering-schema'
import type { Database, Queryable } from '../db/database'
import { sendOfferExpired, sendWaitlistOffer } from './booking-messages'
import { findOffering } from './offering-repository'
import { findSlot, releaseHeldSeat, releaseSeat, type SlotRecord } from './slot-repository'
import { findEntry, firstWaiting, lapsedOffers, markOffered, resolveEntry } from './waitlist-repository'

/**
 * Where a freed place goes. With families waiting it is held for the first of them, who is told and has until
 * the offer expires to take it; otherwise (or once booking has closed) it is free for anyone. Always called
 * inside the transaction that freed the place, with the slot row locked first so two releases queue.
 */
async function offerToFirstWaiting(tx: Queryable, slot: SlotRecord, offering: Offering, now: Date): Promise<boolean> {
  const expiresAt = offerExpiresAt(now, slot)
  if (!expiresAt) return false
  const waiter = await firstWaiting(tx, slot.id)
  if (!waiter) return false
  await markOffered(tx, waiter.id, now, expiresAt)
  const entry = await findEntry(tx, waiter.id)
  await sendWaitlistOffer(tx, waiter.userId, { offering, slot, child: entry?.child ?? null }, expiresAt, now)
  return true
}

async function lockedSlotAndOffering(tx: Queryable, slotId: string) {
  const slot = await findSlot(tx, slotId, { lock: true })
  const offering = slot && (await findOffering(tx, slot.offeringId))
  return slot && offering && slot.status === 'open' ? { slot, offering } : null
}

/** A booked place was given up (cancelled or moved away from). */
export async function releaseBookedPlace(tx: Queryable, slotId: string, now: Date): Promise<void> {
  const locked = await lockedSlotAndOffering(tx, slotId)
  if (!locked) return
  const offered = await offerToFirstWaiting(tx, locked.slot, locked.offering, now)
  await releaseSeat(tx, slotId, offered)
}

/** A place held for an offer was not taken (declined, left, expired): it passes down the queue. */
export async function passHeldPlace(tx: Queryable, slotId: string, now: Date): Promise<void> {
  const locked = await lockedSlotAndOffering(tx, slotId)
  if (!locked) return
  if (!(await offerToFirstWaiting(tx, locked.slot, locked.offering, now))) await releaseHeldSeat(tx, slotId)
}

/**
 * Ends offers whose hold has run out, telling each family and passing each place on. Runs per slot in its
 * own transaction (slot row first, then its entries, the order every other writer takes them in).
 */
export async function expireLapsedOffers(db: Database, now: Date, slotId: string | null = null, limit = 200): Promise<number> {
  const due = await lapsedOffers(db, now, slotId, limit)
  let expired = 0
  for (const id of new Set(due.map((offer) => offer.slotId))) {
    expired += await db.transaction(async (tx) => {
      const locked = await lockedSlotAndOffering(tx, id)
      let count = 0
      for (const offer of await lapsedOffers(tx, now, id, limit)) {
        const entry = await findEntry(tx, offer.id)
        if (!entry || !(await resolveEntry(tx, offer.id, ['offered'], 'expired', now))) continue
        count += 1
        if (!locked) continue
        await sendOfferExpired(tx, entry.userId, { offering: locked.offering, slot: locked.slot, child: entry.child }, now)
        await passHeldPlace(tx, id, now)
      }
      return count
    })
  }
  return expired
}
