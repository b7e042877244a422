import { z } from 'zod'

/**
 * The tiles the H5 map draws, as configured by whoever runs the service. Chinese tile providers serve
 * GCJ-02 tiles, the datum every stored location is in, so pins need no conversion.
 */
const mapTilesSchema = z.object({
  /** A Leaflet URL template: {z}/{x}/{y}, and {s} when `subdomains` is given. */
  urlTemplate: z.string(),
  /** The provider's attribution line, shown on the map as its terms require. */
  attribution: z.string(),
  subdomains: z.string(),
  maxZoom: z.number().int().min(1).max(22)
})
export type MapTiles = z.infer<typeof mapTilesSchema>

/** `tiles` is null when no provider is configured: the H5 finder then has no map, and says so. */
export const mapSettingsOutputSchema = z.object({ tiles: mapTilesSchema.nullable() })

/** The origins a tile template loads from, for the H5 app's Content-Security-Policy img-src. */
export function tileOrigins(tiles: MapTiles): string[] {
  const hosts = tiles.urlTemplate.includes('{s}') ? [...tiles.subdomains].map((s) => tiles.urlTemplate.replace('{s}', s)) : [tiles.urlTemplate]
  return [...new Set(hosts.map((url) => new URL(url.replace(/\{[a-z]\}/g, '0')).origin))]
}
