import { createHash, randomBytes } from 'node:crypto'
import type { AuditAction, InviteInput, MembershipKind, User } from '../../domain/account/account-schema'
import { formatInvitationCode, inviteRefusal, manages, type MembershipGrant } from '../../domain/account/membership-rules'
import { DomainError } from '../../domain/shared/error-codes'
import { t, type MessageKey } from '../../i18n/translate'
import type { Database, Queryable } from '../db/database'
import { regionByCode } from '../regions/regions-service'
import type { ServiceContext } from '../shared/service-context'
import {
  appendAudit,
  claimInvitation,
  findInvitation,
  insertInvitation,
  listAudit,
  listOpenInvitations,
  withdrawInvitation as markWithdrawn,
  type StoredInvitation
} from './invitation-repository'
import { findLiveMembership, insertMembership, institutionName, listLiveMembershipsIn, removeMembership as markRemoved } from './membership-repository'
import { setActingMembership, setCloudActingMembership } from './session-repository'
import { membershipView, scopeName } from './session-service'

/** An invitation is good for seven days from when it is made. */
const INVITATION_MS = 7 * 86_400_000
/** 32 symbols without 0/O and 1/I: a byte modulo 32 picks one without bias. */
const CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'
const CODE_LENGTH = 12
/** The app page a link opens; the code rides along so the person only has to confirm. */
const REDEEM_PAGE = '/pages/account/redeem/index'

const randomId = (prefix: string) => `${prefix}-${randomBytes(12).toString('base64url')}`

function newCode(): string {
  return Array.from(randomBytes(CODE_LENGTH), (byte) => CODE_ALPHABET[byte % CODE_ALPHABET.length]).join('')
}

/** Codes are kept only as hashes: a copy of the database does not hand out memberships. */
const hashCode = (code: string) => createHash('sha256').update(`tuoyu-invitation\u0000${code}`).digest('hex')

function statusOf(invitation: StoredInvitation, now: Date) {
  if (invitation.redeemedAt) return 'redeemed' as const
  if (invitation.withdrawnAt) return 'withdrawn' as const
  return invitation.expiresAt <= now ? ('expired' as const) : ('open' as const)
}

async function invitationView(db: Queryable, invitation: StoredInvitation, now: Date) {
  return {
    id: invitation.id,
    kind: invitation.kind,
    regionCode: invitation.regionCode,
    departmentCode: invitation.departmentCode,
    readOnly: invitation.readOnly,
    institutionId: invitation.institutionId,
    scopeName: await scopeName(db, invitation),
    note: invitation.note,
    createdAt: invitation.createdAt.toISOString(),
    expiresAt: invitation.expiresAt.toISOString(),
    status: statusOf(invitation, now)
  }
}

const kindLabel = (kind: MembershipKind) => t(`account.kind.${kind}` as MessageKey)

/** What a new invitation grants, checked against the chain and against what exists. */
async function grantFor(db: Queryable, actor: User, input: InviteInput): Promise<MembershipGrant> {
  const refusal = inviteRefusal(actor, input)
  if (refusal === 'forbidden') throw new DomainError('FORBIDDEN')
  if (refusal) throw new DomainError('INVALID_INPUT', { field: refusal })
  switch (input.kind) {
    case 'regulator': {
      const region = await regionByCode(db, input.regionCode ?? '')
      if (!region) throw new DomainError('NOT_FOUND', { what: 'region' }, `region ${input.regionCode ?? ''}`)
      if (!region.departments.some((d) => d.code === input.departmentCode)) throw new DomainError('DEPARTMENT_NOT_IN_REGION', { field: 'departmentCode' })
      return { kind: 'regulator', regionCode: region.code, departmentCode: input.departmentCode ?? null, readOnly: input.readOnly ?? false, institutionId: null }
    }
    case 'institution_owner': {
      const institution = await institutionName(db, input.institutionId ?? '')
      if (!institution) throw new DomainError('NOT_FOUND', { what: 'institution' }, `institution ${input.institutionId ?? ''}`)
      // Every listed institution is filed; one of another region is not this regulator's to hand out.
      if (institution.regionCode !== actor.regionCode) throw new DomainError('FORBIDDEN')
      return { kind: 'institution_owner', regionCode: institution.regionCode, departmentCode: null, readOnly: false, institutionId: input.institutionId ?? null }
    }
    case 'institution_staff':
      return { kind: 'institution_staff', regionCode: actor.regionCode, departmentCode: null, readOnly: false, institutionId: actor.institutionId }
  }
}

async function issue(db: Database, grant: MembershipGrant, invitedBy: string | null, note: string | null, now: Date) {
  const code = newCode()
  const invitation: StoredInvitation = {
    ...grant,
    id: randomId('inv'),
    note,
    invitedBy,
    createdAt: now,
    expiresAt: new Date(now.getTime() + INVITATION_MS),
    redeemedAt: null,
    withdrawnAt: null
  }
  const scope = await scopeName(db, grant)
  await db.transaction(async (tx) => {
    await insertInvitation(tx, { ...invitation, codeHash: hashCode(code) })
    await appendAudit(tx, {
      at: now,
      actorId: invitedBy,
      action: 'invite',
      detail: { invitationId: invitation.id, summary: t('account.audit.invite', { kind: kindLabel(grant.kind), scope }) }
    })
  })
  const shown = formatInvitationCode(code)
  return { invitation: await invitationView(db, invitation, now), code: shown, link: `${REDEEM_PAGE}?code=${shown}` }
}

/** A regulator, owner or staff invitation from the acting user, down the chain (membership-rules). */
export async function invite(ctx: ServiceContext, input: InviteInput) {
  if (!ctx.user) throw new DomainError('UNAUTHENTICATED')
  const grant = await grantFor(ctx.db, ctx.user, input)
  return issue(ctx.db, grant, ctx.user.id, input.note ?? null, ctx.now)
}

