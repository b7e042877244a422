import { beforeAll, describe, expect, it } from '@jest/globals'
import { inviteOperator } from '../../src/cloud/account/invitation-service'
import type { Database } from '../../src/cloud/db/database'
import type { User } from '../../src/domain/account/account-schema'
import type { Envelope } from '../../src/domain/shared/envelope-schema'
import { callAs } from './support/call-action'
import { complaintInput, fileComplaint, institutionOf, newParent, regulatorAct, regulatorOf } from './support/complaint-fixtures'
import { testDatabase, TEST_NOW } from './support/test-database'

let db: Database
let serial = 0
const DAY = 86_400_000
const ok = <T>(reply: Envelope<T>): T => {
  if (!reply.ok) throw new Error(`answered ${JSON.stringify(reply.error)}`)
  return reply.data
}
const codeOf = (reply: Envelope<unknown>) => (reply.ok ? 'OK' : reply.error.code)
const fieldOf = (reply: Envelope<unknown>) => (reply.ok ? undefined : reply.error.field)

/** A person of the test's own making, acting with no membership (a parent). */
function person(name = '受邀人'): User {
  serial += 1
  return { id: `test-invitee-${process.pid}-${serial}`, role: 'parent', displayName: name, regionCode: null, institutionId: null }
}

/** Makes the person in the database (memberships refer to it) and redeems `code`, answering the acting hat. */
async function redeem(user: User, code: string, now = TEST_NOW): Promise<Envelope<{ id: string; kind: string }>> {
  await db.query(`INSERT INTO users (id, role, display_name) VALUES ($1, 'parent', $2) ON CONFLICT DO NOTHING`, [user.id, user.displayName])
  return callAs(db, user, 'account', 'redeemInvitation', { code }, now)
}

/** The User the server would resolve for someone acting with this membership. */
function acting(user: User, grant: Partial<User>): User {
  return { ...user, ...grant }
}

let operator: User
let zhujiA: { id: string }
let zhujiB: { id: string }

beforeAll(async () => {
  db = await testDatabase()
  operator = person('运营')
  ok(await redeem(operator, (await inviteOperator(db, TEST_NOW)).code))
  operator = acting(operator, { role: 'operator' })
  zhujiA = await institutionOf(db, 'zhuji', 0)
  zhujiB = await institutionOf(db, 'zhuji', 1)
})

