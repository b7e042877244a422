import { createHash, randomInt, randomUUID, timingSafeEqual } from 'node:crypto'
import type { z } from 'zod'
import type { devLoginInputSchema, Session, User } from '../../domain/account/account-schema'
import { actingUser, maskPhone } from '../../domain/account/membership-rules'
import { SMS_CODE_LIFETIME_SECONDS, SMS_CODE_MAX_TRIES, SMS_RESEND_AFTER_SECONDS, smsResendWaitSeconds } from '../../domain/account/sms-code-rules'
import { DomainError } from '../../domain/shared/error-codes'
import { t } from '../../i18n/translate'
import type { Database } from '../db/database'
import { findOrCreatePerson, findOrCreatePersonByPhone, findOrCreateWechatPerson, findWechatPerson, institutionExistsInRegion, regionExists, type WechatIdentityRef } from './account-repository'
import { insertMembership } from './membership-repository'
import { findCloudActing } from './session-repository'
import { startSession } from './session-service'
import type { SessionTokens } from './session-tokens'
import type { SmsGateway } from './sms-gateway'
import { insertCode, lockPhone, markCodeUsed, recentCodeTimes, spendTry } from './sms-code-repository'
import type { WechatGateway, WechatWebGateway } from './wechat-gateway'
import { messageOf, serverLog } from '../shared/server-log'

type DevLoginInput = z.output<typeof devLoginInputSchema>

export interface AccountDependencies {
  sessions: SessionTokens
  wechat: WechatGateway
  /** Whether development sign-in may run (the configuration's TUOYU_DEV_LOGIN; never in production). */
  devLoginAllowed: () => boolean
  /** SMS sign-in codes; absent or null turns SMS sign-in off (SMS_UNAVAILABLE). */
  sms?: SmsGateway | null
  /** The official account's web authorisation for H5 in WeChat's browser; absent turns it off. */
  wechatWeb?: WechatWebGateway | null
  /** The official account's AppID the H5 app sends people to WeChat's authorisation page with. */
  wechatWebAppId?: string | null
}

export function signInOptions(deps: AccountDependencies) {
  return { sms: Boolean(deps.sms), wechatWebAppId: deps.wechatWeb ? (deps.wechatWebAppId ?? null) : null, devLogin: deps.devLoginAllowed() }
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
  if (input.role !== 'institution_staff' && input.institutionRole) throw new DomainError('INVALID_INPUT', { field: 'institutionRole' })
  if (input.regionCode && !(await regionExists(db, input.regionCode))) {
    throw new DomainError('NOT_FOUND', { what: 'region' }, `region ${input.regionCode}`)
  }
  if (input.institutionId && input.regionCode && !(await institutionExistsInRegion(db, input.institutionId, input.regionCode))) {
    throw new DomainError('NOT_FOUND', { what: 'institution' }, `institution ${input.institutionId} in ${input.regionCode}`)
  }
}

/**
 * Signs in as a sample user of any role, for development and demonstrations. The same choices always give
 * the same person, so a developer comes back to the bookings and complaints they made before; a staff or
 * regulator sign-in holds that one membership and its session acts with it.
 */
export async function devLogin(db: Database, deps: AccountDependencies, input: DevLoginInput, now: Date): Promise<Session> {
  if (!deps.devLoginAllowed()) throw new DomainError('DEV_LOGIN_DISABLED')
  await checkDevLoginScope(db, input)
  const displayName = input.displayName ?? t(`account.sampleUser.${input.role}`)
  const regionCode = input.regionCode ?? null
  const institutionId = input.institutionId ?? null
  const institutionRole = input.role === 'institution_staff' ? (input.institutionRole ?? 'owner') : null
  const fingerprint = createHash('sha256').update(JSON.stringify([input.role, regionCode, institutionId, displayName, institutionRole === 'staff' ? 'staff' : null])).digest('hex')
  const id = `dev-${fingerprint.slice(0, 24)}`
  const person = await findOrCreatePerson(db, { id, displayName, homeRegionCode: input.role === 'parent' ? regionCode : null })
  if (input.role === 'parent') return startSession(db, deps.sessions, person, 'dev', null, now)
  const membership = await insertMembership(db, {
    id: `m-${id}`,
    userId: person.id,
    kind: input.role === 'operator' || input.role === 'regulator' ? input.role : institutionRole === 'staff' ? 'institution_staff' : 'institution_owner',
    regionCode,
    departmentCode: null,
    readOnly: false,
    institutionId,
    createdAt: now,
    invitationId: null
  })
  return startSession(db, deps.sessions, person, 'dev', membership, now)
}

const newWechatPerson = () => ({ id: `wx-${randomUUID()}`, displayName: t('account.wechatUser') })

/**
 * The person behind a mini-program openid if they were seen before, or null; never a write. Public actions
 * (a search, an institution's page) identify their caller this way, so browsing costs no statement that
 * takes a lock, and a first visit leaves no account behind.
 */
export async function knownUserForOpenid(db: Database, openid: string): Promise<User | null> {
  const person = await findWechatPerson(db, openid)
  return person ? actingUser(person, await findCloudActing(db, person.id)) : null
}

