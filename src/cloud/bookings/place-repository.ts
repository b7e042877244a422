import type { Offering } from '../../domain/bookings/offering-schema'
import { OFFERING_COLUMNS, toOffering, type OfferingRow } from './offering-repository'
import { SLOT_COLUMNS, toSlot, type SlotRecord, type SlotRow } from './slot-repository'

/** What a booking and a waitlist entry both are: a family's place on a slot, for one of its children or none. */
export interface PlaceRecord {
  child: { id: string; nickname: string; birthMonth: string } | null
  slot: SlotRecord
  offering: Offering
}

export interface PlaceRow extends SlotRow, OfferingRow {
  child_id: string | null
  child_nickname: string | null
  child_birth_month: string | null
}

/** The place's columns, for a table aliased `place` that has slot_id and child_id. */
export const placeColumns = (place: string) =>
  `${place}.child_id, c.nickname AS child_nickname, c.birth_month AS child_birth_month, ${SLOT_COLUMNS}, ${OFFERING_COLUMNS}`

export const placeJoins = (place: string) => `
    JOIN slots s ON s.id = ${place}.slot_id
    JOIN offerings o ON o.id = s.offering_id
    LEFT JOIN institutions i ON i.id = o.institution_id
    LEFT JOIN children c ON c.id = ${place}.child_id`

export const toPlace = (row: PlaceRow): PlaceRecord => ({
  child:
    row.child_id && row.child_nickname && row.child_birth_month
      ? { id: row.child_id, nickname: row.child_nickname, birthMonth: row.child_birth_month }
      : null,
  slot: toSlot(row),
  offering: toOffering(row)
})
