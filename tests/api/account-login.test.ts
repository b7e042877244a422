import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import type { WechatGateway } from '../../src/cloud/account/wechat-gateway'
import { loadConfig } from '../../src/cloud/app/config'
import { serverLog, useServerLog } from '../../src/cloud/shared/server-log'
import { capturedLog } from '../support/captured-log'
import { createServer } from '../../src/cloud/transport/http-server'
import type { Session, User } from '../../src/domain/account/account-schema'
import type { ErrorBody } from '../../src/domain/shared/envelope-schema'
import { testDatabase, TEST_NOW } from './support/test-database'

const DAY_MS = 86_400_000
let server: Server
let base: string
let clock = TEST_NOW
const gatewayCalls: string[] = []

// Stands in for WeChat's code2Session: `ok-<name>` is a good code for openid `openid-<name>`.
const fakeWechat: WechatGateway = {
  async code2Session(code) {
    gatewayCalls.push(code)
    await new Promise((resolve) => setTimeout(resolve, 5))
    if (code.startsWith('ok-')) return { openid: `openid-${code.slice(3)}` }
    throw new Error(`errcode 40029 invalid code ${code}`)
  }
}

type Reply<T> = { status: number; body: { ok: true; data: T } | { ok: false; error: ErrorBody } }

async function post<T>(fn: string, action: string, input: unknown, token?: string): Promise<Reply<T>> {
  const res = await fetch(`${base}/api/${fn}/${action}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(input)
  })
  return { status: res.status, body: (await res.json()) as Reply<T>['body'] }
}

async function session(input: unknown): Promise<Session> {
  const reply = await post<Session>('account', 'devLogin', input)
  if (!reply.body.ok) throw new Error(`devLogin failed: ${JSON.stringify(reply.body.error)}`)
  return reply.body.data
}

let regionA: string
let regionB: string
let institutionInA: string
let institutionInB: string


beforeAll(async () => {
  const db = await testDatabase()
  // Dozens of sign-ins from one address: the allowance is tested in transport-hardening, not here.
  server = createServer({ db, sessionSecret: 'account-login-test-secret-0123456789', devLogin: true, wechatGateway: fakeWechat, now: () => clock, rateLimits: null })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  // One sample institution in each of two regions, straight from the seeded tables.
  const { rows } = await db.query<{ region_code: string; id: string }>(
    'SELECT DISTINCT ON (region_code) region_code, id FROM institutions ORDER BY region_code, id LIMIT 2'
  )
  const [a, b] = rows
  if (!a || !b) throw new Error('the sample data has fewer than two regions with institutions')
  regionA = a.region_code
  institutionInA = a.id
  regionB = b.region_code
  institutionInB = b.id
})

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
})

afterEach(() => {
  clock = TEST_NOW
})

describe('development login', () => {
  it('signs in a parent, and the token then speaks for them', async () => {
    const s = await session({ role: 'parent' })
    expect(s.user).toMatchObject({ role: 'parent', displayName: '示例家长', regionCode: null, institutionId: null })
    expect(Date.parse(s.expiresAt) - TEST_NOW.getTime()).toBe(30 * DAY_MS)
    const me = await post<User>('account', 'me', {}, s.token)
    expect(me.body).toEqual({ ok: true, data: s.user })
  })

  it('comes back to the same user for the same choices, and a new one for a new name', async () => {
    const first = await session({ role: 'parent', displayName: '王奶奶' })
    const again = await session({ role: 'parent', displayName: '王奶奶' })
    const other = await session({ role: 'parent', displayName: '李爷爷' })
    expect(again.user.id).toBe(first.user.id)
    expect(other.user.id).not.toBe(first.user.id)
  })

  it('signs in a regulator for a region, and refuses one without a region', async () => {
    const s = await session({ role: 'regulator', regionCode: regionA })
    expect(s.user).toMatchObject({ role: 'regulator', regionCode: regionA, institutionId: null, displayName: '示例监管人员' })
    const refused = await post('account', 'devLogin', { role: 'regulator' })
    expect(refused.status).toBe(400)
    expect(refused.body).toEqual({ ok: false, error: { code: 'INVALID_INPUT', field: 'regionCode', message: '填写的内容有误（“地区”），请检查后重试。' } })
  })

  it('refuses a region that does not exist', async () => {
    const refused = await post('account', 'devLogin', { role: 'regulator', regionCode: 'atlantis' })
    expect(refused.status).toBe(404)
    expect(refused.body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it('signs in institution staff for an institution of their region only', async () => {
    const s = await session({ role: 'institution_staff', regionCode: regionA, institutionId: institutionInA })
    expect(s.user).toMatchObject({ role: 'institution_staff', regionCode: regionA, institutionId: institutionInA })

    const noInstitution = await post('account', 'devLogin', { role: 'institution_staff', regionCode: regionA })
    expect(noInstitution.body).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'institutionId' } })
    const noRegion = await post('account', 'devLogin', { role: 'institution_staff', institutionId: institutionInA })
    expect(noRegion.body).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'regionCode' } })
    const unknown = await post('account', 'devLogin', { role: 'institution_staff', regionCode: regionA, institutionId: 'zz-99999' })
    expect(unknown.status).toBe(404)
    const elsewhere = await post('account', 'devLogin', { role: 'institution_staff', regionCode: regionA, institutionId: institutionInB })
    expect(elsewhere.status).toBe(404)
  })

  it('does not attach an institution to a parent or a regulator', async () => {
    const parent = await post('account', 'devLogin', { role: 'parent', institutionId: institutionInA })
    expect(parent.body).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'institutionId' } })
    const regulator = await post('account', 'devLogin', { role: 'regulator', regionCode: regionB, institutionId: institutionInB })
    expect(regulator.body).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'institutionId' } })
  })

  it('refuses to run when NODE_ENV=production', async () => {
    const config = loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'production-test-secret-0123456789abcdef' })
    const production = createServer({ db: await testDatabase(), sessionSecret: config.sessionSecret!, devLogin: config.devLogin, wechat: config.wechat })
    await new Promise<void>((resolve) => production.listen(0, '127.0.0.1', resolve))
    try {
      const refused = await fetch(`http://127.0.0.1:${(production.address() as AddressInfo).port}/api/account/devLogin`, {
        method: 'POST',
        body: JSON.stringify({ role: 'regulator', regionCode: regionA })
      })
      expect(refused.status).toBe(403)
      expect(await refused.json()).toEqual({ ok: false, error: { code: 'DEV_LOGIN_DISABLED', message: '正式环境不支持测试登录，请使用微信或手机号登录。' } })
    } finally {
      await new Promise((resolve) => production.close(resolve))
    }
  })
})

