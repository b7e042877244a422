import KDBush from 'kdbush'
import { around } from 'geokdbush'
import type { NursingRoom } from '../../domain/guidance/nursing-room-schema'
import { haversineMetres, type LatLng } from '../../domain/shared/geo'

interface NearbyRoom {
  room: NursingRoom
  distanceM: number
}

// geokdbush's sphere differs slightly from our haversine: ask it for a few more than needed and within a
// slightly wider radius, then order and cut on haversine (id breaks ties) so the answer equals a full scan's.
const RADIUS_SLACK = 1.001
const EXTRA_CANDIDATES = 8

/** The finder's kd-tree approach (kdbush + geokdbush) over one region's nursing rooms. */
export class NursingRoomIndex {
  private readonly tree: KDBush
  private readonly rooms: readonly NursingRoom[]

  constructor(rooms: readonly NursingRoom[]) {
    this.rooms = rooms
    this.tree = new KDBush(Math.max(1, rooms.length))
    for (const room of rooms) this.tree.add(room.location.lng, room.location.lat)
    // An empty region still needs a finished tree; the placeholder is never returned (no room at index 0).
    if (rooms.length === 0) this.tree.add(0, 0)
    this.tree.finish()
  }

  nearest(origin: LatLng, limit: number, maxDistanceM: number, accept: (room: NursingRoom) => boolean = () => true): NearbyRoom[] {
    if (this.rooms.length === 0) return []
    const ids = around(this.tree, origin.lng, origin.lat, limit + EXTRA_CANDIDATES, (maxDistanceM / 1000) * RADIUS_SLACK, (i) => {
      const room = this.rooms[i]
      return room !== undefined && accept(room)
    })
    return ids
      .flatMap((i) => {
        const room = this.rooms[i]
        return room ? [{ room, distanceM: haversineMetres(origin, room.location) }] : []
      })
      .filter((hit) => hit.distanceM <= maxDistanceM)
      .sort((a, b) => a.distanceM - b.distanceM || (a.room.id < b.room.id ? -1 : 1))
      .slice(0, limit)
  }
}
