import type { WaitlistStatus } from '../../domain/bookings/booking-schema'
import type { Queryable } from '../db/database'
import { isoOrNull } from '../shared/instant-values'
import { placeColumns, placeJoins, toPlace, type PlaceRecord, type PlaceRow } from './place-repository'

export interface WaitlistRecord extends PlaceRecord {
  id: string
  userId: string
  status: WaitlistStatus
  offerExpiresAt: string | null
  /** 1-based place in the queue while waiting; null otherwise. */
  position: number | null
}

interface WaitlistRow extends PlaceRow {
  id: string
  user_id: string
  status: WaitlistStatus
  offer_expires_at: unknown
  position: number | null
}

const WAITLIST_SELECT = `
  SELECT w.id, w.user_id, w.status, w.offer_expires_at,
         CASE WHEN w.status = 'waiting' THEN (
           SELECT count(*)::int FROM waitlist_entries ahead
            WHERE ahead.slot_id = w.slot_id AND ahead.status = 'waiting' AND ahead.seq <= w.seq
         ) END AS position,
         ${placeColumns('w')}
    FROM waitlist_entries w${placeJoins('w')}`

const toEntry = (row: WaitlistRow): WaitlistRecord => ({
  id: row.id,
  userId: row.user_id,
  status: row.status,
  offerExpiresAt: isoOrNull(row.offer_expires_at),
  position: row.position,
  ...toPlace(row)
})

export async function insertEntry(
  q: Queryable,
  entry: { id: string; slotId: string; userId: string; childId: string | null },
  now: Date
): Promise<void> {
  await q.query(
    `INSERT INTO waitlist_entries (id, slot_id, user_id, child_id, status, created_at) VALUES ($1, $2, $3, $4, 'waiting', $5)`,
    [entry.id, entry.slotId, entry.userId, entry.childId, now]
  )
}

export async function findEntry(q: Queryable, entryId: string): Promise<WaitlistRecord | null> {
  const { rows } = await q.query<WaitlistRow>(`${WAITLIST_SELECT} WHERE w.id = $1`, [entryId])
  return rows[0] ? toEntry(rows[0]) : null
}

export async function findEntryOf(q: Queryable, userId: string, entryId: string): Promise<WaitlistRecord | null> {
  const { rows } = await q.query<WaitlistRow>(`${WAITLIST_SELECT} WHERE w.id = $1 AND w.user_id = $2`, [entryId, userId])
  return rows[0] ? toEntry(rows[0]) : null
}

export async function isWaitingFor(q: Queryable, userId: string, slotId: string, childId: string | null): Promise<boolean> {
  const { rows } = await q.query(
    `SELECT 1 FROM waitlist_entries
      WHERE user_id = $1 AND slot_id = $2 AND status IN ('waiting', 'offered') AND child_id IS NOT DISTINCT FROM $3 LIMIT 1`,
    [userId, slotId, childId]
  )
  return rows.length > 0
}

/** A family's waiting and offered places on slots still ahead, soonest first. */
export async function listActiveEntriesOf(q: Queryable, userId: string, now: Date): Promise<WaitlistRecord[]> {
  const { rows } = await q.query<WaitlistRow>(
    `${WAITLIST_SELECT} WHERE w.user_id = $1 AND w.status IN ('waiting', 'offered') AND s.starts_at > $2
      ORDER BY s.starts_at, w.seq`,
    [userId, now]
  )
  return rows.map(toEntry)
}

/** The longest-waiting entry of a slot, locked; call with the slot row locked so no two releases pick it. */
export async function firstWaiting(q: Queryable, slotId: string): Promise<{ id: string; userId: string } | null> {
  const { rows } = await q.query<{ id: string; user_id: string }>(
    `SELECT id, user_id FROM waitlist_entries WHERE slot_id = $1 AND status = 'waiting' ORDER BY seq LIMIT 1 FOR UPDATE`,
    [slotId]
  )
  return rows[0] ? { id: rows[0].id, userId: rows[0].user_id } : null
}

export async function markOffered(q: Queryable, entryId: string, now: Date, expiresAt: Date): Promise<void> {
  await q.query(
    `UPDATE waitlist_entries SET status = 'offered', offered_at = $2, offer_expires_at = $3 WHERE id = $1 AND status = 'waiting'`,
    [entryId, now, expiresAt]
  )
}

/** Ends an entry in `from` with status `to`; false when it had already left `from`. */
export async function resolveEntry(
  q: Queryable,
  entryId: string,
  from: readonly WaitlistStatus[],
  to: WaitlistStatus,
  now: Date
): Promise<boolean> {
  const { rows } = await q.query(
    `UPDATE waitlist_entries SET status = $3, resolved_at = $4 WHERE id = $1 AND status = ANY($2::text[]) RETURNING id`,
    [entryId, from, to, now]
  )
  return rows.length > 0
}

/**
 * Offers whose hold has run out (of one slot, or all), locked for this transaction; rows another sweeper
 * holds are skipped, so two sweeps never expire the same offer twice.
 */
export async function lapsedOffers(q: Queryable, now: Date, slotId: string | null, limit: number): Promise<{ id: string; slotId: string }[]> {
  const { rows } = await q.query<{ id: string; slot_id: string }>(
    `SELECT id, slot_id FROM waitlist_entries
      WHERE status = 'offered' AND offer_expires_at <= $1 AND ($2::text IS NULL OR slot_id = $2)
      ORDER BY offer_expires_at, seq LIMIT $3 FOR UPDATE SKIP LOCKED`,
    [now, slotId, limit]
  )
  return rows.map((row) => ({ id: row.id, slotId: row.slot_id }))
}

/** Ends every waiting or offered entry of a cancelled slot; returns who was waiting, and for which child. */
export async function closeEntriesOfSlot(
  q: Queryable,
  slotId: string,
  now: Date
): Promise<{ userId: string; child: { nickname: string } | null }[]> {
  const { rows } = await q.query<{ user_id: string; child_nickname: string | null }>(
    `UPDATE waitlist_entries w SET status = 'closed', resolved_at = $2
      WHERE w.slot_id = $1 AND w.status IN ('waiting', 'offered')
      RETURNING w.user_id, (SELECT c.nickname FROM children c WHERE c.id = w.child_id) AS child_nickname`,
    [slotId, now]
  )
  return rows.map((row) => ({ userId: row.user_id, child: row.child_nickname ? { nickname: row.child_nickname } : null }))
}

export async function countWaiting(q: Queryable, slotId: string): Promise<number> {
  const { rows } = await q.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM waitlist_entries WHERE slot_id = $1 AND status IN ('waiting', 'offered')`,
    [slotId]
  )
  return rows[0]?.n ?? 0
}