describe('session tokens', () => {
  const withoutSignature = (token: string) => token.slice(0, token.lastIndexOf('.'))
  const signature = (token: string) => token.slice(token.lastIndexOf('.') + 1)

  it('refuses a token whose payload was changed to another user', async () => {
    const parent = await session({ role: 'parent', displayName: '篡改测试' })
    const regulator = await session({ role: 'regulator', regionCode: regionA })
    const forged = `${withoutSignature(regulator.token)}.${signature(parent.token)}`
    const me = await post('account', 'me', {}, forged)
    expect(me.status).toBe(401)
    expect(me.body).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', message: '请先登录后再操作。' } })
  })

  it.each([
    ['a flipped signature character', (t: string) => t.slice(0, -2) + (t.endsWith('A') ? 'B' : 'A') + t.slice(-1)],
    ['a truncated signature', (t: string) => t.slice(0, -4)],
    ['no signature', (t: string) => withoutSignature(t)],
    ['garbage', () => 'not-a-token'],
    ['an overlong token', (t: string) => t + 'x'.repeat(600)]
  ])('refuses %s', async (_label, tamper) => {
    const s = await session({ role: 'parent' })
    expect((await post('account', 'me', {}, tamper(s.token))).status).toBe(401)
  })

  it('keeps a session for 30 days and not a moment longer', async () => {
    const s = await session({ role: 'parent', displayName: '过期测试' })
    clock = new Date(TEST_NOW.getTime() + 30 * DAY_MS - 1000)
    expect((await post('account', 'me', {}, s.token)).status).toBe(200)
    clock = new Date(TEST_NOW.getTime() + 30 * DAY_MS)
    expect((await post('account', 'me', {}, s.token)).body).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
  })

  it('lets a public action through whatever the token, since it needs no user', async () => {
    const reply = await post('regions', 'list', {}, 'v1.forged.token')
    expect(reply.status).toBe(200)
    expect(reply.body.ok).toBe(true)
  })

  it('does not accept a token signed with another secret', async () => {
    const s = await session({ role: 'parent' })
    const db = await testDatabase()
    const other = createServer({ db, sessionSecret: 'some-other-deployment-secret-0123456789' })
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve))
    try {
      const res = await fetch(`http://127.0.0.1:${(other.address() as AddressInfo).port}/api/account/me`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${s.token}` },
        body: '{}'
      })
      expect(res.status).toBe(401)
    } finally {
      await new Promise((resolve) => other.close(resolve))
    }
  })
})

describe('WeChat login', () => {
  it('makes one parent per openid, however many logins race', async () => {
    const replies = await Promise.all(Array.from({ length: 6 }, () => post<Session>('account', 'wechatLogin', { code: 'ok-race' })))
    const ids = new Set(replies.map((r) => (r.body.ok ? r.body.data.user.id : `failed ${r.status}`)))
    expect(ids.size).toBe(1)
    const first = replies[0]?.body
    expect(first).toMatchObject({ ok: true, data: { user: { role: 'parent', displayName: '微信用户', regionCode: null } } })
    const later = await post<Session>('account', 'wechatLogin', { code: 'ok-race' })
    expect(later.body.ok && later.body.data.user.id).toBe([...ids][0])
    const someoneElse = await post<Session>('account', 'wechatLogin', { code: 'ok-another-family' })
    expect(someoneElse.body.ok && someoneElse.body.data.user.id).not.toBe([...ids][0])
  })

  it('gives a session the HTTP API accepts', async () => {
    const login = await post<Session>('account', 'wechatLogin', { code: 'ok-session' })
    if (!login.body.ok) throw new Error('login failed')
    expect((await post<User>('account', 'me', {}, login.body.data.token)).body).toEqual({ ok: true, data: login.body.data.user })
  })

  it('answers any failure of code2Session with WECHAT_LOGIN_FAILED and a readable message', async () => {
    const { log, lines } = capturedLog()
    const before = serverLog()
    useServerLog(log)
    try {
      const reply = await post('account', 'wechatLogin', { code: 'expired-code' })
      expect(reply.status).toBeLessThan(500)
      expect(reply.body).toEqual({ ok: false, error: { code: 'WECHAT_LOGIN_FAILED', message: '微信登录失败，请稍后重试。' } })
      expect(JSON.stringify(reply.body)).not.toContain('40029')
      expect(lines).toContainEqual(expect.objectContaining({ level: 'warn', message: 'WeChat login failed', cause: expect.stringContaining('40029') }))
    } finally {
      useServerLog(before)
    }
  })

  it('refuses an empty code before asking WeChat', async () => {
    gatewayCalls.length = 0
    const reply = await post('account', 'wechatLogin', { code: '' })
    expect(reply.body).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'code' } })
    expect(gatewayCalls).toEqual([])
  })
})
