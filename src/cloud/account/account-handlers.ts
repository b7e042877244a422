import { DomainError } from '../../domain/shared/error-codes'
import type { Session } from '../../domain/account/account-schema'
import type { Queryable } from '../db/database'
import type { Handlers } from '../shared/service-context'
import { findUserLocale, saveUserLocale } from './account-repository'
import { devLogin, sendSmsCode, signInOptions, smsLogin, wechatLogin, wechatWebLogin, type AccountDependencies } from './account-service'
import { auditLog, invite, members, redeemInvitation, removeMembership, withdrawInvitation } from './invitation-service'
import { accountStatus, signOut, signOutEverywhere, switchHat } from './session-service'

/** A session carries the language the person chose, so signing in on a new phone opens in it. */
async function withLocale(db: Queryable, session: Session): Promise<Session> {
  return { ...session, locale: await findUserLocale(db, session.user.id) }
}

/** Account actions need the transport's token signer and sign-in gateways, so they are built with them. */
export function createAccountHandlers(deps: AccountDependencies): Handlers<'account'> {
  return {
    signInOptions: async () => signInOptions(deps),
    devLogin: async (ctx, input) => withLocale(ctx.db, await devLogin(ctx.db, deps, input, ctx.now)),
    wechatLogin: async (ctx, input) => withLocale(ctx.db, await wechatLogin(ctx.db, deps, input.code, ctx.now)),
    wechatWebLogin: async (ctx, input) => withLocale(ctx.db, await wechatWebLogin(ctx.db, deps, input.code, ctx.now)),
    sendSmsCode: (ctx, input) => sendSmsCode(ctx.db, deps, input.phone, ctx.now),
    smsLogin: async (ctx, input) => withLocale(ctx.db, await smsLogin(ctx.db, deps, input.phone, input.code, ctx.now)),
    async me(ctx) {
      if (!ctx.user) throw new DomainError('UNAUTHENTICATED')
      return ctx.user
    },
    async setLocale(ctx, input) {
      if (!ctx.user) throw new DomainError('UNAUTHENTICATED')
      await saveUserLocale(ctx.db, ctx.user.id, input.locale)
      return { locale: input.locale }
    },
    status: (ctx) => accountStatus(ctx),
    switchHat: (ctx, input) => switchHat(ctx, input.membershipId),
    signOut: (ctx) => signOut(ctx),
    signOutEverywhere: (ctx) => signOutEverywhere(ctx),
    invite: (ctx, input) => invite(ctx, input),
    withdrawInvitation: (ctx, input) => withdrawInvitation(ctx, input.invitationId),
    redeemInvitation: (ctx, input) => redeemInvitation(ctx, input.code),
    members: (ctx) => members(ctx),
    removeMembership: (ctx, input) => removeMembership(ctx, input.membershipId),
    auditLog: (ctx, input) => auditLog(ctx, input)
  }
}
