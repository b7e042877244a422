import { DomainError } from '../../domain/shared/error-codes'
import type { Session } from '../../domain/account/account-schema'
import type { Queryable } from '../db/database'
import type { Handlers } from '../shared/service-context'
import { findUserLocale, saveUserLocale } from './account-repository'
import { devLogin, wechatLogin, type AccountDependencies } from './account-service'

/** A session carries the language the person chose, so signing in on a new phone opens in it. */
async function withLocale(db: Queryable, session: Session): Promise<Session> {
  return { ...session, locale: await findUserLocale(db, session.user.id) }
}

/** Account actions need the transport's token signer and WeChat gateway, so they are built with them. */
export function createAccountHandlers(deps: AccountDependencies): Handlers<'account'> {
  return {
    devLogin: async (ctx, input) => withLocale(ctx.db, await devLogin(ctx.db, deps, input, ctx.now)),
    wechatLogin: async (ctx, input) => withLocale(ctx.db, await wechatLogin(ctx.db, deps, input.code, ctx.now)),
    async me(ctx) {
      if (!ctx.user) throw new DomainError('UNAUTHENTICATED')
      return ctx.user
    },
    async setLocale(ctx, input) {
      if (!ctx.user) throw new DomainError('UNAUTHENTICATED')
      await saveUserLocale(ctx.db, ctx.user.id, input.locale)
      return { locale: input.locale }
    }
  }
}
