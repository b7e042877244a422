import { DomainError } from '../../domain/shared/error-codes'
import type { Handlers, ServiceContext } from '../shared/service-context'
import {
  addFavourite,
  alertSettings,
  deleteSavedSearch,
  grantWechatAlerts,
  listFavourites,
  listSavedSearches,
  mergeFavourites,
  removeFavourite,
  saveSearch,
  setAlertSettings
} from './following-service'

function follower(ctx: ServiceContext): string {
  if (!ctx.user) throw new DomainError('UNAUTHENTICATED')
  return ctx.user.id
}

export const followingHandlers: Handlers<'following'> = {
  listFavourites: (ctx) => listFavourites(ctx.db, follower(ctx)),
  addFavourite: (ctx, input) => addFavourite(ctx.db, follower(ctx), input.institutionId, ctx.now),
  removeFavourite: (ctx, input) => removeFavourite(ctx.db, follower(ctx), input.institutionId),
  mergeFavourites: (ctx, input) => mergeFavourites(ctx.db, follower(ctx), input.institutionIds, ctx.now),
  alertSettings: (ctx) => alertSettings(ctx.db, follower(ctx)),
  setAlertSettings: (ctx, input) => setAlertSettings(ctx.db, follower(ctx), input),
  grantWechatAlerts: (ctx, input) => grantWechatAlerts(ctx.db, follower(ctx), input.count),
  listSavedSearches: (ctx) => listSavedSearches(ctx.db, follower(ctx)),
  saveSearch: (ctx, input) => saveSearch(ctx.db, follower(ctx), input, ctx.now),
  deleteSavedSearch: (ctx, input) => deleteSavedSearch(ctx.db, follower(ctx), input.id)
}