describe('invitations', () => {
  it('checks what an operator asks for: a region that exists and one of its departments', async () => {
    const invite = (input: Record<string, unknown>) => callAs(db, operator, 'account', 'invite', input)
    expect(fieldOf(await invite({ kind: 'regulator', regionCode: 'zhuji' }))).toBe('departmentCode')
    expect(fieldOf(await invite({ kind: 'regulator', departmentCode: 'health' }))).toBe('regionCode')
    expect(codeOf(await invite({ kind: 'regulator', regionCode: 'atlantis', departmentCode: 'health' }))).toBe('NOT_FOUND')
    expect(codeOf(await invite({ kind: 'regulator', regionCode: 'zhuji', departmentCode: 'ministry_of_magic' }))).toBe('DEPARTMENT_NOT_IN_REGION')
    expect(codeOf(await invite({ kind: 'regulator', regionCode: 'zhuji', departmentCode: 'health', institutionId: zhujiA.id }))).toBe('INVALID_INPUT')
    expect(codeOf(await invite({ kind: 'operator' }))).toBe('INVALID_INPUT')
    expect(codeOf(await invite({ kind: 'institution_owner', institutionId: zhujiA.id }))).toBe('FORBIDDEN')
    expect(codeOf(await invite({ kind: 'regulator', regionCode: 'zhuji', departmentCode: 'health', readOnly: true }))).toBe('OK')
  })

  it('lets only the chain invite: parents, staff and read-only regulators may not', async () => {
    const parent = newParent()
    expect(codeOf(await callAs(db, parent, 'account', 'invite', { kind: 'institution_staff' }))).toBe('FORBIDDEN')
    expect(codeOf(await callAs(db, null, 'account', 'invite', { kind: 'institution_staff' }))).toBe('UNAUTHENTICATED')
    const staff = acting(person(), { role: 'institution_staff', regionCode: 'zhuji', institutionId: zhujiA.id, institutionRole: 'staff' })
    expect(codeOf(await callAs(db, staff, 'account', 'invite', { kind: 'institution_staff' }))).toBe('FORBIDDEN')
    const owner = acting(person(), { role: 'institution_staff', regionCode: 'zhuji', institutionId: zhujiA.id, institutionRole: 'owner' })
    expect(codeOf(await callAs(db, owner, 'account', 'invite', { kind: 'institution_staff', institutionId: zhujiB.id }))).toBe('FORBIDDEN')
    expect(codeOf(await callAs(db, owner, 'account', 'invite', { kind: 'regulator', regionCode: 'zhuji', departmentCode: 'health' }))).toBe('FORBIDDEN')
    const readOnly = { ...regulatorOf('zhuji'), departmentCode: 'health', readOnly: true }
    expect(codeOf(await callAs(db, readOnly, 'account', 'invite', { kind: 'institution_owner', institutionId: zhujiA.id }))).toBe('FORBIDDEN')
    expect(codeOf(await callAs(db, regulatorOf('zhuji'), 'account', 'invite', { kind: 'institution_owner', institutionId: 'zz-99999' }))).toBe('NOT_FOUND')
    expect(codeOf(await callAs(db, regulatorOf('zhuji'), 'account', 'auditLog', {}))).toBe('FORBIDDEN')
  })

  it('is one-time, lasts seven days, and can be withdrawn before use', async () => {
    const regulator = regulatorOf('zhuji')
    const first = ok(await callAs<{ code: string; invitation: { id: string; status: string; expiresAt: string } }>(db, regulator, 'account', 'invite', { kind: 'institution_owner', institutionId: zhujiA.id }))
    expect(first.invitation.status).toBe('open')
    expect(Date.parse(first.invitation.expiresAt) - TEST_NOW.getTime()).toBe(7 * DAY)
    ok(await redeem(person(), first.code.toLowerCase()))
    expect(codeOf(await redeem(person(), first.code))).toBe('INVITATION_INVALID')

    const late = ok(await callAs<{ code: string }>(db, regulator, 'account', 'invite', { kind: 'institution_owner', institutionId: zhujiA.id }))
    expect(codeOf(await redeem(person(), late.code, new Date(TEST_NOW.getTime() + 7 * DAY)))).toBe('INVITATION_INVALID')

    const withdrawn = ok(await callAs<{ code: string; invitation: { id: string } }>(db, regulator, 'account', 'invite', { kind: 'institution_owner', institutionId: zhujiB.id }))
    expect(codeOf(await callAs(db, regulatorOf('zhuji'), 'account', 'withdrawInvitation', { invitationId: withdrawn.invitation.id }))).toBe('OK')
    expect(codeOf(await callAs(db, regulatorOf('hebi'), 'account', 'withdrawInvitation', { invitationId: withdrawn.invitation.id }))).toBe('NOT_FOUND')
    expect(codeOf(await callAs(db, regulator, 'account', 'withdrawInvitation', { invitationId: withdrawn.invitation.id }))).toBe('INVITATION_INVALID')
    expect(codeOf(await redeem(person(), withdrawn.code))).toBe('INVITATION_INVALID')

    expect(codeOf(await redeem(person(), 'ABCD-EFGH-JKMN'))).toBe('INVITATION_INVALID')
    expect(fieldOf(await redeem(person(), 'not a code'))).toBe('code')
    expect(codeOf(await callAs(db, null, 'account', 'redeemInvitation', { code: 'ABCD-EFGH-JKMN' }))).toBe('UNAUTHENTICATED')
    expect(codeOf(await callAs(db, regulator, 'account', 'withdrawInvitation', { invitationId: '../etc' }))).toBe('INVALID_INPUT')
  })

  it('lists and removes only what the acting hat manages', async () => {
    const ownerPerson = person('园长')
    const code = ok(await callAs<{ code: string }>(db, regulatorOf('zhuji'), 'account', 'invite', { kind: 'institution_owner', institutionId: zhujiB.id })).code
    ok(await redeem(ownerPerson, code))
    const owner = acting(ownerPerson, { role: 'institution_staff', regionCode: 'zhuji', institutionId: zhujiB.id, institutionRole: 'owner' })
    const staffCode = ok(await callAs<{ code: string }>(db, owner, 'account', 'invite', { kind: 'institution_staff', note: '李老师' })).code
    const staffMembership = ok(await redeem(person('李老师'), staffCode))
    const open = ok(await callAs<{ code: string; invitation: { id: string } }>(db, owner, 'account', 'invite', { kind: 'institution_staff' }))

    const listed = ok(await callAs<{ members: { id: string; displayName: string }[]; invitations: { id: string }[] }>(db, owner, 'account', 'members', {}))
    expect(listed.members.map((m) => m.displayName)).toEqual(['李老师'])
    expect(listed.invitations.map((i) => i.id)).toContain(open.invitation.id)

    const otherOwner = acting(person(), { role: 'institution_staff', regionCode: 'zhuji', institutionId: zhujiA.id, institutionRole: 'owner' })
    expect(codeOf(await callAs(db, otherOwner, 'account', 'removeMembership', { membershipId: staffMembership.id }))).toBe('NOT_FOUND')
    expect(codeOf(await callAs(db, newParent(), 'account', 'members', {}))).toBe('FORBIDDEN')
    expect(codeOf(await callAs(db, owner, 'account', 'removeMembership', { membershipId: staffMembership.id }))).toBe('OK')
    expect(codeOf(await callAs(db, owner, 'account', 'removeMembership', { membershipId: staffMembership.id }))).toBe('NOT_FOUND')

    const regulatorList = ok(await callAs<{ members: { kind: string }[] }>(db, regulatorOf('zhuji'), 'account', 'members', {}))
    expect(regulatorList.members.every((m) => m.kind === 'institution_owner')).toBe(true)
    const log = ok(await callAs<{ entries: { action: string; actorName: string | null }[] }>(db, operator, 'account', 'auditLog', { limit: 100 }))
    expect(log.entries.find((e) => e.action === 'remove')?.actorName).toBe('园长')
    expect(codeOf(await callAs(db, operator, 'account', 'auditLog', { limit: 0 }))).toBe('INVALID_INPUT')
    // A regulator of another region sees none of 诸暨's owners.
    const hebiList = ok(await callAs<{ members: { regionCode: string | null }[] }>(db, regulatorOf('hebi'), 'account', 'members', {}))
    expect(hebiList.members.filter((m) => m.regionCode === 'zhuji')).toEqual([])

    // The operator's screen filters the log by kind and pages through it.
    const removals = ok(await callAs<{ entries: { action: string }[] }>(db, operator, 'account', 'auditLog', { action: 'remove' }))
    expect(removals.entries.length).toBeGreaterThan(0)
    expect(removals.entries.every((e) => e.action === 'remove')).toBe(true)
    const firstPage = ok(await callAs<{ entries: { id: number }[]; nextBeforeId: number | null }>(db, operator, 'account', 'auditLog', { action: 'invite', limit: 1 }))
    expect(firstPage.nextBeforeId).not.toBeNull()
    const secondPage = ok(await callAs<{ entries: { id: number }[] }>(db, operator, 'account', 'auditLog', { action: 'invite', limit: 1, beforeId: firstPage.nextBeforeId ?? 0 }))
    expect(secondPage.entries[0]?.id).toBeLessThan(firstPage.entries[0]?.id ?? 0)
    expect(fieldOf(await callAs(db, operator, 'account', 'auditLog', { action: 'login' }))).toBe('action')
    expect(codeOf(await callAs(db, owner, 'account', 'auditLog', { action: 'remove' }))).toBe('FORBIDDEN')
  })
})

