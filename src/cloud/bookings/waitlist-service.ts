import type { BookingView, WaitlistView } from '../../domain/bookings/booking-schema'
import { assertBookable } from '../../domain/bookings/booking-window-rules'
import { isOfferExpired } from '../../domain/bookings/waitlist-rules'
import { DomainError } from '../../domain/shared/error-codes'
import type { Database } from '../db/database'
import { findBookingByKey, holdsPlaceOnSlot, listBookingsOf, lockFamily } from './booking-repository'
import { sendBookingConfirmed } from './booking-messages'
import { checkChildForSlot, recordBooking } from './booking-service'
import { toBookingView, toWaitlistView } from './booking-views'
import { newId } from '../shared/instant-values'
import { findOffering } from './offering-repository'
import { expireLapsedOffers, passHeldPlace } from './place-release-service'
import { findSlot, lockSlots, takeHeldSeat } from './slot-repository'
import { findEntry, findEntryOf, insertEntry, isWaitingFor, listActiveEntriesOf, resolveEntry } from './waitlist-repository'

const PAST_BOOKINGS_SHOWN = 100

/** Queues a family for a full slot. A slot with a place left is booked directly instead. */
export async function joinWaitlist(db: Database, userId: string, input: { slotId: string; childId: string | null }, now: Date): Promise<WaitlistView> {
  return db.transaction(async (tx) => {
    await lockFamily(tx, userId)
    // Locked, so the slot cannot be cancelled (or a place freed) between looking at it and queueing.
    const slot = await findSlot(tx, input.slotId, { lock: true })
    const offering = slot && (await findOffering(tx, slot.offeringId))
    if (!slot || !offering) throw new DomainError('NOT_FOUND')
    assertBookable(now, slot)
    await checkChildForSlot(tx, userId, input.childId, offering, slot, null)
    if (slot.booked + slot.held < slot.capacity) throw new DomainError('WAITLIST_NOT_NEEDED')
    if (await holdsPlaceOnSlot(tx, userId, slot.id, input.childId)) throw new DomainError('ALREADY_BOOKED')
    if (await isWaitingFor(tx, userId, slot.id, input.childId)) throw new DomainError('ALREADY_ON_WAITLIST')
    const id = newId('wl')
    await insertEntry(tx, { id, slotId: slot.id, userId, childId: input.childId }, now)
    const entry = await findEntry(tx, id)
    if (!entry) throw new Error(`waitlist entry ${id} vanished inside its own transaction`)
    return toWaitlistView(entry)
  })
}

/** Stops waiting; a place held for this family passes to the next one. */
export async function leaveWaitlist(db: Database, userId: string, entryId: string, now: Date): Promise<WaitlistView> {
  return db.transaction(async (tx) => {
    await lockFamily(tx, userId)
    const found = await findEntryOf(tx, userId, entryId)
    if (!found) throw new DomainError('NOT_FOUND')
    await lockSlots(tx, [found.slot.id])
    // Read again under the slot's lock: a freed place may have just been offered to this entry.
    const entry = (await findEntryOf(tx, userId, entryId)) ?? found
    if (entry.status === 'waiting') await resolveEntry(tx, entry.id, ['waiting'], 'left', now)
    else if (entry.status === 'offered') {
      await resolveEntry(tx, entry.id, ['offered'], 'declined', now)
      await passHeldPlace(tx, entry.slot.id, now)
    } else throw new DomainError('BOOKING_NOT_ACTIVE')
    const after = await findEntry(tx, entry.id)
    return toWaitlistView(after ?? entry)
  })
}

/** Takes the place held for this family, if the offer has not expired. */
export async function acceptOffer(
  db: Database,
  userId: string,
  input: { entryId: string; idempotencyKey: string },
  now: Date
): Promise<BookingView> {
  const before = await findEntryOf(db, userId, input.entryId)
  if (!before) throw new DomainError('NOT_FOUND')
  if (before.status === 'offered' && isOfferExpired(now, { expiresAt: before.offerExpiresAt ?? '' })) {
    await expireLapsedOffers(db, now, before.slot.id)
  }
  return db.transaction(async (tx) => {
    await lockFamily(tx, userId)
    const existing = await findBookingByKey(tx, userId, input.idempotencyKey)
    if (existing) {
      if (existing.slot.id !== before.slot.id) throw new DomainError('IDEMPOTENCY_KEY_REUSED')
      return toBookingView(now, existing)
    }
    await lockSlots(tx, [before.slot.id])
    const entry = await findEntryOf(tx, userId, input.entryId)
    if (!entry) throw new DomainError('NOT_FOUND')
    if (entry.status === 'expired') throw new DomainError('OFFER_EXPIRED')
    if (entry.status !== 'offered') throw new DomainError('BOOKING_NOT_ACTIVE')
    if (isOfferExpired(now, { expiresAt: entry.offerExpiresAt ?? '' })) throw new DomainError('OFFER_EXPIRED')
    await checkChildForSlot(tx, userId, entry.child?.id ?? null, entry.offering, entry.slot, null)
    if (!(await resolveEntry(tx, entry.id, ['offered'], 'accepted', now)) || !(await takeHeldSeat(tx, entry.slot.id))) {
      throw new DomainError('OFFER_EXPIRED')
    }
    const booking = await recordBooking(
      tx,
      {
        userId,
        slotId: entry.slot.id,
        childId: entry.child?.id ?? null,
        idempotencyKey: input.idempotencyKey,
        rescheduledFromId: null,
        wechatReminder: false,
        // Nothing was asked when joining the list: a place taken from it shares nothing.
        sharedContact: null
      },
      now
    )
    await sendBookingConfirmed(tx, booking, now)
    return toBookingView(now, booking)
  })
}

export async function myBookings(db: Database, userId: string, scope: 'upcoming' | 'past', now: Date) {
  await expireLapsedOffers(db, now)
  const bookings = await listBookingsOf(db, userId, scope, now, PAST_BOOKINGS_SHOWN)
  const waitlist = scope === 'upcoming' ? await listActiveEntriesOf(db, userId, now) : []
  return { bookings: bookings.map((booking) => toBookingView(now, booking)), waitlist: waitlist.map(toWaitlistView) }
}
