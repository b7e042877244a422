import type { ClassKind, Offering } from '../../domain/bookings/offering-schema'
import type { Queryable } from '../db/database'
import { OFFERING_COLUMNS, OFFERING_FROM, toOffering, type OfferingRow } from '../bookings/offering-repository'
import { SLOT_COLUMNS, toSlot, type SlotRecord, type SlotRow } from '../bookings/slot-repository'

/**
 * Open sessions of a region's classes between two instants, soonest first. Reads the bookings engine's
 * offerings and slots (with its own column lists and row mappers), so a listed session is the one that books.
 */
export async function openClassSessions(
  q: Queryable,
  where: { regionCode: string; classKind: ClassKind | null; from: Date; to: Date },
  limit: number
): Promise<{ offering: Offering; slot: SlotRecord }[]> {
  const { rows } = await q.query<OfferingRow & SlotRow>(
    `SELECT ${OFFERING_COLUMNS}, ${SLOT_COLUMNS}
       FROM ${OFFERING_FROM} JOIN slots s ON s.offering_id = o.id
      WHERE o.region_code = $1 AND o.kind = 'class' AND ($2::text IS NULL OR o.class_kind = $2)
        AND s.status = 'open' AND s.starts_at > $3 AND s.starts_at < $4
      ORDER BY s.starts_at, s.id
      LIMIT $5`,
    [where.regionCode, where.classKind, where.from, where.to, limit]
  )
  return rows.map((row) => ({ offering: toOffering(row), slot: toSlot(row) }))
}
