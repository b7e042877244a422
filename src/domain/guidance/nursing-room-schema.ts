import { z } from 'zod'
import { latLngSchema } from '../shared/geo'

/** Where the source documents ask for 母婴室: stations, malls, hospitals, service halls, parks and workplaces (爱心妈咪小屋). */
export const NURSING_ROOM_PLACES = ['station', 'mall', 'hospital', 'service_hall', 'park', 'workplace'] as const
const nursingRoomPlaceSchema = z.enum(NURSING_ROOM_PLACES)
export type NursingRoomPlace = z.infer<typeof nursingRoomPlaceSchema>

const NURSING_ROOM_FACILITIES = ['nursing_chair', 'changing_table', 'sink', 'hot_water', 'lockable_door', 'power_outlet'] as const
const nursingRoomFacilitySchema = z.enum(NURSING_ROOM_FACILITIES)
export type NursingRoomFacility = z.infer<typeof nursingRoomFacilitySchema>

const nursingRoomIdSchema = z.string().regex(/^nr-[a-z0-9-]{4,60}$/)

export const nursingRoomSchema = z.object({
  id: nursingRoomIdSchema,
  regionCode: z.string(),
  districtCode: z.string(),
  name: z.string(),
  place: nursingRoomPlaceSchema,
  /** Where in the building: "二楼东侧卫生间旁". */
  whereInside: z.string(),
  address: z.string(),
  location: latLngSchema,
  /** Opening hours as posted, e.g. "10:00–22:00". */
  openHours: z.string(),
  facilities: z.array(nursingRoomFacilitySchema),
  /** Open to anyone, or (a workplace's 爱心妈咪小屋) only to its staff. */
  openToPublic: z.boolean(),
  isSample: z.boolean()
})
export type NursingRoom = z.infer<typeof nursingRoomSchema>
