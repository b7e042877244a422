import {
  FAVOURITES_MAX,
  NO_ALERTS,
  SAVED_SEARCHES_MAX,
  WECHAT_GRANTS_MAX,
  type AlertSettings,
  type SaveSearchInput
} from '../../domain/following/following-schema'
import { DomainError } from '../../domain/shared/error-codes'
import { institutionById } from '../finder/finder-service'
import type { Queryable } from '../db/database'
import type { Database } from '../db/database'
import { newId } from '../shared/instant-values'
import {
  addWechatGrants,
  countFavourites,
  countSavedSearches,
  deleteFavourite,
  deleteSavedSearchRow,
  findAlertSettings,
  insertFavourites,
  insertSavedSearch,
  listFavouriteRows,
  listSavedSearchRows,
  lockFollower,
  upsertAlertSettings
} from './following-repository'

/** Favourites, alert settings and saved searches of one parent: every read and write is keyed on their id. */

const favouritesOf = async (q: Queryable, userId: string) => ({ items: await listFavouriteRows(q, userId) })

export const listFavourites = (db: Database, userId: string) => favouritesOf(db, userId)

/**
 * Adds favourites under the parent's lock, refusing to pass the cap. Unknown ids add nothing (a device may
 * hold an institution since removed), so a merge repeated at every sign-in changes nothing the second time.
 */
async function addFavourites(db: Database, userId: string, institutionIds: readonly string[], now: Date) {
  return db.transaction(async (tx) => {
    await lockFollower(tx, userId)
    await insertFavourites(tx, userId, institutionIds, now)
    if ((await countFavourites(tx, userId)) > FAVOURITES_MAX) throw new DomainError('FOLLOWING_LIMIT_REACHED', { max: FAVOURITES_MAX })
    return favouritesOf(tx, userId)
  })
}

export async function addFavourite(db: Database, userId: string, institutionId: string, now: Date) {
  if (!(await institutionById(db, institutionId))) throw new DomainError('NOT_FOUND', { what: 'institution' })
  return addFavourites(db, userId, [institutionId], now)
}

export const mergeFavourites = (db: Database, userId: string, institutionIds: readonly string[], now: Date) => addFavourites(db, userId, institutionIds, now)

export async function removeFavourite(db: Database, userId: string, institutionId: string) {
  await deleteFavourite(db, userId, institutionId)
  return favouritesOf(db, userId)
}

export async function alertSettings(db: Database, userId: string): Promise<AlertSettings> {
  return (await findAlertSettings(db, userId)) ?? NO_ALERTS
}

export async function setAlertSettings(db: Database, userId: string, settings: AlertSettings): Promise<AlertSettings> {
  await upsertAlertSettings(db, userId, settings)
  return alertSettings(db, userId)
}

export async function grantWechatAlerts(db: Database, userId: string, count: number) {
  return { remaining: await addWechatGrants(db, userId, count, WECHAT_GRANTS_MAX) }
}

const searchesOf = async (q: Queryable, userId: string) => ({ items: await listSavedSearchRows(q, userId) })

export const listSavedSearches = (db: Database, userId: string) => searchesOf(db, userId)

export function saveSearch(db: Database, userId: string, input: SaveSearchInput, now: Date) {
  return db.transaction(async (tx) => {
    await lockFollower(tx, userId)
    if ((await countSavedSearches(tx, userId)) >= SAVED_SEARCHES_MAX) throw new DomainError('FOLLOWING_LIMIT_REACHED', { max: SAVED_SEARCHES_MAX })
    await insertSavedSearch(tx, userId, newId('ss'), input, now)
    return searchesOf(tx, userId)
  })
}

export async function deleteSavedSearch(db: Database, userId: string, id: string) {
  // Another parent's search answers as if it did not exist: nobody learns it does.
  if (!(await deleteSavedSearchRow(db, userId, id))) throw new DomainError('NOT_FOUND', { what: 'savedSearch' })
  return searchesOf(db, userId)
}
