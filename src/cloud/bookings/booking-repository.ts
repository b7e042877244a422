import type { BookingStatus } from '../../domain/bookings/booking-schema'
import type { Interval } from '../../domain/bookings/overlap-rules'
import type { Queryable } from '../db/database'
import { isoOf, isoOrNull } from '../shared/instant-values'
import { placeColumns, placeJoins, toPlace, type PlaceRecord, type PlaceRow } from './place-repository'
import { SLOT_COLUMNS, toSlot, type SlotRecord, type SlotRow } from './slot-repository'

export interface BookingRecord extends PlaceRecord {
  id: string
  userId: string
  status: BookingStatus
  idempotencyKey: string
  createdAt: string
  cancelledAt: string | null
  rescheduledFromId: string | null
}

interface BookingRow extends PlaceRow {
  id: string
  user_id: string
  status: BookingStatus
  idempotency_key: string
  created_at: unknown
  cancelled_at: unknown
  rescheduled_from_id: string | null
}

const BOOKING_SELECT = `
  SELECT b.id, b.user_id, b.status, b.idempotency_key, b.created_at, b.cancelled_at, b.rescheduled_from_id, ${placeColumns('b')}
    FROM bookings b${placeJoins('b')}`

const toBooking = (row: BookingRow): BookingRecord => ({
  id: row.id,
  userId: row.user_id,
  status: row.status,
  idempotencyKey: row.idempotency_key,
  createdAt: isoOf(row.created_at),
  cancelledAt: isoOrNull(row.cancelled_at),
  rescheduledFromId: row.rescheduled_from_id,
  ...toPlace(row)
})

/**
 * Serialises one family's booking actions (book, move, cancel, wait) for the length of the transaction, so a
 * double tap, a retry and a booking for the same child from two phones are decided one after another.
 */
export async function lockFamily(q: Queryable, userId: string): Promise<void> {
  await q.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`bookings:${userId}`])
}

export interface NewBooking {
  id: string
  userId: string
  slotId: string
  childId: string | null
  idempotencyKey: string
  rescheduledFromId: string | null
  wechatReminder: boolean
}

export async function insertBooking(q: Queryable, booking: NewBooking, now: Date): Promise<void> {
  await q.query(
    `INSERT INTO bookings (id, user_id, slot_id, child_id, status, idempotency_key, rescheduled_from_id, wechat_reminder, created_at)
     VALUES ($1, $2, $3, $4, 'confirmed', $5, $6, $7, $8)`,
    [booking.id, booking.userId, booking.slotId, booking.childId, booking.idempotencyKey, booking.rescheduledFromId, booking.wechatReminder, now]
  )
}

export async function findBooking(q: Queryable, bookingId: string): Promise<BookingRecord | null> {
  const { rows } = await q.query<BookingRow>(`${BOOKING_SELECT} WHERE b.id = $1`, [bookingId])
  return rows[0] ? toBooking(rows[0]) : null
}

/** The booking only when it is this family's: another family's booking is as good as absent. */
export async function findBookingOf(q: Queryable, userId: string, bookingId: string): Promise<BookingRecord | null> {
  const { rows } = await q.query<BookingRow>(`${BOOKING_SELECT} WHERE b.id = $1 AND b.user_id = $2`, [bookingId, userId])
  return rows[0] ? toBooking(rows[0]) : null
}

export async function findBookingByKey(q: Queryable, userId: string, idempotencyKey: string): Promise<BookingRecord | null> {
  const { rows } = await q.query<BookingRow>(`${BOOKING_SELECT} WHERE b.user_id = $1 AND b.idempotency_key = $2`, [
    userId,
    idempotencyKey
  ])
  return rows[0] ? toBooking(rows[0]) : null
}

/** A family's bookings: `upcoming` are confirmed and not yet over (soonest first), `past` the rest (latest first). */
export async function listBookingsOf(q: Queryable, userId: string, scope: 'upcoming' | 'past', now: Date, limit: number) {
  const upcoming = `b.status = 'confirmed' AND s.ends_at > $2`
  const { rows } = await q.query<BookingRow>(
    `${BOOKING_SELECT} WHERE b.user_id = $1 AND ${scope === 'upcoming' ? upcoming : `NOT (${upcoming})`}
      ORDER BY s.starts_at ${scope === 'upcoming' ? 'ASC' : 'DESC'}, b.id LIMIT $3`,
    [userId, now, limit]
  )
  return rows.map(toBooking)
}

/** Every booking on a slot, as its staff list it: earliest made first. */
export async function listBookingsOnSlot(q: Queryable, slotId: string): Promise<BookingRecord[]> {
  const { rows } = await q.query<BookingRow>(`${BOOKING_SELECT} WHERE b.slot_id = $1 ORDER BY b.created_at, b.id`, [slotId])
  return rows.map(toBooking)
}