/** The first operator's invitation, made from the command line (scripts/admin.ts): the root of the chain. */
export function inviteOperator(db: Database, now: Date, note: string | null = null) {
  return issue(db, { kind: 'operator', regionCode: null, departmentCode: null, readOnly: false, institutionId: null }, null, note, now)
}

export async function withdrawInvitation(ctx: ServiceContext, invitationId: string) {
  const actor = ctx.user
  if (!actor) throw new DomainError('UNAUTHENTICATED')
  const invitation = await findInvitation(ctx.db, invitationId)
  if (!invitation || !(invitation.invitedBy === actor.id || manages(actor, invitation))) throw new DomainError('NOT_FOUND', { field: 'invitationId' })
  const withdrawn = await ctx.db.transaction(async (tx) => {
    const done = await markWithdrawn(tx, invitationId, ctx.now)
    if (!done) return null
    await appendAudit(tx, { at: ctx.now, actorId: actor.id, action: 'withdraw', detail: { invitationId, summary: t('account.audit.withdraw', { kind: kindLabel(done.kind), scope: await scopeName(tx, done) }) } })
    return done
  })
  if (!withdrawn) throw new DomainError('INVITATION_INVALID')
  return invitationView(ctx.db, withdrawn, ctx.now)
}

/**
 * Takes up an invitation for the signed-in person: the membership is added and this session (or, in cloud
 * functions, this OPENID) acts with it at once. Any miss (unknown, used, withdrawn, expired) answers the same, so codes cannot be probed.
 */
export async function redeemInvitation(ctx: ServiceContext, code: string) {
  const user = ctx.user
  if (!user) throw new DomainError('UNAUTHENTICATED')
  const membership = await ctx.db.transaction(async (tx) => {
    const invitation = await claimInvitation(tx, hashCode(code), user.id, ctx.now)
    if (!invitation) return null
    const added = await insertMembership(tx, { ...invitation, id: randomId('mem'), userId: user.id, createdAt: ctx.now, invitationId: invitation.id })
    await appendAudit(tx, {
      at: ctx.now,
      actorId: user.id,
      action: 'redeem',
      detail: { invitationId: invitation.id, membershipId: added.id, summary: t('account.audit.redeem', { kind: kindLabel(added.kind), scope: await scopeName(tx, added) }) }
    })
    if (ctx.session) await setActingMembership(tx, ctx.session.id, added.id)
    else if (ctx.viaCloudFunction) await setCloudActingMembership(tx, user.id, added.id)
    return added
  })
  if (!membership) throw new DomainError('INVITATION_INVALID', { field: 'code' })
  return membershipView(ctx.db, membership)
}

/** The kind of membership the acting user manages, and where. */
function managedScope(actor: User): { kind: MembershipKind; regionCode: string | null; institutionId: string | null } {
  if (actor.role === 'operator') return { kind: 'regulator', regionCode: null, institutionId: null }
  if (actor.role === 'regulator' && actor.regionCode && !actor.readOnly) return { kind: 'institution_owner', regionCode: actor.regionCode, institutionId: null }
  if (actor.role === 'institution_staff' && actor.institutionRole === 'owner' && actor.institutionId) {
    return { kind: 'institution_staff', regionCode: null, institutionId: actor.institutionId }
  }
  throw new DomainError('FORBIDDEN')
}

export async function members(ctx: ServiceContext) {
  if (!ctx.user) throw new DomainError('UNAUTHENTICATED')
  const scope = managedScope(ctx.user)
  const [held, open] = await Promise.all([listLiveMembershipsIn(ctx.db, scope), listOpenInvitations(ctx.db, scope, ctx.now)])
  return {
    members: await Promise.all(
      held.map(async (m) => ({ ...(await membershipView(ctx.db, m)), userId: m.userId, displayName: m.displayName, maskedPhone: m.phoneMasked }))
    ),
    invitations: await Promise.all(open.map((invitation) => invitationView(ctx.db, invitation, ctx.now)))
  }
}

/** Removes a membership the acting user manages; its holder's sessions lose it on their next request. */
export async function removeMembership(ctx: ServiceContext, membershipId: string) {
  const actor = ctx.user
  if (!actor) throw new DomainError('UNAUTHENTICATED')
  const membership = await findLiveMembership(ctx.db, membershipId)
  if (!membership || !manages(actor, membership)) throw new DomainError('NOT_FOUND', { field: 'membershipId' })
  const view = await membershipView(ctx.db, membership)
  await ctx.db.transaction(async (tx) => {
    if (!(await markRemoved(tx, membershipId, actor.id, ctx.now))) throw new DomainError('NOT_FOUND', { field: 'membershipId' })
    await appendAudit(tx, { at: ctx.now, actorId: actor.id, action: 'remove', detail: { membershipId, userId: membership.userId, summary: t('account.audit.remove', { kind: kindLabel(membership.kind), scope: view.scopeName }) } })
  })
  return view
}

const AUDIT_PAGE = 50

export async function auditLog(ctx: ServiceContext, input: { beforeId?: number | undefined; limit?: number | undefined; action?: AuditAction | undefined }) {
  const limit = input.limit ?? AUDIT_PAGE
  const rows = await listAudit(ctx.db, { beforeId: input.beforeId ?? null, limit, action: input.action ?? null })
  return {
    entries: rows.map((row) => ({
      id: row.id,
      at: row.at.toISOString(),
      actorId: row.actorId,
      actorName: row.actorName,
      action: row.action,
      detail: typeof row.detail.summary === 'string' ? row.detail.summary : ''
    })),
    nextBeforeId: rows.length === limit ? (rows[rows.length - 1]?.id ?? null) : null
  }
}
