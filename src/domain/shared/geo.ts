import gcoord from 'gcoord'
import { z } from 'zod'

/** Mean Earth radius used for every distance the product shows or sorts by. */
export const EARTH_RADIUS_M = 6_371_000

/**
 * Every stored and exchanged location is GCJ-02, the datum of Chinese maps and of the mini-program's
 * `getLocation({ type: 'gcj02' })`, `<Map>` and `openLocation`. WGS-84 positions (a browser's geolocation, an
 * import that declares WGS-84) are converted at the edge with `gcj02FromWgs84`; in a Chinese city the two differ
 * by 300–600 m. Distances and the search index work on the stored datum.
 */
export const latLngSchema = z
  .object({
    lat: z.number().min(-90).max(90),
    lng: z.number().min(-180).max(180)
  })
  .describe('A point in GCJ-02 (the datum of Chinese maps), degrees.')

export type LatLng = z.infer<typeof latLngSchema>

const toRad = (deg: number): number => (deg * Math.PI) / 180

/** Great-circle distance in metres (haversine). */
export function haversineMetres(a: LatLng, b: LatLng): number {
  const dLat = toRad(b.lat - a.lat)
  const dLng = toRad(b.lng - a.lng)
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRad(a.lat)) * Math.cos(toRad(b.lat)) * Math.sin(dLng / 2) ** 2
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)))
}

/** A WGS-84 point (GPS, browsers) in GCJ-02; points outside China are left as they are, as the datum defines. */
export function gcj02FromWgs84(point: LatLng): LatLng {
  const [lng, lat] = gcoord.transform([point.lng, point.lat], gcoord.WGS84, gcoord.GCJ02)
  return { lat, lng }
}
