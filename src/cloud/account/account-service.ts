import { createHash, randomUUID } from 'node:crypto'
import type { z } from 'zod'
import type { devLoginInputSchema, Session, User } from '../../domain/account/account-schema'
import { DomainError } from '../../domain/shared/error-codes'
import { t } from '../../i18n/translate'
import type { Database } from '../db/database'
import { findOrCreateUser, findOrCreateUserByOpenid, findUserById, institutionExistsInRegion, regionExists } from './account-repository'
import type { SessionTokens } from './session-tokens'
import type { WechatGateway } from './wechat-gateway'
import { messageOf, serverLog } from '../shared/server-log'

type DevLoginInput = z.output<typeof devLoginInputSchema>

export interface AccountDependencies {
  sessions: SessionTokens
  wechat: WechatGateway
  /** Whether development sign-in may run (the configuration's TUOYU_DEV_LOGIN; never in production). */
  devLoginAllowed: () => boolean
}

function startSession(sessions: SessionTokens, user: User, now: Date): Session {
  const { token, expiresAt } = sessions.issue(user.id, now)
  return { token, expiresAt: expiresAt.toISOString(), user }
}

/**
 * Staff act for one institution and regulators for one region, so both must name one that exists; a
 * parent may carry a home region but never an institution; an operator runs every region, so names none.
 */
async function checkDevLoginScope(db: Database, input: DevLoginInput): Promise<void> {
  if ((input.role === 'regulator' || input.role === 'institution_staff') && !input.regionCode) throw new DomainError('INVALID_INPUT', { field: 'regionCode' })
  if (input.role === 'operator' && input.regionCode) throw new DomainError('INVALID_INPUT', { field: 'regionCode' })
  if (input.role === 'institution_staff' && !input.institutionId) throw new DomainError('INVALID_INPUT', { field: 'institutionId' })
  if (input.role !== 'institution_staff' && input.institutionId) throw new DomainError('INVALID_INPUT', { field: 'institutionId' })
  if (input.regionCode && !(await regionExists(db, input.regionCode))) {
    throw new DomainError('NOT_FOUND', { what: 'region' }, `region ${input.regionCode}`)
  }
  if (input.institutionId && input.regionCode && !(await institutionExistsInRegion(db, input.institutionId, input.regionCode))) {
    throw new DomainError('NOT_FOUND', { what: 'institution' }, `institution ${input.institutionId} in ${input.regionCode}`)
  }
}

/**
 * Signs in as a sample user of any role, for development and demonstrations. The same choices always give
 * the same user, so a developer comes back to the bookings and complaints they made before.
 */
export async function devLogin(db: Database, deps: AccountDependencies, input: DevLoginInput, now: Date): Promise<Session> {
  if (!deps.devLoginAllowed()) throw new DomainError('DEV_LOGIN_DISABLED')
  await checkDevLoginScope(db, input)
  const displayName = input.displayName ?? t(`account.sampleUser.${input.role}`)
  const regionCode = input.regionCode ?? null
  const institutionId = input.institutionId ?? null
  const fingerprint = createHash('sha256').update(JSON.stringify([input.role, regionCode, institutionId, displayName])).digest('hex')
  const user = await findOrCreateUser(db, { id: `dev-${fingerprint.slice(0, 24)}`, role: input.role, displayName, regionCode, institutionId })
  return startSession(deps.sessions, user, now)
}

/** The parent behind a WeChat openid, created on first sight. */
export function userForOpenid(db: Database, openid: string): Promise<User> {
  return findOrCreateUserByOpenid(db, openid, { id: `wx-${randomUUID()}`, displayName: t('account.wechatUser') })
}

export async function wechatLogin(db: Database, deps: AccountDependencies, code: string, now: Date): Promise<Session> {
  let openid: string
  try {
    openid = (await deps.wechat.code2Session(code)).openid
  } catch (error) {
    // The parent only needs to know it failed; whoever runs the server needs to know why.
    const cause = messageOf(error)
    serverLog().warn({ cause }, 'WeChat login failed')
    throw new DomainError('WECHAT_LOGIN_FAILED', {}, cause)
  }
  return startSession(deps.sessions, await userForOpenid(db, openid), now)
}

/** The user a session token speaks for, or null when the token is not valid now or its user is gone. */
export async function userForToken(db: Database, sessions: SessionTokens, token: string, now: Date): Promise<User | null> {
  const userId = sessions.verify(token, now)
  return userId ? findUserById(db, userId) : null
}
