import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { runAdmin } from '../../scripts/admin'
import { loadConfig } from '../../src/cloud/app/config'
import { createServer } from '../../src/cloud/transport/http-server'
import type { Session, User } from '../../src/domain/account/account-schema'
import { fakeSmsGateway, listening } from './support/http-client'
import { testDatabase, TEST_NOW } from './support/test-database'

type Client = Awaited<ReturnType<typeof listening>>
let api: Client
let zhujiInstitution: string
let hebiInstitution: string
let cliCode: string
const sms = fakeSmsGateway()

/** Signs in over HTTP with a number and the code the (fake) SMS provider was handed. */
async function signInWithPhone(phone: string): Promise<Session> {
  await api.ok('account', 'sendSmsCode', { phone })
  return api.ok<Session>('account', 'smsLogin', { phone, code: sms.codeFor(phone) })
}

beforeAll(async () => {
  const db = await testDatabase()
  // What `node dist/server/index.js` reads in production; only the SMS provider is replaced, at its seam.
  const config = loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'production-chain-test-secret-0123456789abcdef' })
  expect(config.devLogin).toBe(false)
  api = await listening(
    createServer({ db, sessionSecret: config.sessionSecret ?? '', devLogin: config.devLogin, wechat: config.wechat, rateLimits: config.rateLimits, smsGateway: sms.gateway, now: () => TEST_NOW })
  )
  const { rows } = await db.query<{ id: string; region_code: string }>(
    `SELECT DISTINCT ON (region_code) id, region_code FROM institutions WHERE region_code IN ('zhuji', 'hebi') ORDER BY region_code, id`
  )
  zhujiInstitution = rows.find((r) => r.region_code === 'zhuji')?.id ?? ''
  hebiInstitution = rows.find((r) => r.region_code === 'hebi')?.id ?? ''
  const lines: string[] = []
  expect(await runAdmin(['invite', 'operator', '--note', '运营负责人'], { db, now: TEST_NOW, print: (line) => lines.push(line) })).toBe(0)
  cliCode = /Operator invitation: (\S+)/.exec(lines.join('\n'))?.[1] ?? ''
})

afterAll(() => api.close())

describe('every role gets in by invitation, in production, over HTTP only', () => {
  it('walks operator → regulator of 诸暨 卫健 → owner of a filed 诸暨 institution → staff, who publishes a slot', async () => {
    expect(cliCode).toMatch(/^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/)
    const refusedDev = await api.post('account', 'devLogin', { role: 'parent' })
    expect(refusedDev.body).toMatchObject({ ok: false, error: { code: 'DEV_LOGIN_DISABLED' } })

    // The operator signs in with a number and takes up the command line's invitation.
    const operator = await signInWithPhone('13900000001')
    expect(operator.user.role).toBe('parent')
    await api.ok('account', 'redeemInvitation', { code: cliCode }, operator.token)
    expect(await api.ok<User>('account', 'me', {}, operator.token)).toMatchObject({ role: 'operator' })

    const regulatorInvite = await api.ok<{ code: string; invitation: { scopeName: string } }>(
      'account', 'invite', { kind: 'regulator', regionCode: 'zhuji', departmentCode: 'health', note: '诸暨卫健 张科长' }, operator.token
    )
    expect(regulatorInvite.invitation.scopeName).toContain('诸暨')

    const regulator = await signInWithPhone('13900000002')
    await api.ok('account', 'redeemInvitation', { code: regulatorInvite.code }, regulator.token)
    expect(await api.ok<User>('account', 'me', {}, regulator.token)).toMatchObject({ role: 'regulator', regionCode: 'zhuji', departmentCode: 'health', readOnly: false })

    // A regulator of 诸暨 cannot hand out 鹤壁's institutions, however it asks.
    const intoHebi = await api.post('account', 'invite', { kind: 'institution_owner', institutionId: hebiInstitution }, regulator.token)
    expect(intoHebi.status).toBe(403)
    const namedHebi = await api.post('account', 'invite', { kind: 'institution_owner', institutionId: hebiInstitution, regionCode: 'hebi' }, regulator.token)
    expect(namedHebi.body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })

    const ownerInvite = await api.ok<{ code: string }>('account', 'invite', { kind: 'institution_owner', institutionId: zhujiInstitution }, regulator.token)
    const owner = await signInWithPhone('13900000003')
    await api.ok('account', 'redeemInvitation', { code: ownerInvite.code }, owner.token)
    expect(await api.ok<User>('account', 'me', {}, owner.token)).toMatchObject({ role: 'institution_staff', institutionId: zhujiInstitution, institutionRole: 'owner' })

    const staffInvite = await api.ok<{ code: string }>('account', 'invite', { kind: 'institution_staff' }, owner.token)
    const staff = await signInWithPhone('13900000004')
    const membership = await api.ok<{ id: string }>('account', 'redeemInvitation', { code: staffInvite.code }, staff.token)
    expect(await api.ok<User>('account', 'me', {}, staff.token)).toMatchObject({ role: 'institution_staff', institutionId: zhujiInstitution, institutionRole: 'staff' })

    const offering = await api.ok<{ id: string }>('bookings', 'createOffering', { kind: 'hourly', title: '计时托（邀请链测试）' }, staff.token)
    const slot = { offeringId: offering.id, startTime: '09:00', endTime: '11:00', schedule: { kind: 'once', date: '2026-11-27' }, capacity: 6 }
    const published = await api.ok<{ created: unknown[] }>('bookings', 'createSlots', slot, staff.token)
    expect(published.created).toHaveLength(1)

    // Staff cannot invite; the owner removes them, and their very next request is refused.
    expect((await api.post('account', 'invite', { kind: 'institution_staff' }, staff.token)).status).toBe(403)
    await api.ok('account', 'removeMembership', { membershipId: membership.id }, owner.token)
    const afterRemoval = await api.post('bookings', 'createSlots', { ...slot, schedule: { kind: 'once', date: '2026-11-28' } }, staff.token)
    expect(afterRemoval.status).toBe(403)
    expect(await api.ok<User>('account', 'me', {}, staff.token)).toMatchObject({ role: 'parent', institutionId: null })

    // The operator reads every step in the audit log.
    const audit = await api.ok<{ entries: { action: string; detail: string }[] }>('account', 'auditLog', {}, operator.token)
    expect(audit.entries.map((e) => e.action)).toEqual(expect.arrayContaining(['invite', 'redeem', 'remove']))
    expect(audit.entries.filter((e) => e.action === 'invite').length).toBeGreaterThanOrEqual(4)
    expect((await api.post('account', 'auditLog', {}, regulator.token)).status).toBe(403)
  })
})
