import type { AgeBand } from '../../domain/finder/finder-enums'
import type { SlotStatus } from '../../domain/bookings/slot-schema'
import type { Queryable } from '../db/database'
import { isoOf } from '../shared/instant-values'

export interface SlotRecord {
  id: string
  offeringId: string
  startsAt: string
  endsAt: string
  capacity: number
  booked: number
  held: number
  ageBand: AgeBand | null
  windowDaysAhead: number
  windowOpensAt: string
  minNoticeMinutes: number
  cancelCutoffHours: number
  priceFen: number
  status: SlotStatus
}

export const SLOT_COLUMNS = `s.id AS s_id, s.offering_id AS s_offering_id, s.starts_at AS s_starts_at, s.ends_at AS s_ends_at,
  s.capacity AS s_capacity, s.booked AS s_booked, s.held AS s_held, s.age_band AS s_age_band,
  s.window_days_ahead AS s_window_days_ahead, s.window_opens_at AS s_window_opens_at,
  s.min_notice_minutes AS s_min_notice_minutes, s.cancel_cutoff_hours AS s_cancel_cutoff_hours,
  s.price_fen AS s_price_fen, s.status AS s_status`

export interface SlotRow {
  s_id: string
  s_offering_id: string
  s_starts_at: unknown
  s_ends_at: unknown
  s_capacity: number
  s_booked: number
  s_held: number
  s_age_band: AgeBand | null
  s_window_days_ahead: number
  s_window_opens_at: string
  s_min_notice_minutes: number
  s_cancel_cutoff_hours: number
  s_price_fen: number
  s_status: SlotStatus
}

export const toSlot = (row: SlotRow): SlotRecord => ({
  id: row.s_id,
  offeringId: row.s_offering_id,
  startsAt: isoOf(row.s_starts_at),
  endsAt: isoOf(row.s_ends_at),
  capacity: row.s_capacity,
  booked: row.s_booked,
  held: row.s_held,
  ageBand: row.s_age_band,
  windowDaysAhead: row.s_window_days_ahead,
  windowOpensAt: row.s_window_opens_at,
  minNoticeMinutes: row.s_min_notice_minutes,
  cancelCutoffHours: row.s_cancel_cutoff_hours,
  priceFen: row.s_price_fen,
  status: row.s_status
})

export type NewSlot = Omit<SlotRecord, 'booked' | 'held' | 'status'>

/**
 * Inserts the slots; returns how many were new. A slot whose id exists, or whose offering already has an open
 * slot at the same start, is left as it is (sample slots are re-offered by id, so a cancelled one stays so).
 */
export async function insertSlots(q: Queryable, slots: readonly NewSlot[], now: Date): Promise<number> {
  if (slots.length === 0) return 0
  // One statement for the lot: start-up seeding adds tens of thousands of sample slots.
  const { rows } = await q.query(
    `INSERT INTO slots (id, offering_id, starts_at, ends_at, capacity, age_band, window_days_ahead, window_opens_at,
                        min_notice_minutes, cancel_cutoff_hours, price_fen, created_at)
     SELECT s.*, $12::timestamptz FROM unnest($1::text[], $2::text[], $3::timestamptz[], $4::timestamptz[], $5::int[], $6::text[],
                                              $7::int[], $8::text[], $9::int[], $10::int[], $11::int[]) AS s
     ON CONFLICT DO NOTHING
     RETURNING id`,
    [
      slots.map((s) => s.id),
      slots.map((s) => s.offeringId),
      slots.map((s) => s.startsAt),
      slots.map((s) => s.endsAt),
      slots.map((s) => s.capacity),
      slots.map((s) => s.ageBand),
      slots.map((s) => s.windowDaysAhead),
      slots.map((s) => s.windowOpensAt),
      slots.map((s) => s.minNoticeMinutes),
      slots.map((s) => s.cancelCutoffHours),
      slots.map((s) => s.priceFen),
      now
    ]
  )
  return rows.length
}

/** Open slots of the offering already starting at any of these instants. */
export async function existingStarts(q: Queryable, offeringId: string, starts: readonly string[]): Promise<string[]> {
  const { rows } = await q.query<{ starts_at: unknown }>(
    `SELECT starts_at FROM slots WHERE offering_id = $1 AND status = 'open' AND starts_at = ANY($2::timestamptz[]) ORDER BY starts_at`,
    [offeringId, starts]
  )
  return rows.map((row) => isoOf(row.starts_at))
}

