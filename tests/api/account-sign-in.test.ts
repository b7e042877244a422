import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import type { WechatGateway, WechatWebGateway } from '../../src/cloud/account/wechat-gateway'
import { createServer } from '../../src/cloud/transport/http-server'
import type { Session, User } from '../../src/domain/account/account-schema'
import { fakeSmsGateway, listening } from './support/http-client'
import { testDatabase, TEST_NOW } from './support/test-database'

type Client = Awaited<ReturnType<typeof listening>>
const MINUTE = 60_000
let clock = TEST_NOW
let api: Client
let limited: Client
let silent: Client
const sms = fakeSmsGateway()
let serial = 0
/** A number no other test has used, so per-number limits start fresh. */
const newPhone = () => `137${String(process.pid % 10_000).padStart(4, '0')}${String((serial += 1)).padStart(4, '0')}`

// Mini-program code2Session and the official account's web authorisation: `ok-<name>[-u<union>]`.
const parse = (code: string, prefix: string) => {
  const match = /^ok-([a-z0-9]+)(?:-u([a-z0-9]+))?$/.exec(code)
  if (!match) throw new Error(`errcode 40029 invalid code ${code}`)
  return match[2] ? { openid: `${prefix}-${match[1]}`, unionid: `union-${match[2]}` } : { openid: `${prefix}-${match[1]}` }
}
const miniProgram: WechatGateway = { code2Session: async (code) => parse(code, 'mp') }
const officialAccount: WechatWebGateway = { exchangeCode: async (code) => parse(code, 'oa') }

async function smsSession(phone = newPhone()): Promise<Session> {
  await api.ok('account', 'sendSmsCode', { phone })
  return api.ok<Session>('account', 'smsLogin', { phone, code: sms.codeFor(phone) })
}

beforeAll(async () => {
  const db = await testDatabase()
  const common = { db, sessionSecret: 'account-sign-in-test-secret-0123456789', now: () => clock }
  api = await listening(createServer({ ...common, devLogin: true, rateLimits: null, smsGateway: sms.gateway, wechatGateway: miniProgram, wechatWebGateway: officialAccount, wechatOfficialAccount: { appId: 'wx-oa-test', secret: 'unused' } }))
  limited = await listening(createServer({ ...common, smsGateway: sms.gateway }))
  silent = await listening(createServer({ ...common, smsGateway: { sendCode: async () => Promise.reject(new Error('provider down')) } }))
})

afterAll(async () => {
  await Promise.all([api.close(), limited.close(), silent.close()])
})

afterEach(() => {
  clock = TEST_NOW
})

