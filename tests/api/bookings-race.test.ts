import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Database } from '../../src/cloud/db/database'
import { runBookingTimers, sendDueReminders } from '../../src/cloud/bookings/reminder-service'
import type { User } from '../../src/domain/account/account-schema'
import type { BookingView, WaitlistView } from '../../src/domain/bookings/booking-schema'
import { OFFER_HOLD_MINUTES } from '../../src/domain/bookings/waitlist-rules'
import type { InboxMessage } from '../../src/domain/inbox/inbox-schema'
import { callAs } from './support/call-action'
import {
  addChild,
  book,
  codeOf,
  createOffering,
  createSlot,
  idempotencyKey,
  joinWaitlist,
  newParent,
  placesAndConfirmed,
  someInstitutions,
  staffOf,
  unwrap
} from './support/booking-fixtures'
import { databaseOfKind, STORE_KINDS, TEST_NOW } from './support/test-database'

// TEST_NOW is Monday 23 Nov 2026, 12:00 in China; these slots are later that week, their windows open.
const SLOT_DATE = '2026-11-26'

async function familiesWithChildren(db: Database, count: number) {
  const families: { parent: User; childId: string }[] = []
  for (let i = 0; i < count; i++) {
    const parent = newParent(`家长${i}`)
    families.push({ parent, childId: (await addChild(db, parent)).id })
  }
  return families
}

async function inboxOf(db: Database, user: User, now = TEST_NOW): Promise<InboxMessage[]> {
  return unwrap(await callAs<{ messages: InboxMessage[] }>(db, user, 'inbox', 'list', { pageSize: 50 }, now)).messages
}

