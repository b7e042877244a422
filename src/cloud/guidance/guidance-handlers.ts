import { DomainError } from '../../domain/shared/error-codes'
import type { Handlers, ServiceContext } from '../shared/service-context'
import { bookmarks, getArticle, listArticles, listClasses, markRead, nursingRooms, policyGuide, setBookmark, thisMonth } from './guidance-service'

function signedIn(ctx: ServiceContext): string {
  if (!ctx.user) throw new DomainError('UNAUTHENTICATED')
  return ctx.user.id
}

export const guidanceHandlers: Handlers<'guidance'> = {
  articles: (ctx, input) => listArticles(ctx.db, ctx.user?.id ?? null, input),
  article: (ctx, input) => getArticle(ctx.db, ctx.user?.id ?? null, input.slug),
  markRead: (ctx, input) => markRead(ctx.db, signedIn(ctx), input.slug, ctx.now),
  setBookmark: (ctx, input) => setBookmark(ctx.db, signedIn(ctx), input.slug, input.bookmarked, ctx.now),
  bookmarks: (ctx) => bookmarks(ctx.db, signedIn(ctx)),
  thisMonth: (ctx, input) => thisMonth(ctx.db, signedIn(ctx), input, ctx.now),
  classes: (ctx, input) => listClasses(ctx.db, input, ctx.now),
  policyGuide: (ctx, input) => policyGuide(ctx.db, input.regionCode),
  nursingRooms: (ctx, input) => nursingRooms(ctx.db, input)
}
