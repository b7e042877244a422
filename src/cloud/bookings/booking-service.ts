import type { BookInput, BookingView } from '../../domain/bookings/booking-schema'
import { assertChildFitsSlot } from '../../domain/bookings/age-band-rules'
import { assertBookable, assertCanCancel, isBookable } from '../../domain/bookings/booking-window-rules'
import { childRequirement, type Offering } from '../../domain/bookings/offering-schema'
import { assertNoOverlap } from '../../domain/bookings/overlap-rules'
import { remindersFor } from '../../domain/bookings/reminder-rules'
import { DomainError } from '../../domain/shared/error-codes'
import type { Database, Queryable } from '../db/database'
import { storedChildOf } from '../family/family-service'
import {
  findBooking,
  findBookingByKey,
  findBookingOf,
  heldIntervalsOfChild,
  holdsPlaceOnSlot,
  insertBooking,
  lockFamily,
  setBookingStatus,
  type BookingRecord,
  type NewBooking
} from './booking-repository'
import { sendBookingCancelled, sendBookingConfirmed, sendBookingRescheduled } from './booking-messages'
import { toBookingView } from './booking-views'
import { newId } from '../shared/instant-values'
import { findOffering } from './offering-repository'
import { expireLapsedOffers, releaseBookedPlace } from './place-release-service'
import { deleteUnsentReminders, insertReminders } from './reminder-repository'
import { gateFor, withSlotAdmission } from './slot-admission'
import { findSlot, lockSlots, takeSeat, type SlotRecord } from './slot-repository'

/** The child a booking is for: the family's own, old enough for the slot, and not booked elsewhere at that time. */
export async function checkChildForSlot(
  tx: Queryable,
  userId: string,
  childId: string | null,
  offering: Offering,
  slot: SlotRecord,
  exceptBookingId: string | null
): Promise<void> {
  if (childId === null) {
    if (childRequirement(offering.kind, offering.classKind) === 'required') throw new DomainError('CHILD_REQUIRED')
    return
  }
  const child = await storedChildOf(tx, userId, childId)
  if (!child) throw new DomainError('NOT_FOUND')
  assertChildFitsSlot(child.birthMonth, slot)
  assertNoOverlap(slot, await heldIntervalsOfChild(tx, childId, exceptBookingId))
}

/** SLOT_FULL, or SLOT_CANCELLED when the slot was cancelled while the family was booking. */
async function noPlaceError(tx: Queryable, slotId: string): Promise<DomainError> {
  const slot = await findSlot(tx, slotId)
  return new DomainError(slot?.status === 'cancelled' ? 'SLOT_CANCELLED' : 'SLOT_FULL')
}

type NewBookingFields = Omit<NewBooking, 'id'>

/** Confirms a booking whose place has just been taken: the row, its reminders and the message, in one go. */
export async function recordBooking(
  tx: Queryable,
  booking: NewBookingFields,
  now: Date
): Promise<BookingRecord> {
  const id = newId('bk')
  await insertBooking(tx, { id, ...booking }, now)
  const record = await findBooking(tx, id)
  if (!record) throw new Error(`booking ${id} vanished inside its own transaction`)
  await insertReminders(tx, id, remindersFor(now, record.slot.startsAt))
  return record
}

/** A retry of a request already done returns its result; the same key for a different request is refused. */
function replay(existing: BookingRecord, matches: boolean, now: Date): BookingView {
  if (!matches) throw new DomainError('IDEMPOTENCY_KEY_REUSED')
  return toBookingView(now, existing)
}

/** Free places on the slot as last committed; a slot no longer open lets everyone through to hear why. */
async function freePlaces(db: Database, slotId: string): Promise<number> {
  const slot = await findSlot(db, slotId)
  return slot && slot.status === 'open' ? slot.capacity - slot.booked - slot.held : Number.POSITIVE_INFINITY
}

