import { describe, it } from '@jest/globals'
import { expect } from '../support/expect-with-message'
import { NursingRoomIndex } from '../../src/cloud/guidance/nursing-room-index'
import { sampleNursingRooms } from '../../src/cloud/sample-data/sample-nursing-rooms'
import { sampleRegions } from '../../src/cloud/sample-data/sample-regions'
import { NURSING_ROOM_PLACES, nursingRoomSchema } from '../../src/domain/guidance/nursing-room-schema'
import type { Region } from '../../src/domain/regions/region-schema'
import { haversineMetres, type LatLng } from '../../src/domain/shared/geo'

const district = (code: string, name: string, lat: number, lng: number) => ({ code, name, centre: { lat, lng }, streets: ['人民路', '建设路'] })
const korla: Pick<Region, 'code' | 'districts'> = {
  code: 'testbz',
  districts: [district('korla', '库尔勒市', 41.7259, 86.1746), district('luntai', '轮台县', 41.7771, 84.2516)]
}
const oneDistrict: Pick<Region, 'code' | 'districts'> = { code: 'testone', districts: [district('only', '渝中区', 29.5569, 106.5771)] }
const manyDistricts: Pick<Region, 'code' | 'districts'> = {
  code: 'testmany',
  districts: Array.from({ length: 9 }, (_, i) => district(`d${i}`, `第${i + 1}区`, 30 + i * 0.05, 120 + i * 0.05))
}

describe('sample nursing rooms', () => {
  it('are at least 15 per region, valid, marked as sample, with unique ids', () => {
    for (const region of [korla, oneDistrict, manyDistricts]) {
      const rooms = sampleNursingRooms(region)
      expect(rooms.length).toBeGreaterThanOrEqual(15)
      for (const room of rooms) expect(nursingRoomSchema.safeParse(room).success, room.id).toBe(true)
      expect(rooms.every((room) => room.isSample && room.regionCode === region.code)).toBe(true)
      expect(new Set(rooms.map((room) => room.id)).size).toBe(rooms.length)
      expect(new Set(rooms.map((room) => room.name)).size).toBe(rooms.length)
    }
  })

  it('lie within 2.5 km of their own district centre, in every district, across every kind of place', () => {
    for (const region of [korla, oneDistrict, manyDistricts]) {
      const rooms = sampleNursingRooms(region)
      for (const room of rooms) {
        const home = region.districts.find((d) => d.code === room.districtCode)
        expect(home, room.id).toBeDefined()
        if (home) expect(haversineMetres(home.centre, room.location), room.id).toBeLessThanOrEqual(2_510)
      }
      expect(new Set(rooms.map((room) => room.districtCode))).toEqual(new Set(region.districts.map((d) => d.code)))
      expect(new Set(rooms.map((room) => room.place))).toEqual(new Set(NURSING_ROOM_PLACES))
    }
  })

  it('cover every district of the four sample regions, at least 15 rooms each', () => {
    const regions = sampleRegions()
    expect(regions.map((r) => r.code).sort()).toEqual(['bazhou', 'hebi', 'yuzhong', 'zhuji'])
    for (const region of regions) {
      const rooms = sampleNursingRooms(region)
      expect(rooms.length, region.code).toBeGreaterThanOrEqual(15)
      expect(new Set(rooms.map((room) => room.districtCode))).toEqual(new Set(region.districts.map((d) => d.code)))
      for (const room of rooms) {
        const home = region.districts.find((d) => d.code === room.districtCode)
        expect(home && haversineMetres(home.centre, room.location), room.id).toBeLessThanOrEqual(2_510)
        expect(room.name.startsWith(home?.name ?? '?'), room.name).toBe(true)
      }
    }
  })

  it('are the same every time (deterministic) and differ between regions', () => {
    expect(sampleNursingRooms(korla)).toEqual(sampleNursingRooms(korla))
    expect(sampleNursingRooms(manyDistricts)[0]?.location).not.toEqual(sampleNursingRooms({ ...manyDistricts, code: 'other' })[0]?.location)
  })
})

describe('nearest nursing room', () => {
  const rooms = sampleNursingRooms(manyDistricts)
  const index = new NursingRoomIndex(rooms)
  const bruteForce = (origin: LatLng, limit: number, maxM: number) =>
    rooms
      .map((room) => ({ room, distanceM: haversineMetres(origin, room.location) }))
      .filter((hit) => hit.distanceM <= maxM)
      .sort((a, b) => a.distanceM - b.distanceM || (a.room.id < b.room.id ? -1 : 1))
      .slice(0, limit)

  it('agrees with a full haversine scan from many points', () => {
    for (let i = 0; i < 200; i += 1) {
      const origin = { lat: 29.95 + ((i * 37) % 100) / 200, lng: 119.95 + ((i * 53) % 100) / 200 }
      for (const [limit, maxM] of [[1, 50_000], [5, 3_000], [20, 10_000]] as const) {
        expect(index.nearest(origin, limit, maxM).map((h) => h.room.id)).toEqual(bruteForce(origin, limit, maxM).map((h) => h.room.id))
      }
    }
  })

  it('finds the room at its own spot first, and can leave out rooms closed to the public', () => {
    const target = rooms[4]
    if (!target) throw new Error('no room')
    expect(index.nearest(target.location, 1, 1_000)[0]?.room.id).toBe(target.id)
    const open = index.nearest(target.location, 50, 100_000, (room) => room.openToPublic)
    expect(open.length).toBeGreaterThan(0)
    expect(open.every((hit) => hit.room.openToPublic)).toBe(true)
    expect(new NursingRoomIndex([]).nearest(target.location, 5, 1_000)).toEqual([])
  })
})
