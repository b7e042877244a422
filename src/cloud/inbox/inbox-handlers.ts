import { DomainError } from '../../domain/shared/error-codes'
import type { Handlers, ServiceContext } from '../shared/service-context'
import { listInbox, markRead, unreadCount } from './inbox-service'

function signedIn(ctx: ServiceContext) {
  if (!ctx.user) throw new DomainError('UNAUTHENTICATED')
  return ctx.user
}

export const inboxHandlers: Handlers<'inbox'> = {
  list: (ctx, input) => listInbox(ctx.db, signedIn(ctx).id, input),
  unreadCount: (ctx) => unreadCount(ctx.db, signedIn(ctx).id),
  markRead: (ctx, input) => markRead(ctx.db, signedIn(ctx).id, 'ids' in input ? input.ids : null, ctx.now)
}
