import { DomainError } from '../../domain/shared/error-codes'
import type { Handlers, ServiceContext } from '../shared/service-context'
import { addChild, childrenOf, removeChild, updateChild } from './family-service'

function guardian(ctx: ServiceContext): string {
  if (!ctx.user) throw new DomainError('UNAUTHENTICATED')
  return ctx.user.id
}

export const familyHandlers: Handlers<'family'> = {
  listChildren: async (ctx) => ({ children: await childrenOf(ctx.db, guardian(ctx), ctx.now) }),
  addChild: (ctx, input) => addChild(ctx.db, guardian(ctx), input, ctx.now),
  updateChild: (ctx, input) => updateChild(ctx.db, guardian(ctx), input, ctx.now),
  removeChild: (ctx, input) => removeChild(ctx.db, guardian(ctx), input.childId, ctx.now)
}
