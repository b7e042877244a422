import { z } from 'zod'
import { emptyInputSchema } from '../shared/empty-input-schema'
import { action, rolesOnly } from '../shared/action-spec'
import {
  alertSettingsSchema,
  favouriteRefInputSchema,
  favouritesOutputSchema,
  grantWechatAlertsInputSchema,
  mergeFavouritesInputSchema,
  savedSearchesOutputSchema,
  savedSearchRefInputSchema,
  saveSearchInputSchema,
  wechatGrantsOutputSchema
} from './following-schema'

const parentOnly = rolesOnly('parent')

/**
 * What a parent follows, kept with the account: favourites (merged from the device at sign-in), alerts on them,
 * and saved searches. A parent's own only; staff and regulators have none and read nobody's.
 */
export const followingContract = {
  listFavourites: action({
    summary: 'My favourite institutions, newest first',
    input: emptyInputSchema,
    output: favouritesOutputSchema,
    access: parentOnly
  }),
  addFavourite: action({
    summary: 'Favourite an institution (again: no change)',
    input: favouriteRefInputSchema,
    output: favouritesOutputSchema,
    access: parentOnly
  }),
  removeFavourite: action({
    summary: 'Remove an institution from my favourites',
    input: favouriteRefInputSchema,
    output: favouritesOutputSchema,
    access: parentOnly
  }),
  mergeFavourites: action({
    summary: 'Merge the device’s favourites into the account at sign-in; idempotent, unknown ids ignored',
    input: mergeFavouritesInputSchema,
    output: favouritesOutputSchema,
    access: parentOnly
  }),
  alertSettings: action({
    summary: 'Which changes to my favourites I hear about',
    input: emptyInputSchema,
    output: alertSettingsSchema,
    access: parentOnly
  }),
  setAlertSettings: action({
    summary: 'Switch each alert on or off; vacancy alerts for chosen age bands and service types',
    input: alertSettingsSchema,
    output: alertSettingsSchema,
    access: parentOnly
  }),
  grantWechatAlerts: action({
    summary: 'Record WeChat subscribe messages the parent just allowed (one message each)',
    input: grantWechatAlertsInputSchema,
    output: wechatGrantsOutputSchema,
    access: parentOnly
  }),
  listSavedSearches: action({
    summary: 'My saved finder searches',
    input: emptyInputSchema,
    output: savedSearchesOutputSchema,
    access: parentOnly
  }),
  saveSearch: action({
    summary: 'Save the finder’s filters under a name, optionally alerting on new matches',
    input: saveSearchInputSchema,
    output: savedSearchesOutputSchema,
    access: parentOnly
  }),
  deleteSavedSearch: action({
    summary: 'Delete one of my saved searches',
    input: savedSearchRefInputSchema,
    output: z.object({ items: savedSearchesOutputSchema.shape.items }),
    access: parentOnly
  })
}
