import { DomainError } from '../../domain/shared/error-codes'
import type { Handlers } from '../shared/service-context'
import { devLogin, wechatLogin, type AccountDependencies } from './account-service'

/** Account actions need the transport's token signer and WeChat gateway, so they are built with them. */
export function createAccountHandlers(deps: AccountDependencies): Handlers<'account'> {
  return {
    devLogin: (ctx, input) => devLogin(ctx.db, deps, input, ctx.now),
    wechatLogin: (ctx, input) => wechatLogin(ctx.db, deps, input.code, ctx.now),
    async me(ctx) {
      if (!ctx.user) throw new DomainError('UNAUTHENTICATED')
      return ctx.user
    }
  }
}
