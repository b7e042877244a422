import type { MapTiles } from '../../domain/finder/map-tiles-schema'
import type { Handlers } from '../shared/service-context'
import { getInstitution, searchInstitutions } from './finder-service'
import { findPlaces } from './place-service'

export function createFinderHandlers(mapTiles: MapTiles | null): Handlers<'finder'> {
  return {
    search: (ctx, input) => searchInstitutions(ctx.db, input, ctx.now),
    get: (ctx, input) => getInstitution(ctx.db, input.id),
    places: (ctx, input) => findPlaces(ctx.db, input.regionCode, input.query),
    mapSettings: () => Promise.resolve({ tiles: mapTiles })
  }
}