describe('read-only regulators and complaint secrets', () => {
  it('lets a read-only regulator read the queue but change nothing', async () => {
    const parent = newParent()
    const filed = await fileComplaint(db, parent, complaintInput(zhujiA.id))
    const readOnly = { ...regulatorOf('zhuji'), departmentCode: 'health', readOnly: true }
    expect(codeOf(await callAs(db, readOnly, 'complaints', 'inspect', { trackingNo: filed.complaint.trackingNo }))).toBe('OK')
    expect(codeOf(await regulatorAct(db, readOnly, 'accept', { trackingNo: filed.complaint.trackingNo }))).toBe('FORBIDDEN')
    expect(codeOf(await regulatorAct(db, readOnly, 'note', { trackingNo: filed.complaint.trackingNo, note: '只读' }))).toBe('FORBIDDEN')
  })

  it("locks an anonymous complaint's secret checks for 15 minutes after 10 wrong secrets", async () => {
    const anonymous = await fileComplaint(db, newParent(), complaintInput(zhujiB.id, { identity: 'anonymous', category: 'fees_refunds' }))
    const trackingNo = anonymous.complaint.trackingNo
    const secret = anonymous.followSecret ?? ''
    const get = (s: string, now = TEST_NOW) => callAs(db, null, 'complaints', 'get', { trackingNo, secret: s }, now)
    expect(codeOf(await get(secret))).toBe('OK')
    for (let i = 0; i < 10; i += 1) expect(codeOf(await get(`WRONGwrong${String(i).padStart(6, '2')}`))).toBe('NOT_FOUND')
    expect(codeOf(await get(secret))).toBe('RATE_LIMITED')
    expect(codeOf(await callAs(db, null, 'complaints', 'photo', { trackingNo, secret, photoId: 'ph-none' }))).toBe('RATE_LIMITED')
    expect(codeOf(await get(secret, new Date(TEST_NOW.getTime() + 15 * 60_000)))).toBe('OK')
  })
})