export async function book(db: Database, userId: string, input: BookInput, now: Date): Promise<BookingView> {
  // A slot already full as last committed answers at once, from one statement outside any transaction (shared
  // by the requests of the same moment), and requests beyond its free places wait in this process
  // (slot-admission.ts), not on the slot row's lock: in a rush the families after the last place are told
  // "full" without a transaction of their own.
  // A retry, or a family already holding a place there, goes straight on to hear its own answer.
  const request = { userId, idempotencyKey: input.idempotencyKey, childId: input.childId }
  let gate = await gateFor(db, input.slotId, request)
  if (gate && gate.slot.held > 0 && (await expireLapsedOffers(db, now, gate.slot.id)) > 0) gate = await gateFor(db, input.slotId, request)
  if (!gate) throw new DomainError('NOT_FOUND')
  const transaction = () => db.transaction(async (tx) => {
    await lockFamily(tx, userId)
    const existing = await findBookingByKey(tx, userId, input.idempotencyKey)
    if (existing) {
      const same = existing.slot.id === input.slotId && (existing.child?.id ?? null) === input.childId && !existing.rescheduledFromId
      return replay(existing, same, now)
    }
    const slot = await findSlot(tx, input.slotId)
    const offering = slot && (await findOffering(tx, slot.offeringId))
    if (!slot || !offering) throw new DomainError('NOT_FOUND')
    assertBookable(now, slot)
    if (await holdsPlaceOnSlot(tx, userId, slot.id, input.childId)) throw new DomainError('ALREADY_BOOKED')
    await checkChildForSlot(tx, userId, input.childId, offering, slot, null)
    if (!(await takeSeat(tx, slot.id))) throw await noPlaceError(tx, slot.id)
    const booking = await recordBooking(
      tx,
      { userId, slotId: slot.id, childId: input.childId, idempotencyKey: input.idempotencyKey, rescheduledFromId: null, wechatReminder: input.wechatReminder },
      now
    )
    await sendBookingConfirmed(tx, booking, now)
    return toBookingView(now, booking)
  })
  const { slot } = gate
  if (gate.isRetry || gate.holdsPlace || !isBookable(now, slot) || slot.status !== 'open') return transaction()
  const free = slot.capacity - slot.booked - slot.held
  if (free <= 0) throw new DomainError('SLOT_FULL')
  return withSlotAdmission(db, slot.id, free, () => freePlaces(db, slot.id), () => new DomainError('SLOT_FULL'), transaction)
}

/*
 * Lock order, everywhere: the family's advisory lock, then slot rows (in id order), then the bookings and
 * waitlist entries on them. Cancelling a slot takes the slot first too, so no two writers wait on each other.
 */
export async function cancelBooking(db: Database, userId: string, bookingId: string, now: Date): Promise<BookingView> {
  return db.transaction(async (tx) => {
    await lockFamily(tx, userId)
    const booking = await findBookingOf(tx, userId, bookingId)
    if (!booking) throw new DomainError('NOT_FOUND')
    if (booking.status !== 'confirmed') throw new DomainError('BOOKING_NOT_ACTIVE')
    assertCanCancel(now, booking.slot)
    await lockSlots(tx, [booking.slot.id])
    // The institution may have cancelled the whole slot while this request waited for it.
    if (!(await setBookingStatus(tx, booking.id, ['confirmed'], 'cancelled', now))) throw new DomainError('BOOKING_NOT_ACTIVE')
    await deleteUnsentReminders(tx, booking.id)
    await releaseBookedPlace(tx, booking.slot.id, now)
    await sendBookingCancelled(tx, booking, now)
    const after = await findBooking(tx, booking.id)
    return toBookingView(now, after ?? booking)
  })
}

/**
 * Moves a booking to another slot of the same service in one transaction: the new place is taken first, and
 * only then is the old one given up, so when the new slot is full nothing changes. Both slot rows are locked
 * up front in id order, so two families swapping slots cannot deadlock.
 */
export async function reschedule(
  db: Database,
  userId: string,
  input: { bookingId: string; slotId: string; idempotencyKey: string; wechatReminder: boolean },
  now: Date
): Promise<BookingView> {
  return db.transaction(async (tx) => {
    await lockFamily(tx, userId)
    const existing = await findBookingByKey(tx, userId, input.idempotencyKey)
    if (existing) return replay(existing, existing.rescheduledFromId === input.bookingId && existing.slot.id === input.slotId, now)
    const old = await findBookingOf(tx, userId, input.bookingId)
    if (!old) throw new DomainError('NOT_FOUND')
    if (old.status !== 'confirmed') throw new DomainError('BOOKING_NOT_ACTIVE')
    assertCanCancel(now, old.slot)
    const target = await findSlot(tx, input.slotId)
    if (!target) throw new DomainError('NOT_FOUND')
    if (target.offeringId !== old.slot.offeringId || target.id === old.slot.id) throw new DomainError('RESCHEDULE_NOT_ALLOWED')
    assertBookable(now, target)
    await checkChildForSlot(tx, userId, old.child?.id ?? null, old.offering, target, old.id)
    await lockSlots(tx, [old.slot.id, target.id])
    if (!(await takeSeat(tx, target.id))) throw await noPlaceError(tx, target.id)
    const moved = await recordBooking(
      tx,
      {
        userId,
        slotId: target.id,
        childId: old.child?.id ?? null,
        idempotencyKey: input.idempotencyKey,
        rescheduledFromId: old.id,
        wechatReminder: input.wechatReminder
      },
      now
    )
    if (!(await setBookingStatus(tx, old.id, ['confirmed'], 'rescheduled', now))) throw new DomainError('BOOKING_NOT_ACTIVE')
    await deleteUnsentReminders(tx, old.id)
    await releaseBookedPlace(tx, old.slot.id, now)
    await sendBookingRescheduled(tx, moved, now)
    return toBookingView(now, moved)
  })
}
