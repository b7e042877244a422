import { DomainError } from '../../domain/shared/error-codes'
import type { Handlers } from '../shared/service-context'
import { devLogin, sendSmsCode, signInOptions, smsLogin, wechatLogin, wechatWebLogin, type AccountDependencies } from './account-service'
import { auditLog, invite, members, redeemInvitation, removeMembership, withdrawInvitation } from './invitation-service'
import { accountStatus, signOut, signOutEverywhere, switchHat } from './session-service'

/** Account actions need the transport's token signer and sign-in gateways, so they are built with them. */
export function createAccountHandlers(deps: AccountDependencies): Handlers<'account'> {
  return {
    signInOptions: async () => signInOptions(deps),
    devLogin: (ctx, input) => devLogin(ctx.db, deps, input, ctx.now),
    wechatLogin: (ctx, input) => wechatLogin(ctx.db, deps, input.code, ctx.now),
    wechatWebLogin: (ctx, input) => wechatWebLogin(ctx.db, deps, input.code, ctx.now),
    sendSmsCode: (ctx, input) => sendSmsCode(ctx.db, deps, input.phone, ctx.now),
    smsLogin: (ctx, input) => smsLogin(ctx.db, deps, input.phone, input.code, ctx.now),
    async me(ctx) {
      if (!ctx.user) throw new DomainError('UNAUTHENTICATED')
      return ctx.user
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