/** The time ranges of the places a child holds (except `exceptBookingId`), to refuse an overlapping one. */
export async function heldIntervalsOfChild(q: Queryable, childId: string, exceptBookingId: string | null): Promise<Interval[]> {
  const { rows } = await q.query<{ starts_at: unknown; ends_at: unknown }>(
    `SELECT s.starts_at, s.ends_at FROM bookings b JOIN slots s ON s.id = b.slot_id
      WHERE b.child_id = $1 AND b.status = 'confirmed' AND s.status = 'open' AND b.id <> $2`,
    [childId, exceptBookingId ?? '']
  )
  return rows.map((row) => ({ startsAt: isoOf(row.starts_at), endsAt: isoOf(row.ends_at) }))
}

export interface GateRequest {
  userId: string
  idempotencyKey: string
  childId: string | null
}

export interface GateVerdict {
  /** The family already made this very request: a retry gets its booking back, full or not. */
  isRetry: boolean
  /** The family already holds a place on the slot for this child. */
  holdsPlace: boolean
}

/**
 * What decides, in one round trip for any number of requests on one slot, whether a booking request can only
 * be told "full": the slot, and for each request whether the family already made it and whether it already
 * holds a place there. Null when there is no such slot; the verdicts are in the order of `requests`.
 */
export async function bookingGates(
  q: Queryable,
  slotId: string,
  requests: readonly GateRequest[]
): Promise<{ slot: SlotRecord; verdicts: GateVerdict[] } | null> {
  const { rows } = await q.query<SlotRow & { g_n: number; g_retry: boolean; g_holds: boolean }>(
    `SELECT ${SLOT_COLUMNS}, r.n AS g_n,
            EXISTS (SELECT 1 FROM bookings b WHERE b.user_id = r.user_id AND b.idempotency_key = r.idempotency_key) AS g_retry,
            EXISTS (SELECT 1 FROM bookings b WHERE b.user_id = r.user_id AND b.slot_id = s.id AND b.status = 'confirmed'
                      AND b.child_id IS NOT DISTINCT FROM r.child_id) AS g_holds
       FROM slots s
      CROSS JOIN unnest($2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS r(user_id, idempotency_key, child_id, n)
      WHERE s.id = $1`,
    [slotId, requests.map((r) => r.userId), requests.map((r) => r.idempotencyKey), requests.map((r) => r.childId)]
  )
  const first = rows[0]
  if (!first) return null
  const verdicts: GateVerdict[] = new Array(requests.length)
  for (const row of rows) verdicts[Number(row.g_n) - 1] = { isRetry: row.g_retry, holdsPlace: row.g_holds }
  return { slot: toSlot(first), verdicts }
}

/** Whether the family already holds a place on the slot for this child (or, with no child, for themselves). */
export async function holdsPlaceOnSlot(q: Queryable, userId: string, slotId: string, childId: string | null): Promise<boolean> {
  const { rows } = await q.query(
    `SELECT 1 FROM bookings WHERE user_id = $1 AND slot_id = $2 AND status = 'confirmed' AND child_id IS NOT DISTINCT FROM $3 LIMIT 1`,
    [userId, slotId, childId]
  )
  return rows.length > 0
}

/** Moves a booking from one of `from` to `to`; false when it was not in one of `from` any more. */
export async function setBookingStatus(
  q: Queryable,
  bookingId: string,
  from: readonly BookingStatus[],
  to: BookingStatus,
  now: Date
): Promise<boolean> {
  const { rows } = await q.query(
    `UPDATE bookings SET status = $3,
            cancelled_at = CASE WHEN $3 IN ('cancelled', 'cancelled_by_institution', 'rescheduled') THEN $4 ELSE cancelled_at END,
            attendance_marked_at = CASE WHEN $3 IN ('attended', 'no_show') THEN $4 ELSE attendance_marked_at END
      WHERE id = $1 AND status = ANY($2::text[]) RETURNING id`,
    [bookingId, from, to, now]
  )
  return rows.length > 0
}

/** Cancels every confirmed booking on a slot for the institution; returns them as they were. */
export async function cancelBookingsOnSlot(q: Queryable, slotId: string, now: Date): Promise<BookingRecord[]> {
  const affected = (await listBookingsOnSlot(q, slotId)).filter((booking) => booking.status === 'confirmed')
  await q.query(
    `UPDATE bookings SET status = 'cancelled_by_institution', cancelled_at = $2 WHERE slot_id = $1 AND status = 'confirmed'`,
    [slotId, now]
  )
  return affected
}

/** Whether a child still has a place booked or waited for that lies ahead. */
export async function childHasCommitments(q: Queryable, childId: string, now: Date): Promise<boolean> {
  const { rows } = await q.query(
    `SELECT 1 FROM bookings b JOIN slots s ON s.id = b.slot_id
      WHERE b.child_id = $1 AND b.status = 'confirmed' AND s.ends_at > $2
     UNION ALL
     SELECT 1 FROM waitlist_entries w JOIN slots s ON s.id = w.slot_id
      WHERE w.child_id = $1 AND w.status IN ('waiting', 'offered') AND s.ends_at > $2
     LIMIT 1`,
    [childId, now]
  )
  return rows.length > 0
}