describe.each(STORE_KINDS)('booking under contention (%s)', (kind) => {
  let db: Database
  let staff: User
  beforeAll(async () => {
    db = await databaseOfKind(kind)
    const [institution] = await someInstitutions(db, 1)
    staff = staffOf(institution!)
  })
  afterAll(async () => {
    await db?.close()
  })

  it('200 families racing for 10 places: exactly 10 confirmed, 190 told it is full, never oversold', async () => {
    const offering = await createOffering(db, staff)
    const slot = await createSlot(db, staff, offering.id, { date: SLOT_DATE, capacity: 10 })
    const families = await familiesWithChildren(db, 200)

    const steps: Awaited<ReturnType<typeof placesAndConfirmed>>[] = []
    const results = await Promise.all(
      families.map(async ({ parent, childId }) => {
        const result = await book(db, parent, slot.id, childId)
        steps.push(await placesAndConfirmed(db, slot.id))
        return result
      })
    )

    const confirmed = results.filter((r) => r.ok)
    const full = results.filter((r) => codeOf(r) === 'SLOT_FULL')
    expect(confirmed).toHaveLength(10)
    expect(full).toHaveLength(190)
    for (const r of full) if (!r.ok) expect(r.error.message).toContain('约满')
    expect(steps).toHaveLength(200)
    for (const step of steps) {
      expect(step.placesLeft).toBe(step.capacity - step.confirmed)
      expect(step.placesLeft).toBeGreaterThanOrEqual(0)
    }
    expect(await placesAndConfirmed(db, slot.id)).toEqual({ capacity: 10, placesLeft: 0, confirmed: 10, held: 0 })
    const seen = unwrap(await callAs<{ slots: { id: string; placesLeft: number }[] }>(db, null, 'bookings', 'availability', { offeringId: offering.id, fromDate: SLOT_DATE }))
    expect(seen.slots.find((s) => s.id === slot.id)?.placesLeft).toBe(0)
  })

  it('20 simultaneous retries with one idempotency key make one booking and all get it back', async () => {
    const offering = await createOffering(db, staff)
    const slot = await createSlot(db, staff, offering.id, { date: SLOT_DATE, capacity: 10 })
    const [family] = await familiesWithChildren(db, 1)
    const key = idempotencyKey()
    const results = await Promise.all(Array.from({ length: 20 }, () => book(db, family!.parent, slot.id, family!.childId, key)))
    const ids = new Set(results.map((r) => unwrap(r).id))
    expect(ids.size).toBe(1)
    expect(await placesAndConfirmed(db, slot.id)).toMatchObject({ confirmed: 1, placesLeft: 9 })
    const mine = unwrap(await callAs<{ bookings: BookingView[] }>(db, family!.parent, 'bookings', 'myBookings', { scope: 'upcoming' }))
    expect(mine.bookings.map((b) => b.id)).toEqual([...ids])
    // The same key for another slot is a different request, not a retry.
    const other = await createSlot(db, staff, offering.id, { date: SLOT_DATE, startTime: '14:00', endTime: '16:00' })
    expect(codeOf(await book(db, family!.parent, other.id, family!.childId, key))).toBe('IDEMPOTENCY_KEY_REUSED')
  })

  it('a cancelled place can be booked again, by someone else or by the same family', async () => {
    const offering = await createOffering(db, staff)
    const slot = await createSlot(db, staff, offering.id, { date: SLOT_DATE, capacity: 2 })
    const [a, b, c] = await familiesWithChildren(db, 3)
    const first = unwrap(await book(db, a!.parent, slot.id, a!.childId))
    unwrap(await book(db, b!.parent, slot.id, b!.childId))
    expect(codeOf(await book(db, c!.parent, slot.id, c!.childId))).toBe('SLOT_FULL')

    const cancelled = unwrap(await callAs<BookingView>(db, a!.parent, 'bookings', 'cancel', { bookingId: first.id }))
    expect(cancelled.status).toBe('cancelled')
    expect(await placesAndConfirmed(db, slot.id)).toMatchObject({ placesLeft: 1, confirmed: 1 })
    const taken = unwrap(await book(db, c!.parent, slot.id, c!.childId))
    expect(taken.status).toBe('confirmed')
    expect(codeOf(await book(db, a!.parent, slot.id, a!.childId))).toBe('SLOT_FULL')

    unwrap(await callAs<BookingView>(db, c!.parent, 'bookings', 'cancel', { bookingId: taken.id }))
    expect(unwrap(await book(db, c!.parent, slot.id, c!.childId)).status).toBe('confirmed')
    expect(await placesAndConfirmed(db, slot.id)).toEqual({ capacity: 2, placesLeft: 0, confirmed: 2, held: 0 })
  })

  it('one freed place with 10 families waiting goes to exactly the first, and on to the second when it expires', async () => {
    const offering = await createOffering(db, staff)
    const slot = await createSlot(db, staff, offering.id, { date: SLOT_DATE, capacity: 1 })
    const [holder, outsider, ...waiters] = await familiesWithChildren(db, 12)
    const held = unwrap(await book(db, holder!.parent, slot.id, holder!.childId))

    const entries: WaitlistView[] = []
    for (const w of waiters) entries.push(unwrap(await joinWaitlist(db, w.parent, slot.id, w.childId)))
    expect(entries.map((e) => e.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])

    unwrap(await callAs(db, holder!.parent, 'bookings', 'cancel', { bookingId: held.id }))
    expect(await placesAndConfirmed(db, slot.id)).toMatchObject({ placesLeft: 0, held: 1, confirmed: 0 })

    // Everyone rushes for the place at once: it is held for the first waiter, so nobody books it directly.
    const rush = await Promise.all([outsider!, ...waiters].map((f) => book(db, f.parent, slot.id, f.childId)))
    expect(rush.map(codeOf)).toEqual(Array(11).fill('SLOT_FULL'))
    const accepts = await Promise.all(
      waiters.map((w, i) => callAs<BookingView>(db, w.parent, 'bookings', 'acceptOffer', { entryId: entries[i]!.id, idempotencyKey: idempotencyKey() }))
    )
    expect(accepts.map(codeOf)).toEqual(['OK', ...Array(9).fill('BOOKING_NOT_ACTIVE')])
    expect((await inboxOf(db, waiters[0]!.parent)).map((m) => m.title)).toContain('候补到空位了')
    expect((await inboxOf(db, waiters[1]!.parent)).map((m) => m.title)).not.toContain('候补到空位了')
    expect(await placesAndConfirmed(db, slot.id)).toEqual({ capacity: 1, placesLeft: 0, held: 0, confirmed: 1 })

    // The new holder cancels; the next in line is offered the place and lets it lapse; it passes to the third.
    const winner = accepts[0]
    if (!winner?.ok) throw new Error('first waiter did not get the place')
    unwrap(await callAs(db, waiters[0]!.parent, 'bookings', 'cancel', { bookingId: winner.data.id }))
    const later = new Date(TEST_NOW.getTime() + (OFFER_HOLD_MINUTES + 1) * 60_000)
    expect((await runBookingTimers(db, later)).offersExpired).toBe(1)
    const lapsed = await callAs(db, waiters[1]!.parent, 'bookings', 'acceptOffer', { entryId: entries[1]!.id, idempotencyKey: idempotencyKey() }, later)
    expect(codeOf(lapsed)).toBe('OFFER_EXPIRED')
    expect((await inboxOf(db, waiters[1]!.parent, later)).map((m) => m.title)).toContain('保留名额已过期')
    const third = await callAs<BookingView>(db, waiters[2]!.parent, 'bookings', 'acceptOffer', { entryId: entries[2]!.id, idempotencyKey: idempotencyKey() }, later)
    expect(codeOf(third)).toBe('OK')
    expect(await placesAndConfirmed(db, slot.id)).toEqual({ capacity: 1, placesLeft: 0, held: 0, confirmed: 1 })
  })

  it('rescheduling into a full slot leaves the original booking exactly as it was', async () => {
    const offering = await createOffering(db, staff)
    const from = await createSlot(db, staff, offering.id, { date: SLOT_DATE, capacity: 3 })
    const into = await createSlot(db, staff, offering.id, { date: SLOT_DATE, startTime: '14:00', endTime: '16:00', capacity: 1 })
    const [mover, other] = await familiesWithChildren(db, 2)
    const original = unwrap(await book(db, mover!.parent, from.id, mover!.childId))
    unwrap(await book(db, other!.parent, into.id, other!.childId))

    const moved = await callAs(db, mover!.parent, 'bookings', 'reschedule', { bookingId: original.id, slotId: into.id, idempotencyKey: idempotencyKey() })
    expect(codeOf(moved)).toBe('SLOT_FULL')
    const mine = unwrap(await callAs<{ bookings: BookingView[] }>(db, mover!.parent, 'bookings', 'myBookings', { scope: 'upcoming' }))
    expect(mine.bookings.map((b) => [b.id, b.status, b.slot.id])).toEqual([[original.id, 'confirmed', from.id]])
    expect(await placesAndConfirmed(db, from.id)).toMatchObject({ placesLeft: 2, confirmed: 1 })
    expect(await placesAndConfirmed(db, into.id)).toMatchObject({ placesLeft: 0, confirmed: 1 })
  })

  it('five families rescheduling into the last place at once: one moves, four keep their booking', async () => {
    const offering = await createOffering(db, staff)
    const from = await createSlot(db, staff, offering.id, { date: SLOT_DATE, capacity: 5 })
    const into = await createSlot(db, staff, offering.id, { date: SLOT_DATE, startTime: '14:00', endTime: '16:00', capacity: 1 })
    const families = await familiesWithChildren(db, 5)
    const originals = await Promise.all(families.map(async (f) => unwrap(await book(db, f.parent, from.id, f.childId))))
    const results = await Promise.all(
      families.map((f, i) => callAs(db, f.parent, 'bookings', 'reschedule', { bookingId: originals[i]!.id, slotId: into.id, idempotencyKey: idempotencyKey() }))
    )
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(results.filter((r) => codeOf(r) === 'SLOT_FULL')).toHaveLength(4)
    expect(await placesAndConfirmed(db, from.id)).toMatchObject({ placesLeft: 1, confirmed: 4 })
    expect(await placesAndConfirmed(db, into.id)).toMatchObject({ placesLeft: 0, confirmed: 1 })
  })

  it('cancelling a slot while families cancel, book, wait and take offers on it answers everyone plainly', async () => {
    const offering = await createOffering(db, staff)
    const slot = await createSlot(db, staff, offering.id, { date: SLOT_DATE, capacity: 6 })
    const [offered, ...families] = await familiesWithChildren(db, 16)
    const holders = families.slice(0, 6)
    const newcomers = families.slice(6, 10)
    const waiters = families.slice(10)
    const held = await Promise.all(holders.map(async (f) => unwrap(await book(db, f.parent, slot.id, f.childId))))
    const entry = unwrap(await joinWaitlist(db, offered!.parent, slot.id, offered!.childId))
    for (const w of waiters) unwrap(await joinWaitlist(db, w.parent, slot.id, w.childId))
    // One holder leaves, so the first waiter is holding an offer when the institution cancels.
    unwrap(await callAs(db, holders[0]!.parent, 'bookings', 'cancel', { bookingId: held[0]!.id }))

    const results = await Promise.all([
      callAs(db, staff, 'bookings', 'cancelSlot', { slotId: slot.id }),
      ...holders.slice(1, 4).map((f, i) => callAs(db, f.parent, 'bookings', 'cancel', { bookingId: held[i + 1]!.id })),
      ...newcomers.map((f) => book(db, f.parent, slot.id, f.childId)),
      callAs(db, offered!.parent, 'bookings', 'acceptOffer', { entryId: entry.id, idempotencyKey: idempotencyKey() }),
      ...waiters.map((w) => callAs(db, w.parent, 'bookings', 'myBookings', { scope: 'upcoming' }))
    ])
    expect(results.map(codeOf).filter((code) => code === 'INTERNAL')).toEqual([])
    expect(codeOf(results[0]!)).toBe('OK')
    expect(await placesAndConfirmed(db, slot.id)).toEqual({ capacity: 6, placesLeft: 6, confirmed: 0, held: 0 })
    const slotState = await db.query<{ status: string }>('SELECT status FROM slots WHERE id = $1', [slot.id])
    expect(slotState.rows[0]?.status).toBe('cancelled')
    const active = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM waitlist_entries WHERE slot_id = $1 AND status IN ('waiting', 'offered')`, [slot.id])
    expect(active.rows[0]?.n).toBe(0)
  })

  it('sends each reminder exactly once, even with two senders running at the same time', async () => {
    const offering = await createOffering(db, staff)
    const slot = await createSlot(db, staff, offering.id, { date: SLOT_DATE, capacity: 4 })
    const families = await familiesWithChildren(db, 3)
    for (const f of families) unwrap(await book(db, f.parent, slot.id, f.childId))
    // 23 hours before the start only the day-before reminders are due (of this test's bookings and any other).
    const dayBefore = new Date(Date.parse(slot.startsAt) - 23 * 3_600_000)
    const due = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM reminders r JOIN bookings b ON b.id = r.booking_id
        WHERE r.sent_at IS NULL AND r.due_at <= $1 AND b.status = 'confirmed'`,
      [dayBefore]
    )
    const [a, b] = await Promise.all([sendDueReminders(db, dayBefore), sendDueReminders(db, dayBefore)])
    expect(a + b).toBe(due.rows[0]?.n)
    expect(a + b).toBeGreaterThanOrEqual(3)
    expect(await sendDueReminders(db, dayBefore)).toBe(0)
    for (const f of families) {
      const reminders = (await inboxOf(db, f.parent, dayBefore)).filter((m) => m.title === '预约提醒')
      expect(reminders).toHaveLength(1)
    }
  })
})
