import type { Membership, Session, SignInMethod, User } from '../../domain/account/account-schema'
import { actingUser, type MembershipGrant, type Person } from '../../domain/account/membership-rules'
import { DomainError } from '../../domain/shared/error-codes'
import { t } from '../../i18n/translate'
import type { Queryable } from '../db/database'
import { regionByCode } from '../regions/regions-service'
import type { ServiceContext, SessionRef } from '../shared/service-context'
import { findPerson } from './account-repository'
import { appendAudit } from './invitation-repository'
import { findLiveMembership, institutionName, listLiveMemberships, type StoredMembership } from './membership-repository'
import { deleteOldSessions, endSession, endSessionsOf, findCloudActing, findLiveSession, insertSession, setActingMembership, setCloudActingMembership } from './session-repository'
import type { SessionTokens } from './session-tokens'
import { deleteOldCodes } from './sms-code-repository'

/** How long a sign-in lasts before the app has to sign in again. */
const SESSION_MS = 30 * 86_400_000

/** Opens a server-side session for `person`, acting with `actingMembershipId` (null: as a parent). */
export async function startSession(db: Queryable, tokens: SessionTokens, person: Person, method: SignInMethod, acting: StoredMembership | null, now: Date): Promise<Session> {
  const { sessionId, token } = tokens.mint()
  const expiresAt = new Date(now.getTime() + SESSION_MS)
  await insertSession(db, { id: sessionId, userId: person.id, method, actingMembershipId: acting?.id ?? null, createdAt: now, expiresAt })
  return { token, expiresAt: expiresAt.toISOString(), user: actingUser(person, acting) }
}

/** Who a bearer token speaks for now, and through which session; null when it is forged, ended or expired. */
export async function callerForToken(db: Queryable, tokens: SessionTokens, token: string, now: Date): Promise<{ user: User; session: SessionRef } | null> {
  const sessionId = tokens.sessionIdOf(token)
  if (!sessionId) return null
  const live = await findLiveSession(db, sessionId, now)
  if (!live) return null
  return {
    user: actingUser(live.person, live.acting),
    session: { id: live.id, method: live.method, maskedPhone: live.person.phoneMasked, actingMembershipId: live.acting?.id ?? null }
  }
}

function sessionOf(ctx: ServiceContext): SessionRef {
  // Cloud functions have no session to end or switch: the platform vouches for the caller on every call.
  if (!ctx.session) throw new DomainError('FORBIDDEN')
  return ctx.session
}

function signedIn(ctx: ServiceContext): User {
  if (!ctx.user) throw new DomainError('UNAUTHENTICATED')
  return ctx.user
}

/** The name a membership's scope goes by: the institution's, or the region's and department's. */
export async function scopeName(db: Queryable, grant: MembershipGrant): Promise<string> {
  if (grant.kind === 'operator') return t('account.scope.operator')
  if (grant.institutionId) return (await institutionName(db, grant.institutionId))?.name ?? grant.institutionId
  const region = grant.regionCode ? await regionByCode(db, grant.regionCode) : null
  const department = region?.departments.find((d) => d.code === grant.departmentCode)
  const regionName = region?.name ?? grant.regionCode ?? ''
  return department ? `${regionName} ${department.name}` : regionName
}

export async function membershipView(db: Queryable, membership: StoredMembership): Promise<Membership> {
  return {
    id: membership.id,
    kind: membership.kind,
    regionCode: membership.regionCode,
    departmentCode: membership.departmentCode,
    readOnly: membership.readOnly,
    institutionId: membership.institutionId,
    scopeName: await scopeName(db, membership),
    createdAt: membership.createdAt.toISOString()
  }
}

export async function accountStatus(ctx: ServiceContext) {
  const user = signedIn(ctx)
  const memberships = await listLiveMemberships(ctx.db, user.id)
  return {
    user,
    signedInWith: ctx.session?.method ?? 'wechat',
    maskedPhone: ctx.session?.maskedPhone ?? null,
    activeMembershipId: ctx.session ? ctx.session.actingMembershipId : ctx.viaCloudFunction ? ((await findCloudActing(ctx.db, user.id))?.id ?? null) : null,
    memberships: await Promise.all(memberships.map((m) => membershipView(ctx.db, m)))
  }
}

/**
 * Acts with one of the person's live memberships from the next request on, or as a parent with null: for this
 * session on the HTTP API, for every call of this OPENID in cloud functions.
 */
export async function switchHat(ctx: ServiceContext, membershipId: string | null): Promise<User> {
  const user = signedIn(ctx)
  const membership = membershipId === null ? null : await findLiveMembership(ctx.db, membershipId)
  if (membershipId !== null && (!membership || membership.userId !== user.id)) throw new DomainError('NOT_FOUND', { field: 'membershipId' })
  if (!ctx.session && ctx.viaCloudFunction) {
    await setCloudActingMembership(ctx.db, user.id, membershipId)
    const person = await findPerson(ctx.db, user.id)
    if (!person) throw new DomainError('UNAUTHENTICATED')
    return actingUser(person, membership)
  }
  const session = sessionOf(ctx)
  await setActingMembership(ctx.db, session.id, membershipId)
  const live = await findLiveSession(ctx.db, session.id, ctx.now)
  if (!live) throw new DomainError('UNAUTHENTICATED')
  return actingUser(live.person, live.acting)
}

export async function signOut(ctx: ServiceContext) {
  return { sessionsEnded: await endSession(ctx.db, sessionOf(ctx).id, ctx.now) }
}

/** Ends every session of the person, this one included: each device is signed out on its next request. */
export async function signOutEverywhere(ctx: ServiceContext) {
  const user = signedIn(ctx)
  sessionOf(ctx)
  const sessionsEnded = await endSessionsOf(ctx.db, user.id, ctx.now)
  await appendAudit(ctx.db, { at: ctx.now, actorId: user.id, action: 'sign_out_everywhere', detail: { summary: t('account.audit.signOutEverywhere', { count: sessionsEnded }) } })
  return { sessionsEnded }
}

/** SMS codes older than a day and sessions ended or expired a month ago count for nothing any more. */
export async function forgetSpentSignIns(db: Queryable, now: Date): Promise<void> {
  await deleteOldCodes(db, now)
  await deleteOldSessions(db, now)
}