describe('SMS sign-in', () => {
  it('signs in with the code sent to the number, the same account each time, shown only masked', async () => {
    const phone = newPhone()
    const sent = await api.ok<{ maskedPhone: string; expiresInSeconds: number }>('account', 'sendSmsCode', { phone: `+86 ${phone}` })
    expect(sent).toEqual({ maskedPhone: `${phone.slice(0, 3)}****${phone.slice(-4)}`, expiresInSeconds: 300, resendAfterSeconds: 60 })
    const first = await api.ok<Session>('account', 'smsLogin', { phone, code: sms.codeFor(phone) })
    expect(first.user).toMatchObject({ role: 'parent', displayName: '手机用户' })
    const status = await api.ok<{ signedInWith: string; maskedPhone: string }>('account', 'status', {}, first.token)
    expect(status).toMatchObject({ signedInWith: 'sms', maskedPhone: sent.maskedPhone, memberships: [], activeMembershipId: null })
    clock = new Date(TEST_NOW.getTime() + 2 * MINUTE)
    const again = await smsSession(phone)
    expect(again.user.id).toBe(first.user.id)

    const db = await testDatabase()
    const { rows } = await db.query<{ n: number }>(
      `SELECT (SELECT count(*) FROM users u WHERE row_to_json(u)::text LIKE $1)::int + (SELECT count(*) FROM sms_codes c WHERE row_to_json(c)::text LIKE $1)::int AS n`,
      [`%${phone.slice(3, 7)}%`]
    )
    expect(rows[0]?.n).toBe(0)
  })

  it('uses a code once, and refuses a wrong, expired or spent one alike', async () => {
    const phone = newPhone()
    await api.ok('account', 'sendSmsCode', { phone })
    const code = sms.codeFor(phone)
    const wrong = code === '000000' ? '111111' : '000000'
    const refused = await api.post('account', 'smsLogin', { phone, code: wrong })
    expect(refused.status).toBe(422)
    expect(refused.body).toEqual({ ok: false, error: { code: 'SMS_CODE_WRONG', field: 'code', message: '验证码不对或已过期，请重新获取。' } })
    await api.ok('account', 'smsLogin', { phone, code })
    expect((await api.post('account', 'smsLogin', { phone, code })).body).toMatchObject({ ok: false, error: { code: 'SMS_CODE_WRONG' } })

    const later = newPhone()
    await api.ok('account', 'sendSmsCode', { phone: later })
    clock = new Date(TEST_NOW.getTime() + 5 * MINUTE)
    expect((await api.post('account', 'smsLogin', { phone: later, code: sms.codeFor(later) })).body).toMatchObject({ ok: false, error: { code: 'SMS_CODE_WRONG' } })
  })

  it('gives a code five tries: after five wrong ones even the right code is refused', async () => {
    const phone = newPhone()
    await api.ok('account', 'sendSmsCode', { phone })
    const code = sms.codeFor(phone)
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0')
    for (let i = 0; i < 5; i += 1) expect((await api.post('account', 'smsLogin', { phone, code: wrong })).body).toMatchObject({ ok: false, error: { code: 'SMS_CODE_WRONG' } })
    expect((await api.post('account', 'smsLogin', { phone, code })).body).toMatchObject({ ok: false, error: { code: 'SMS_CODE_WRONG' } })
  })

  it('sends at most one code a minute and ten a day to a number', async () => {
    const phone = newPhone()
    await api.ok('account', 'sendSmsCode', { phone })
    const tooSoon = await api.post('account', 'sendSmsCode', { phone })
    expect(tooSoon.status).toBe(429)
    expect(tooSoon.body).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } })
    for (let i = 1; i < 10; i += 1) {
      clock = new Date(TEST_NOW.getTime() + i * 2 * MINUTE)
      await api.ok('account', 'sendSmsCode', { phone })
    }
    clock = new Date(TEST_NOW.getTime() + 3 * 60 * MINUTE)
    expect((await api.post('account', 'sendSmsCode', { phone })).status).toBe(429)
    clock = new Date(TEST_NOW.getTime() + 24 * 60 * MINUTE + MINUTE)
    await api.ok('account', 'sendSmsCode', { phone })
  })

  it('limits how many codes one address asks for, whatever the numbers', async () => {
    const replies = []
    for (let i = 0; i < 7; i += 1) replies.push(await limited.post('account', 'sendSmsCode', { phone: newPhone() }))
    const refused = replies.filter((r) => r.status === 429)
    expect(refused.length).toBeGreaterThan(0)
    expect(refused[0]?.headers.get('retry-after')).toMatch(/^\d+$/)
  })

  it('refuses numbers and codes that cannot be right before anything is sent', async () => {
    for (const phone of ['12345678901', '1380013800', 'abc', '']) {
      expect((await api.post('account', 'sendSmsCode', { phone })).body).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'phone' } })
    }
    for (const code of ['12345', '1234567', 'abcdef']) {
      expect((await api.post('account', 'smsLogin', { phone: newPhone(), code })).body).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'code' } })
    }
    expect((await api.post('account', 'sendSmsCode', { phone: newPhone(), extra: 1 })).status).toBe(400)
  })

  it('says SMS is unavailable when no provider is configured or it fails', async () => {
    const db = await testDatabase()
    const none = await listening(createServer({ db, sessionSecret: 'account-sign-in-test-secret-0123456789', now: () => clock }))
    try {
      expect((await none.post('account', 'sendSmsCode', { phone: newPhone() })).body).toMatchObject({ ok: false, error: { code: 'SMS_UNAVAILABLE' } })
      expect(await none.ok('account', 'signInOptions', {})).toEqual({ sms: false, wechatWebAppId: null, devLogin: false })
    } finally {
      await none.close()
    }
    expect((await silent.post('account', 'sendSmsCode', { phone: newPhone() })).body).toMatchObject({ ok: false, error: { code: 'SMS_UNAVAILABLE' } })
    expect(await api.ok('account', 'signInOptions', {})).toEqual({ sms: true, wechatWebAppId: 'wx-oa-test', devLogin: true })
  })
})

