import type { NursingRoom, NursingRoomFacility, NursingRoomPlace } from '../../domain/guidance/nursing-room-schema'
import type { Region } from '../../domain/regions/region-schema'

/**
 * Sample 母婴室 for a sample region: made-up places of the kinds the source documents name (stations,
 * malls, hospitals, service halls, parks, workplaces' 爱心妈咪小屋), spread over the region's districts
 * within a few kilometres of each district centre. Deterministic: the same region always gives the same rooms.
 */

const MIN_ROOMS = 18
const PER_DISTRICT = 3
const MIN_OFFSET_M = 300
const MAX_OFFSET_M = 2_500
const METRES_PER_DEGREE = 111_320

interface PlacePlan {
  names: readonly string[]
  whereInside: string
  openHours: string
  facilities: readonly NursingRoomFacility[]
  openToPublic: boolean
  suffix: string
}

const PLACES: Record<NursingRoomPlace, PlacePlan> = {
  station: { names: ['城北客运站', '公交换乘中心', '城际客运站'], whereInside: '候车大厅二楼东侧', openHours: '06:00–22:00', facilities: ['nursing_chair', 'changing_table', 'sink', 'hot_water'], openToPublic: true, suffix: '母婴室' },
  mall: { names: ['和悦购物中心', '锦华商场', '百合广场'], whereInside: '三楼客服中心旁', openHours: '10:00–22:00', facilities: ['nursing_chair', 'changing_table', 'sink', 'hot_water', 'lockable_door', 'power_outlet'], openToPublic: true, suffix: '母婴室' },
  hospital: { names: ['康宁妇儿医院', '仁和医院', '安和医院'], whereInside: '门诊楼一楼儿科候诊区旁', openHours: '全天开放', facilities: ['nursing_chair', 'changing_table', 'sink', 'hot_water', 'lockable_door'], openToPublic: true, suffix: '母婴室' },
  service_hall: { names: ['便民服务中心', '政务服务大厅'], whereInside: '一楼大厅西侧', openHours: '工作日 09:00–17:00', facilities: ['nursing_chair', 'changing_table', 'lockable_door'], openToPublic: true, suffix: '母婴室' },
  park: { names: ['滨河公园', '青年公园', '百花公园'], whereInside: '南门游客服务中心内', openHours: '06:00–21:00', facilities: ['nursing_chair', 'changing_table'], openToPublic: true, suffix: '母婴室' },
  workplace: { names: ['科创园区', '产业园服务中心'], whereInside: '综合楼二楼', openHours: '工作日 08:30–17:30', facilities: ['nursing_chair', 'sink', 'lockable_door', 'power_outlet'], openToPublic: false, suffix: '爱心妈咪小屋' }
}
const PLACE_ORDER = Object.keys(PLACES) as NursingRoomPlace[]

/** A small seeded generator (mulberry32), so sample positions never change between runs. */
function seededRandom(seed: string): () => number {
  let state = [...seed].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 2654435761) >>> 0, 1779033703)
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const round6 = (value: number) => Math.round(value * 1e6) / 1e6

export function sampleNursingRooms(region: Pick<Region, 'code' | 'districts'>): NursingRoom[] {
  const random = seededRandom(`nursing-rooms:${region.code}`)
  const districts = region.districts
  const count = Math.max(MIN_ROOMS, districts.length * PER_DISTRICT)
  const rooms: NursingRoom[] = []
  const seen = new Map<string, number>()
  for (let i = 0; i < count; i += 1) {
    // Kinds cycle in order; districts shift by one each cycle, so no district gets one kind only.
    const round = Math.floor(i / PLACE_ORDER.length)
    const district = districts[(i + round) % districts.length]
    const place = PLACE_ORDER[i % PLACE_ORDER.length]
    if (!district || !place) break
    const plan = PLACES[place]
    const key = `${district.code}:${place}`
    const nameRound = seen.get(key) ?? 0
    seen.set(key, nameRound + 1)
    const distance = MIN_OFFSET_M + random() * (MAX_OFFSET_M - MIN_OFFSET_M)
    const bearing = random() * 2 * Math.PI
    const { lat, lng } = district.centre
    const street = district.streets[i % district.streets.length] ?? ''
    rooms.push({
      id: `nr-${region.code}-${String(i + 1).padStart(3, '0')}`,
      regionCode: region.code,
      districtCode: district.code,
      name: `${district.name}${plan.names[nameRound % plan.names.length]}${nameRound >= plan.names.length ? `${Math.floor(nameRound / plan.names.length) + 1}号` : ''}${plan.suffix}`,
      place,
      whereInside: plan.whereInside,
      address: `${district.name}${street}${10 + Math.floor(random() * 190)}号`,
      location: {
        lat: round6(lat + (distance * Math.cos(bearing)) / METRES_PER_DEGREE),
        lng: round6(lng + (distance * Math.sin(bearing)) / (METRES_PER_DEGREE * Math.cos((lat * Math.PI) / 180)))
      },
      openHours: plan.openHours,
      facilities: [...plan.facilities],
      openToPublic: plan.openToPublic,
      isSample: true
    })
  }
  return rooms
}
