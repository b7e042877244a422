import { PLACES_SHOWN, type Place } from '../../domain/finder/place-schema'
import type { LatLng } from '../../domain/shared/geo'
import type { Database } from '../db/database'
import type { RegionIndex } from './region-index'
import { regionSearchData } from './region-index-cache'

/** Districts and streets come first (few, and what a parent usually means); institutions fill the rest. */
const AREAS_SHOWN = 4

const contains = (text: string, query: string) => text.toLowerCase().includes(query)

/** The middle of the filed institutions of `districtCode` whose address names the street; null when none does. */
function streetMiddle(index: RegionIndex, districtCode: string, street: string): LatLng | null {
  let lat = 0
  let lng = 0
  let count = 0
  for (let row = 0; row < index.size; row++) {
    if (!index.address(row).includes(street) || index.card(row).districtCode !== districtCode) continue
    const at = index.location(row)
    lat += at.lat
    lng += at.lng
    count += 1
  }
  return count === 0 ? null : { lat: lat / count, lng: lng / count }
}

/**
 * Points to search from whose name contains `query`: the region's districts (at their centres), their streets
 * (at the middle of the filed institutions on them, else the district's centre) and its filed institutions.
 * Read from the same in-memory region data as the search, so it costs no database round trip when warm.
 */
export async function findPlaces(db: Database, regionCode: string, query: string): Promise<{ places: Place[] }> {
  const { region, index } = await regionSearchData(db, regionCode)
  const wanted = query.trim().toLowerCase()
  const districts: Place[] = region.districts
    .filter((d) => contains(d.name, wanted))
    .slice(0, AREAS_SHOWN)
    .map((d) => ({ kind: 'district', name: d.name, context: region.name, point: d.centre }))
  const streets: Place[] = region.districts
    .flatMap((d) => d.streets.filter((street) => contains(street, wanted)).map((street) => ({ district: d, street })))
    .slice(0, AREAS_SHOWN)
    .map(({ district, street }) => ({ kind: 'street', name: street, context: district.name, point: streetMiddle(index, district.code, street) ?? district.centre }))
  const places = [...districts, ...streets]
  for (let row = 0; row < index.size && places.length < PLACES_SHOWN; row++) {
    if (contains(index.name(row), wanted)) places.push({ kind: 'institution', name: index.name(row), context: index.address(row), point: index.location(row) })
  }
  return { places }
}