describe('WeChat web authorisation', () => {
  it('signs a parent in from the official account, and links to the mini-program account by UnionID', async () => {
    const web = await api.ok<Session>('account', 'wechatWebLogin', { code: 'ok-alice-ualice' })
    const status = await api.ok<{ signedInWith: string }>('account', 'status', {}, web.token)
    expect(status.signedInWith).toBe('wechat_web')
    const mini = await api.ok<Session>('account', 'wechatLogin', { code: 'ok-alice-ualice' })
    expect(mini.user.id).toBe(web.user.id)
    const otherMini = await api.ok<Session>('account', 'wechatLogin', { code: 'ok-bob' })
    const otherWeb = await api.ok<Session>('account', 'wechatWebLogin', { code: 'ok-bob' })
    expect(otherWeb.user.id).not.toBe(otherMini.user.id)
  })

  it('refuses a code WeChat does not accept, or one that cannot be a code', async () => {
    expect((await api.post('account', 'wechatWebLogin', { code: 'expired' })).body).toMatchObject({ ok: false, error: { code: 'WECHAT_LOGIN_FAILED' } })
    expect((await api.post('account', 'wechatWebLogin', { code: 'a b' })).body).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'code' } })
    expect((await limited.post('account', 'wechatWebLogin', { code: 'ok-carol' })).body).toMatchObject({ ok: false, error: { code: 'WECHAT_LOGIN_FAILED' } })
  })
})

describe('sessions', () => {
  it('ends one session on 退出登录 and every session on 在所有设备上退出, at once', async () => {
    const phone = newPhone()
    const phoneA = await smsSession(phone)
    clock = new Date(TEST_NOW.getTime() + 2 * MINUTE)
    const phoneB = await smsSession(phone)
    clock = new Date(TEST_NOW.getTime() + 4 * MINUTE)
    const phoneC = await smsSession(phone)
    expect(await api.ok('account', 'signOut', {}, phoneA.token)).toEqual({ sessionsEnded: 1 })
    expect((await api.post('account', 'me', {}, phoneA.token)).status).toBe(401)
    await api.ok('account', 'me', {}, phoneB.token)
    expect(await api.ok('account', 'signOutEverywhere', {}, phoneC.token)).toEqual({ sessionsEnded: 2 })
    expect((await api.post('account', 'me', {}, phoneB.token)).status).toBe(401)
    expect((await api.post('account', 'me', {}, phoneC.token)).status).toBe(401)
    expect((await api.post('account', 'signOut', {}, phoneC.token)).status).toBe(401)
  })

  it('switches hats only between the memberships the person holds', async () => {
    const staff = await api.ok<Session>('account', 'devLogin', { role: 'institution_staff', regionCode: 'zhuji', institutionId: await someZhujiInstitution() })
    const status = await api.ok<{ memberships: { id: string }[]; activeMembershipId: string }>('account', 'status', {}, staff.token)
    expect(status.memberships).toHaveLength(1)
    expect(status.activeMembershipId).toBe(status.memberships[0]?.id)
    expect(await api.ok<User>('account', 'switchHat', { membershipId: null }, staff.token)).toMatchObject({ role: 'parent', institutionId: null })
    expect((await api.post('bookings', 'workspace', {}, staff.token)).status).toBe(403)
    expect(await api.ok<User>('account', 'switchHat', { membershipId: status.memberships[0]?.id }, staff.token)).toMatchObject({ role: 'institution_staff', institutionRole: 'owner' })

    const other = await smsSession()
    expect((await api.post('account', 'switchHat', { membershipId: status.memberships[0]?.id }, other.token)).body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect((await api.post('account', 'switchHat', { membershipId: 'x' }, other.token)).body).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect((await api.post('account', 'switchHat', { membershipId: null })).status).toBe(401)
    expect((await api.post('account', 'status', {})).status).toBe(401)
    expect((await api.post('account', 'signOutEverywhere', {})).status).toBe(401)
  })
})

async function someZhujiInstitution(): Promise<string> {
  const db = await testDatabase()
  const { rows } = await db.query<{ id: string }>(`SELECT id FROM institutions WHERE region_code = 'zhuji' ORDER BY id LIMIT 1`)
  return rows[0]?.id ?? ''
}
