import { z } from 'zod'
import { ageBandSchema, serviceTypeSchema } from '../finder/finder-enum-schemas'
import { institutionIdSchema } from '../finder/institution-schema'
import { searchInputSchema } from '../finder/search-schema'
import { latLngSchema } from '../shared/geo'

/**
 * What a parent follows, kept with their account: favourite institutions, which changes to hear about, and
 * saved finder searches. Each parent reads and changes only their own.
 */

const uniqueList = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .refine((values) => new Set(values).size === values.length, { message: 'duplicate values' })

export const FAVOURITES_MAX = 200
export const SAVED_SEARCHES_MAX = 20

export const favouriteRefInputSchema = z.object({ institutionId: institutionIdSchema }).strict()

/** The device's favourites, merged into the account at sign-in: adding one already there changes nothing. */
export const mergeFavouritesInputSchema = z.object({ institutionIds: uniqueList(institutionIdSchema, FAVOURITES_MAX) }).strict()

const favouriteSchema = z.object({
  id: institutionIdSchema,
  name: z.string(),
  districtName: z.string(),
  address: z.string(),
  isAffordable: z.boolean(),
  isDemonstration: z.boolean(),
  isSample: z.boolean(),
  /** A revoked filing stays in the list, marked, so the parent learns why it left the finder. */
  revoked: z.boolean(),
  savedAt: z.iso.datetime()
})
export type AccountFavourite = z.infer<typeof favouriteSchema>

export const favouritesOutputSchema = z.object({ items: z.array(favouriteSchema) })

/** The changes to a favourite a parent may hear about, each switched on or off. */
export const ALERT_KINDS = ['vacancy', 'evaluation', 'inspection', 'enforcement', 'standing', 'fee'] as const
const alertKindSchema = z.enum(ALERT_KINDS)
export type AlertKind = z.infer<typeof alertKindSchema>

/**
 * Which alerts are on. A vacancy alert is for the age bands and service types chosen (none chosen: any);
 * every kind starts off, so nobody gets messages they did not ask for.
 */
export const alertSettingsSchema = z
  .object({
    kinds: uniqueList(alertKindSchema, ALERT_KINDS.length),
    vacancyAgeBands: uniqueList(ageBandSchema, 4),
    vacancyServiceTypes: uniqueList(serviceTypeSchema, 4)
  })
  .strict()
export type AlertSettings = z.infer<typeof alertSettingsSchema>

export const NO_ALERTS: AlertSettings = { kinds: [], vacancyAgeBands: [], vacancyServiceTypes: [] }

/** WeChat subscribe messages the parent allowed with one tap: each allows one message. */
export const WECHAT_GRANTS_MAX = 20
export const grantWechatAlertsInputSchema = z.object({ count: z.number().int().min(1).max(3) }).strict()
export const wechatGrantsOutputSchema = z.object({ remaining: z.number().int().min(0) })

/**
 * A saved finder search: the filters as the finder sends them, without paging or order, and always with the
 * point distances were measured from, so "3 km" means the same place when the alert is checked.
 */
const savedSearchFiltersSchema = searchInputSchema
  .omit({ sort: true, cursor: true, pageSize: true, origin: true })
  .extend({ origin: latLngSchema })
  .strict()
export type SavedSearchFilters = z.output<typeof savedSearchFiltersSchema>

const savedSearchIdSchema = z.string().regex(/^ss-[a-z0-9-]{4,60}$/)

export const saveSearchInputSchema = z
  .object({
    name: z.string().trim().min(1).max(60),
    filters: savedSearchFiltersSchema,
    /** Alert on a new institution or a newly opened vacancy that matches. */
    alerts: z.boolean()
  })
  .strict()
export type SaveSearchInput = z.output<typeof saveSearchInputSchema>

export const savedSearchRefInputSchema = z.object({ id: savedSearchIdSchema }).strict()

const savedSearchSchema = z.object({
  id: savedSearchIdSchema,
  name: z.string(),
  filters: savedSearchFiltersSchema,
  alerts: z.boolean(),
  createdAt: z.iso.datetime()
})
export type SavedSearch = z.infer<typeof savedSearchSchema>

export const savedSearchesOutputSchema = z.object({ items: z.array(savedSearchSchema) })
