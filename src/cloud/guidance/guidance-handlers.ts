import { DomainError } from '../../domain/shared/error-codes'
import { DEFAULT_LOCALE } from '../../i18n/locales'
import type { Handlers, ServiceContext } from '../shared/service-context'
import { bookmarks, getArticle, listArticles, listClasses, markRead, nursingRooms, policyGuide, setBookmark, thisMonth } from './guidance-service'

function signedIn(ctx: ServiceContext): string {
  if (!ctx.user) throw new DomainError('UNAUTHENTICATED')
  return ctx.user.id
}

/** The reader's language, for articles translated into it. */
const localeOf = (ctx: ServiceContext) => ctx.locale ?? DEFAULT_LOCALE

export const guidanceHandlers: Handlers<'guidance'> = {
  articles: (ctx, input) => listArticles(ctx.db, ctx.user?.id ?? null, input, localeOf(ctx)),
  article: (ctx, input) => getArticle(ctx.db, ctx.user?.id ?? null, input.slug, localeOf(ctx)),
  markRead: (ctx, input) => markRead(ctx.db, signedIn(ctx), input.slug, ctx.now),
  setBookmark: (ctx, input) => setBookmark(ctx.db, signedIn(ctx), input.slug, input.bookmarked, ctx.now),
  bookmarks: (ctx) => bookmarks(ctx.db, signedIn(ctx), localeOf(ctx)),
  thisMonth: (ctx, input) => thisMonth(ctx.db, signedIn(ctx), input, ctx.now, localeOf(ctx)),
  classes: (ctx, input) => listClasses(ctx.db, input, ctx.now),
  policyGuide: (ctx, input) => policyGuide(ctx.db, input.regionCode),
  nursingRooms: (ctx, input) => nursingRooms(ctx.db, input)
}
