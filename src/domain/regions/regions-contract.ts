import { z } from 'zod'
import { action, PUBLIC } from '../shared/action-spec'
import { regionSchema, regionSummarySchema } from './region-schema'
import { getRegionInputSchema, listRegionsInputSchema } from './regions-schema'

export const regionsContract = {
  list: action({
    summary: 'The regions the service covers',
    input: listRegionsInputSchema,
    output: z.array(regionSummarySchema),
    access: PUBLIC
  }),
  get: action({
    summary: 'One region: districts, departments and family policies',
    input: getRegionInputSchema,
    output: regionSchema,
    access: PUBLIC
  })
}