/** The slot; with `lock`, its row is locked until the transaction ends, so its counts cannot move meanwhile. */
export async function findSlot(q: Queryable, slotId: string, options: { lock?: boolean } = {}): Promise<SlotRecord | null> {
  const { rows } = await q.query<SlotRow>(`SELECT ${SLOT_COLUMNS} FROM slots s WHERE s.id = $1${options.lock ? ' FOR UPDATE' : ''}`, [
    slotId
  ])
  return rows[0] ? toSlot(rows[0]) : null
}

/** Open slots of an offering starting in [from, to), earliest first. */
export async function listSlotsOfOffering(q: Queryable, offeringId: string, from: Date, to: Date, openOnly: boolean): Promise<SlotRecord[]> {
  const { rows } = await q.query<SlotRow>(
    `SELECT ${SLOT_COLUMNS} FROM slots s
      WHERE s.offering_id = $1 AND s.starts_at >= $2 AND s.starts_at < $3 AND ($4::boolean = false OR s.status = 'open')
      ORDER BY s.starts_at, s.id`,
    [offeringId, from, to, openOnly]
  )
  return rows.map(toSlot)
}

/** Every slot of these offerings in a period, cancelled ones too, in one statement. */
export async function listSlotsOfOfferings(q: Queryable, offeringIds: readonly string[], from: Date, to: Date): Promise<SlotRecord[]> {
  const { rows } = await q.query<SlotRow>(
    `SELECT ${SLOT_COLUMNS} FROM slots s
      WHERE s.offering_id = ANY($1::text[]) AND s.starts_at >= $2 AND s.starts_at < $3
      ORDER BY s.starts_at, s.id`,
    [offeringIds, from, to]
  )
  return rows.map(toSlot)
}

/**
 * Takes one free place, or nothing: the condition and the increment are one statement on one row, so two
 * families can never both take the last place. False when the slot is full or no longer open.
 */
export async function takeSeat(q: Queryable, slotId: string): Promise<boolean> {
  const { rows } = await q.query(
    `UPDATE slots SET booked = booked + 1 WHERE id = $1 AND status = 'open' AND booked + held < capacity RETURNING id`,
    [slotId]
  )
  return rows.length > 0
}

/** Turns a place held for a waitlist offer into a booked one. */
export async function takeHeldSeat(q: Queryable, slotId: string): Promise<boolean> {
  const { rows } = await q.query(
    `UPDATE slots SET booked = booked + 1, held = held - 1 WHERE id = $1 AND status = 'open' AND held > 0 RETURNING id`,
    [slotId]
  )
  return rows.length > 0
}

/** Gives back a booked place: to everyone, or kept aside for a waitlist offer. */
export async function releaseSeat(q: Queryable, slotId: string, holdForOffer: boolean): Promise<void> {
  await q.query(
    `UPDATE slots SET booked = booked - 1, held = held + $2 WHERE id = $1 AND status = 'open' AND booked > 0`,
    [slotId, holdForOffer ? 1 : 0]
  )
}

/** A held place no family took goes back to everyone. */
export async function releaseHeldSeat(q: Queryable, slotId: string): Promise<void> {
  await q.query(`UPDATE slots SET held = held - 1 WHERE id = $1 AND held > 0`, [slotId])
}

/** Closes an open slot and empties it; false when it was already cancelled. */
export async function cancelSlotRow(q: Queryable, slotId: string): Promise<boolean> {
  const { rows } = await q.query(
    `UPDATE slots SET status = 'cancelled', booked = 0, held = 0 WHERE id = $1 AND status = 'open' RETURNING id`,
    [slotId]
  )
  return rows.length > 0
}

/** Locks several slot rows for the transaction, always in id order so concurrent lockers never deadlock. */
export async function lockSlots(q: Queryable, slotIds: readonly string[]): Promise<void> {
  await q.query(`SELECT id FROM slots WHERE id = ANY($1::text[]) ORDER BY id FOR UPDATE`, [slotIds])
}

/** The latest start among the sample slots of each institution, and of each region's community centres. */
export async function latestSampleSlotStarts(q: Queryable): Promise<{ institutions: Map<string, string>; communityCentres: Map<string, string> }> {
  const { rows } = await q.query<{ institution_id: string | null; region_code: string; latest: unknown }>(
    `SELECT o.institution_id, o.region_code, max(s.starts_at) AS latest FROM slots s JOIN offerings o ON o.id = s.offering_id
      WHERE o.is_sample GROUP BY o.institution_id, o.region_code`
  )
  const institutions = new Map<string, string>()
  const communityCentres = new Map<string, string>()
  for (const row of rows) {
    if (row.institution_id === null) communityCentres.set(row.region_code, isoOf(row.latest))
    else institutions.set(row.institution_id, isoOf(row.latest))
  }
  return { institutions, communityCentres }
}
