import type { AgeBand } from '../../domain/finder/finder-enums'
import type { SlotStatus } from '../../domain/bookings/slot-schema'
import type { Queryable } from '../db/database'
import { isoOf } from './instant-values'

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
  let inserted = 0
  for (const slot of slots) {
    const { rows } = await q.query(
      `INSERT INTO slots (id, offering_id, starts_at, ends_at, capacity, age_band, window_days_ahead, window_opens_at,
                          min_notice_minutes, cancel_cutoff_hours, price_fen, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
       ON CONFLICT DO NOTHING
       RETURNING id`,
      [
        slot.id,
        slot.offeringId,
        slot.startsAt,
        slot.endsAt,
        slot.capacity,
        slot.ageBand,
        slot.windowDaysAhead,
        slot.windowOpensAt,
        slot.minNoticeMinutes,
        slot.cancelCutoffHours,
        slot.priceFen,
        now
      ]
    )
    inserted += rows.length
  }
  return inserted
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

/** The latest start among the sample slots of an institution's (or a region's community centres') offerings. */
export async function latestSampleSlotStart(q: Queryable, host: { institutionId: string } | { regionCode: string }): Promise<string | null> {
  const byInstitution = 'institutionId' in host
  const { rows } = await q.query<{ latest: unknown }>(
    `SELECT max(s.starts_at) AS latest FROM slots s JOIN offerings o ON o.id = s.offering_id
      WHERE o.is_sample AND ${byInstitution ? 'o.institution_id = $1' : "o.region_code = $1 AND o.host_kind = 'community_centre'"}`,
    [byInstitution ? host.institutionId : host.regionCode]
  )
  const latest = rows[0]?.latest
  return latest === null || latest === undefined ? null : isoOf(latest)
}
