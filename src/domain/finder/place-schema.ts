import { z } from 'zod'
import { latLngSchema } from '../shared/geo'
import { PLACE_QUERY_MAX_CHARS } from './search-limits'
import { regionCodeSchema } from './search-schema'


/** At most this many places answer one query: a short list to tap, not a directory. */
export const PLACES_SHOWN = 12

/**
 * `finder.places`: where to search from, on H5 where there is no WeChat map to pick a point on. It finds the
 * region's districts, their streets and its filed institutions by a part of their name.
 */
export const placesInputSchema = z
  .object({
    regionCode: regionCodeSchema,
    query: z.string().trim().min(1).max(PLACE_QUERY_MAX_CHARS)
  })
  .strict()

const PLACE_KINDS = ['district', 'street', 'institution'] as const

const placeSchema = z.object({
  kind: z.enum(PLACE_KINDS),
  name: z.string(),
  /** Where it is, to tell two of the same name apart: the district of a street, an institution's address. */
  context: z.string(),
  /** GCJ-02, like every stored location; a street is placed at the middle of the filed institutions on it. */
  point: latLngSchema
})
export type Place = z.infer<typeof placeSchema>

export const placesOutputSchema = z.object({ places: z.array(placeSchema) })
