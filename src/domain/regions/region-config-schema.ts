import { z } from 'zod'
import { routingTableSchema } from '../complaints/complaint-routing-schema'
import { regionCodeSchema } from '../finder/search-schema'
import { regionSchema } from './region-schema'
import { inChina } from '../shared/geo'

/** Why a region's configuration was refused, for the message the form shows next to the field (validation.reasons.*). */
const REGION_CONFIG_ISSUES = { duplicate: 'duplicateEntry', unknownDepartment: 'unknownDepartment', outsideChina: 'outsideChina' } as const

function repeats(values: readonly string[]): number[] {
  const seen = new Set<string>()
  return values.flatMap((value, index) => (seen.has(value) ? [index] : (seen.add(value), [])))
}

/**
 * Everything an operator configures for a region, in one document: what `regions.saveRegion` takes, what the
 * console edits, and what `npm run admin -- import-region` reads from a YAML or JSON file. Districts,
 * departments and the routing table are checked against each other here, so every way in refuses the same
 * mistakes: a code twice, a rule naming a department the region does not have, a category nobody handles.
 */
export const regionConfigSchema = regionSchema
  .extend({ routing: routingTableSchema })
  .strict()
  .superRefine((config, ctx) => {
    const issue = (path: (string | number)[], reason: string, message: string) =>
      ctx.addIssue({ code: 'custom', path, message, params: { reason } })
    if (!inChina(config.centre)) issue(['centre'], REGION_CONFIG_ISSUES.outsideChina, 'centre is not in China')
    config.districts.forEach((district, index) => {
      if (!inChina(district.centre)) issue(['districts', index, 'centre'], REGION_CONFIG_ISSUES.outsideChina, 'centre is not in China')
    })
    for (const index of repeats(config.districts.map((d) => d.code))) issue(['districts', index, 'code'], REGION_CONFIG_ISSUES.duplicate, 'district code repeats')
    for (const index of repeats(config.departments.map((d) => d.code))) {
      issue(['departments', index, 'code'], REGION_CONFIG_ISSUES.duplicate, 'department code repeats')
    }
    const departments = new Set(config.departments.map((d) => d.code))
    config.routing.rules.forEach((rule, index) => {
      if (!departments.has(rule.departmentCode)) {
        issue(['routing', 'rules', index, 'departmentCode'], REGION_CONFIG_ISSUES.unknownDepartment, `no department ${rule.departmentCode}`)
      }
    })
  })
export type RegionConfig = z.infer<typeof regionConfigSchema>

export const saveRegionInputSchema = z.object({ region: regionConfigSchema }).strict()

/** What a save did: `changed` is false when the stored configuration was already exactly this one. */
export const saveRegionOutputSchema = z.object({
  code: regionCodeSchema,
  created: z.boolean(),
  changed: z.boolean()
})
export type SaveRegionOutput = z.infer<typeof saveRegionOutputSchema>

export const setRoutingInputSchema = z.object({ regionCode: regionCodeSchema, routing: routingTableSchema }).strict()

export const regionConfigInputSchema = z.object({ code: regionCodeSchema }).strict()

const AUDIT_ACTIONS = ['create', 'update', 'routing'] as const

/** One change to a region's configuration: who, when, and what changed (section:item, e.g. routing:food/any). */
const regionAuditEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  actorId: z.string(),
  actorName: z.string(),
  regionCode: regionCodeSchema,
  action: z.enum(AUDIT_ACTIONS),
  changes: z.array(z.string())
})
export type RegionAuditEntry = z.infer<typeof regionAuditEntrySchema>
export type RegionAuditAction = RegionAuditEntry['action']

export const regionAuditInputSchema = z
  .object({
    regionCode: regionCodeSchema.optional(),
    limit: z.number().int().min(1).max(100).default(50),
    /** The id of the last entry of the previous page: entries come newest first. */
    before: z.string().regex(/^\d{1,18}$/).optional()
  })
  .strict()

export const regionAuditOutputSchema = z.object({ entries: z.array(regionAuditEntrySchema) })