/**
 * The person behind a mini-program openid, created on first sight (the cloud functions' caller), acting with the
 * hat they chose there while that membership is live, else as a parent.
 */
export async function userForOpenid(db: Database, openid: string, unionid: string | null = null): Promise<User> {
  const person = await findOrCreateWechatPerson(db, { column: 'openid', openid, unionid }, newWechatPerson())
  return actingUser(person, await findCloudActing(db, person.id))
}

/** The parent's home region is not theirs to lose by signing in: these sign-ins always start as a parent. */
async function wechatSignIn(db: Database, deps: AccountDependencies, identity: () => Promise<{ openid: string; unionid?: string }>, column: WechatIdentityRef['column'], now: Date): Promise<Session> {
  let found: { openid: string; unionid?: string }
  try {
    found = await identity()
  } catch (error) {
    // The parent only needs to know it failed; whoever runs the server needs to know why.
    const cause = messageOf(error)
    serverLog().warn({ cause }, 'WeChat login failed')
    throw new DomainError('WECHAT_LOGIN_FAILED', {}, cause)
  }
  const person = await findOrCreateWechatPerson(db, { column, openid: found.openid, unionid: found.unionid ?? null }, newWechatPerson())
  return startSession(db, deps.sessions, person, column === 'openid' ? 'wechat' : 'wechat_web', null, now)
}

export function wechatLogin(db: Database, deps: AccountDependencies, code: string, now: Date): Promise<Session> {
  return wechatSignIn(db, deps, () => deps.wechat.code2Session(code), 'openid', now)
}

export function wechatWebLogin(db: Database, deps: AccountDependencies, code: string, now: Date): Promise<Session> {
  const gateway = deps.wechatWeb
  if (!gateway) throw new DomainError('WECHAT_LOGIN_FAILED', {}, 'WECHAT_OA_APPID and WECHAT_OA_SECRET are not set')
  return wechatSignIn(db, deps, () => gateway.exchangeCode(code), 'web_openid', now)
}

// ---- SMS sign-in -----------------------------------------------------------------------------------------

/** Numbers are found by hash: the table never holds a number a copy of it could be read from at a glance. */
const hashPhone = (phone: string) => createHash('sha256').update(`tuoyu-phone\u0000${phone}`).digest('hex')
const hashSmsCode = (codeId: string, code: string) => createHash('sha256').update(`${codeId}\u0000${code}`).digest('hex')

/**
 * Sends a 6-digit code, at most one a minute and ten a day to a number (the per-address limit is the
 * transport's). Counting and recording happen under a lock on the number, so two requests at once cannot both
 * pass the minute.
 */
export async function sendSmsCode(db: Database, deps: AccountDependencies, phone: string, now: Date) {
  const gateway = deps.sms
  if (!gateway) throw new DomainError('SMS_UNAVAILABLE')
  const phoneHash = hashPhone(phone)
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0')
  const id = randomUUID()
  await db.transaction(async (tx) => {
    await lockPhone(tx, phoneHash)
    const wait = smsResendWaitSeconds(await recentCodeTimes(tx, phoneHash, now), now)
    if (wait > 0) throw new DomainError('RATE_LIMITED', { seconds: wait })
    await insertCode(tx, { id, phoneHash, codeHash: hashSmsCode(id, code), createdAt: now, expiresAt: new Date(now.getTime() + SMS_CODE_LIFETIME_SECONDS * 1000) })
  })
  try {
    await gateway.sendCode(phone, code)
  } catch (error) {
    serverLog().warn({ cause: messageOf(error), phone: maskPhone(phone) }, 'SMS code not sent')
    throw new DomainError('SMS_UNAVAILABLE', {}, messageOf(error))
  }
  return { maskedPhone: maskPhone(phone), expiresInSeconds: SMS_CODE_LIFETIME_SECONDS, resendAfterSeconds: SMS_RESEND_AFTER_SECONDS }
}

function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex')
  const right = Buffer.from(b, 'hex')
  return left.length === right.length && timingSafeEqual(left, right)
}

/**
 * Signs in with the newest code sent to the number: each try spends one of its five, a right one is used up,
 * and every miss (wrong, expired, spent, none sent) answers the same SMS_CODE_WRONG.
 */
export async function smsLogin(db: Database, deps: AccountDependencies, phone: string, code: string, now: Date): Promise<Session> {
  const phoneHash = hashPhone(phone)
  const sent = await spendTry(db, phoneHash, SMS_CODE_MAX_TRIES, now)
  if (!sent || !sameHash(sent.codeHash, hashSmsCode(sent.id, code)) || !(await markCodeUsed(db, sent.id, now))) {
    throw new DomainError('SMS_CODE_WRONG', { field: 'code' })
  }
  const person = await findOrCreatePersonByPhone(db, { hash: phoneHash, masked: maskPhone(phone) }, { id: `sms-${randomUUID()}`, displayName: t('account.phoneUser') })
  return startSession(db, deps.sessions, person, 'sms', null, now)
}
