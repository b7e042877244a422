import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { afterEach, beforeAll, describe, it } from '@jest/globals'
import { expect } from '../support/expect-with-message'
import { capturedLog } from '../support/captured-log'
import { restoreEnv, stubEnv } from '../support/environment-variables'
import { createAccountHandlers } from '../../src/cloud/account/account-handlers'
import { createCloudFunction, type CloudFunctionMain } from '../../src/cloud/functions/create-cloud-function'
import { regionsHandlers } from '../../src/cloud/regions/regions-handlers'
import { contract } from '../../src/domain/contract'
import { testDatabase, TEST_NOW } from './support/test-database'

const { log, lines } = capturedLog()
/** The failures logged, without the request lines. */
const logged = () => lines.filter((line) => line.message !== 'request')

/** The per-invocation context the WeChat cloud runtime passes, carrying the caller's OPENID. */
const contextFor = (openid: string) => ({
  request_id: `req-${openid}`,
  environment: JSON.stringify({ WX_CONTEXT_KEYS: 'WX_OPENID,WX_APPID,WX_UNIONID', WX_OPENID: openid, WX_APPID: 'wx-sample-app' })
})

let account: CloudFunctionMain
let regions: CloudFunctionMain

beforeAll(() => {
  account = createCloudFunction('account', createAccountHandlers, { openDatabase: testDatabase, log, now: () => TEST_NOW })
  regions = createCloudFunction('regions', () => regionsHandlers, { openDatabase: testDatabase, log, now: () => TEST_NOW })
})

afterEach(() => {
  restoreEnv()
  lines.length = 0
})

describe('cloud function main(event, context)', () => {
  it('dispatches { action, input } and answers the envelope', async () => {
    const reply = await regions({ action: 'list', input: {} }, {})
    expect(reply.ok).toBe(true)
    if (reply.ok) expect((reply.data as unknown[]).length).toBeGreaterThan(0)
  })

  it('knows the caller by the OPENID in the invocation context, as one parent across calls', async () => {
    const first = await account({ action: 'me' }, contextFor('o-cloud-parent'))
    const second = await account({ action: 'me', input: {} }, contextFor('o-cloud-parent'))
    expect(first).toMatchObject({ ok: true, data: { role: 'parent', displayName: '微信用户' } })
    expect(second).toEqual(first)
    const other = await account({ action: 'me' }, contextFor('o-cloud-other'))
    expect(other.ok && first.ok && other.data).not.toEqual(first.ok && first.data)
  })

  it('reads the OPENID from the older `environ` string and from the process environment', async () => {
    const viaEnviron = await account({ action: 'me' }, { environ: 'WX_CONTEXT_KEYS=WX_OPENID,WX_APPID;WX_OPENID=o-environ;WX_APPID=wx-sample-app' })
    stubEnv('WX_CONTEXT_KEYS', 'WX_OPENID,WX_APPID')
    stubEnv('WX_OPENID', 'o-environ')
    const viaEnv = await account({ action: 'me' }, {})
    expect(viaEnviron.ok).toBe(true)
    expect(viaEnv).toEqual(viaEnviron)
  })

  it('reads the userInfo older runtimes inject into the event', async () => {
    const reply = await account({ action: 'me', userInfo: { appId: 'wx-sample-app', openId: 'o-userinfo' } }, {})
    expect(reply).toMatchObject({ ok: true, data: { role: 'parent' } })
  })

  it('lends no identity from a previous caller: an OPENID the invocation does not list is ignored', async () => {
    stubEnv('WX_OPENID', 'o-previous-caller')
    stubEnv('WX_CONTEXT_KEYS', 'WX_APPID')
    expect(await account({ action: 'me' }, {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
    const timer = { environment: JSON.stringify({ WX_CONTEXT_KEYS: 'WX_APPID', WX_APPID: 'wx-sample-app' }) }
    expect(await account({ action: 'me' }, timer)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
  })

  it('answers unknown actions, bad input and a missing event with stable codes', async () => {
    expect(await regions({ action: 'drop' }, {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_ACTION' } })
    expect(await regions({ action: 'me' }, {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_ACTION' } })
    expect(await regions({}, {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_ACTION' } })
    expect(await regions(null, null)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_ACTION' } })
    const bad = await regions({ action: 'get', input: { code: 'ZHUJI!' } }, {})
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'code' } })
  })

  it('refuses development login: in a cloud function identity is the OPENID alone', async () => {
    const reply = await account({ action: 'devLogin', input: { role: 'regulator', regionCode: 'zhuji' } }, contextFor('o-cloud-parent'))
    expect(reply).toMatchObject({ ok: false, error: { code: 'DEV_LOGIN_DISABLED' } })
  })

  it('without DATABASE_URL answers INTERNAL and logs what to configure', async () => {
    stubEnv('DATABASE_URL', '')
    const unconfigured = createCloudFunction('regions', () => regionsHandlers, { log })
    const reply = await unconfigured({ action: 'list', input: {} }, { request_id: 'req-config' })
    expect(reply).toEqual({ ok: false, error: { code: 'INTERNAL', message: '服务暂时出了点问题，请稍后重试。' } })
    expect(logged()).toHaveLength(1)
    expect(logged()[0]).toMatchObject({ level: 'error', requestId: 'req-config', fn: 'regions' })
    expect(String(logged()[0]?.error)).toMatch(/DATABASE_URL is not set/)
  })
})

describe('cloud function entries', () => {
  const entries = path.resolve(__dirname, '../../src/cloud/functions')

  it('exist for exactly the functions the contract declares', () => {
    const dirs = readdirSync(entries, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)
    expect(dirs.sort()).toEqual(Object.keys(contract).sort())
    for (const fn of dirs) expect(existsSync(path.join(entries, fn, 'index.ts')), fn).toBe(true)
  })

  it.each(Object.keys(contract))('%s exports a main that answers with an envelope', async (fn) => {
    stubEnv('DATABASE_URL', '')
    stubEnv('LOG_LEVEL', 'silent')
    const entry = (await import(path.join(entries, fn, 'index.ts'))) as { main: CloudFunctionMain }
    const reply = await entry.main({ action: 'anything' }, {})
    expect(reply).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
  })
})
