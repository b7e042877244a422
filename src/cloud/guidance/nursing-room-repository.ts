import type { NursingRoom } from '../../domain/guidance/nursing-room-schema'
import type { Queryable } from '../db/database'

interface RoomRow {
  id: string
  region_code: string
  district_code: string
  name: string
  place: NursingRoom['place']
  where_inside: string
  address: string
  lat: number
  lng: number
  open_hours: string
  facilities: NursingRoom['facilities']
  open_to_public: boolean
  is_sample: boolean
}

const toRoom = (row: RoomRow): NursingRoom => ({
  id: row.id,
  regionCode: row.region_code,
  districtCode: row.district_code,
  name: row.name,
  place: row.place,
  whereInside: row.where_inside,
  address: row.address,
  location: { lat: Number(row.lat), lng: Number(row.lng) },
  openHours: row.open_hours,
  facilities: row.facilities,
  openToPublic: row.open_to_public,
  isSample: row.is_sample
})

/** A region's rooms by district then id: the order the list shows when no position is given. */
export async function listRegionRooms(q: Queryable, regionCode: string): Promise<NursingRoom[]> {
  const { rows } = await q.query<RoomRow>(
    `SELECT id, region_code, district_code, name, place, where_inside, address, lat, lng, open_hours, facilities, open_to_public, is_sample
       FROM nursing_rooms WHERE region_code = $1 ORDER BY district_code, id`,
    [regionCode]
  )
  return rows.map(toRoom)
}

export async function countRegionRooms(q: Queryable, regionCode: string): Promise<number> {
  const { rows } = await q.query<{ count: number }>(`SELECT count(*)::int AS count FROM nursing_rooms WHERE region_code = $1`, [regionCode])
  return rows[0]?.count ?? 0
}

/** Adds rooms; a room whose id exists is left alone (two first visitors may seed a region at once). */
export async function insertRooms(q: Queryable, rooms: readonly NursingRoom[], now: Date): Promise<void> {
  for (const room of rooms) {
    await q.query(
      `INSERT INTO nursing_rooms (id, region_code, district_code, name, place, where_inside, address, lat, lng, open_hours, facilities, open_to_public, is_sample, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
       ON CONFLICT (id) DO NOTHING`,
      [
        room.id,
        room.regionCode,
        room.districtCode,
        room.name,
        room.place,
        room.whereInside,
        room.address,
        room.location.lat,
        room.location.lng,
        room.openHours,
        room.facilities,
        room.openToPublic,
        room.isSample,
        now
      ]
    )
  }
}
