import { z } from 'zod'
import { action, PUBLIC, rolesOnly } from '../shared/action-spec'
import {
  regionAuditInputSchema,
  regionAuditOutputSchema,
  regionConfigInputSchema,
  regionConfigSchema,
  saveRegionInputSchema,
  saveRegionOutputSchema,
  setRoutingInputSchema
} from './region-config-schema'
import { regionSchema, regionSummarySchema } from './region-schema'
import { getRegionInputSchema, listRegionsInputSchema } from './regions-schema'

/** Regions, departments and routing are configuration the service's operators keep; nobody else edits them. */
const operatorOnly = rolesOnly('operator')

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
  }),
  config: action({
    summary: "Operators: a region's whole configuration, routing included, as the console edits it",
    input: regionConfigInputSchema,
    output: regionConfigSchema,
    access: operatorOnly
  }),
  saveRegion: action({
    summary: 'Operators: create a region or replace its configuration (districts, streets, departments, routing)',
    input: saveRegionInputSchema,
    output: saveRegionOutputSchema,
    access: operatorOnly
  }),
  setRouting: action({
    summary: "Operators: replace a region's complaint routing; complaints already filed keep their department",
    input: setRoutingInputSchema,
    output: saveRegionOutputSchema,
    access: operatorOnly
  }),
  auditLog: action({
    summary: 'Operators: who changed which region configuration, when, and what, newest first',
    input: regionAuditInputSchema,
    output: regionAuditOutputSchema,
    access: operatorOnly
  })
}
