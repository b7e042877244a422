import type { MapTiles } from '../../domain/finder/map-tiles-schema'
import { searchOutputSchema } from '../../domain/finder/search-schema'
import { outputProjection } from '../shared/output-projection'
import type { Handlers } from '../shared/service-context'
import { getInstitution, searchInstitutions } from './finder-service'
import { findPlaces } from './place-service'

/** The busiest answer of all: projected rather than parsed (see outputProjection). */
const searchOutput = outputProjection(searchOutputSchema)

export function createFinderHandlers(mapTiles: MapTiles | null): Handlers<'finder'> {
  return {
    search: async (ctx, input) => searchOutput(await searchInstitutions(ctx.db, input, ctx.now)),
    get: (ctx, input) => getInstitution(ctx.db, input.id),
    places: (ctx, input) => findPlaces(ctx.db, input.regionCode, input.query),
    mapSettings: () => Promise.resolve({ tiles: mapTiles })
  }
}
