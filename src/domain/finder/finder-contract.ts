import { action, PUBLIC } from '../shared/action-spec'
import { emptyInputSchema } from '../shared/empty-input-schema'
import { institutionDetailSchema } from './institution-schema'
import { mapSettingsOutputSchema } from './map-tiles-schema'
import { placesInputSchema, placesOutputSchema } from './place-schema'
import { getInstitutionInputSchema, searchInputSchema, searchOutputSchema } from './search-schema'

export const finderContract = {
  search: action({
    summary: 'Search filed institutions near a point, with filters, sorted and paged',
    input: searchInputSchema,
    output: searchOutputSchema,
    access: PUBLIC
  }),
  get: action({
    summary: 'One institution in full: filing, fees, staffing, disclosures, evaluations, enforcement',
    input: getInstitutionInputSchema,
    output: institutionDetailSchema,
    access: PUBLIC
  }),
  places: action({
    summary: "Districts, streets and filed institutions of a region whose name contains the query: points to search from",
    input: placesInputSchema,
    output: placesOutputSchema,
    access: PUBLIC
  }),
  mapSettings: action({
    summary: "The H5 map's tile provider, or none",
    input: emptyInputSchema,
    output: mapSettingsOutputSchema,
    access: PUBLIC
  })
}
