import gcoord from 'gcoord'
import { z } from 'zod'

/** Mean Earth radius used for every distance the product shows or sorts by. */
const EARTH_RADIUS_M = 6_371_000

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
  return haversineBetween(a.lat, a.lng, b.lat, b.lng)
}

/** The same distance from bare numbers, for indexes that keep coordinates in typed arrays. */
export function haversineBetween(aLat: number, aLng: number, bLat: number, bLng: number): number {
  const dLat = toRad(bLat - aLat)
  const dLng = toRad(bLng - aLng)
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRad(aLat)) * Math.cos(toRad(bLat)) * Math.sin(dLng / 2) ** 2
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)))
}

/**
 * The smallest latitude/longitude box that holds every point within `radiusM` of `origin` by haversine, so
 * a box query followed by an exact distance cut misses nothing (regions never straddle the 180th meridian).
 */
export function boundingBox(origin: LatLng, radiusM: number): { minLat: number; maxLat: number; minLng: number; maxLng: number } {
  const angle = radiusM / EARTH_RADIUS_M
  const dLat = (angle * 180) / Math.PI
  const minLat = Math.max(-90, origin.lat - dLat)
  const maxLat = Math.min(90, origin.lat + dLat)
  const farthestCos = Math.cos(toRad(Math.max(Math.abs(minLat), Math.abs(maxLat))))
  const ratio = Math.sin(angle / 2) / Math.sqrt(Math.cos(toRad(origin.lat)) * farthestCos)
  if (!(ratio < 1)) return { minLat, maxLat, minLng: -180, maxLng: 180 }
  // A hair of slack so floating-point rounding at the edge never drops a point the exact cut would keep.
  const dLng = ((2 * Math.asin(ratio) * 180) / Math.PI) * (1 + 1e-9) + 1e-12
  return { minLat: minLat - 1e-12, maxLat: maxLat + 1e-12, minLng: origin.lng - dLng, maxLng: origin.lng + dLng }
}

/** A WGS-84 point (GPS, browsers) in GCJ-02; points outside China are left as they are, as the datum defines. */
export function gcj02FromWgs84(point: LatLng): LatLng {
  const [lng, lat] = gcoord.transform([point.lng, point.lat], gcoord.WGS84, gcoord.GCJ02)
  return { lat, lng }
}

/**
 * GCJ-02 only differs from WGS-84 inside China, and every region is Chinese: a point outside this box is a
 * swapped lat/lng or a typo, not a place.
 */
const CHINA_BOX = { minLat: 3, maxLat: 54, minLng: 73, maxLng: 136 } as const
export const inChina = (p: LatLng): boolean => p.lat >= CHINA_BOX.minLat && p.lat <= CHINA_BOX.maxLat && p.lng >= CHINA_BOX.minLng && p.lng <= CHINA_BOX.maxLng
