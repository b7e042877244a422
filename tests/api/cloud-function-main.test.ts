import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { afterEach, beforeAll, describe, it } from '@jest/globals'
import { expect } from '../support/expect-with-message'
import { capturedLog } from '../support/captured-log'
import { restoreEnv, stubEnv } from '../support/environment-variables'
import { createAccountHandlers } from '../../src/cloud/account/account-handlers'
import { createComplaintsHandlers } from '../../src/cloud/complaints/complaints-handlers'
import { createCloudFunction, type CloudFunctionMain } from '../../src/cloud/functions/create-cloud-function'
import type { WxCloud } from '../../src/cloud/functions/wechat-cloud'
import { inviteOperator } from '../../src/cloud/account/invitation-service'
import { regionsHandlers } from '../../src/cloud/regions/regions-handlers'
import { contract } from '../../src/domain/contract'
import { freshDatabase, testDatabase, TEST_NOW } from './support/test-database'
import { MIGRATIONS } from '../../src/cloud/app/migrations'
import { assertSchemaCurrent } from '../../src/cloud/db/migrate'
import { callAs } from './support/call-action'
import type { User } from '../../src/domain/account/account-schema'
import { complaintInput, institutionOf } from './support/complaint-fixtures'
import * as wxServerSdk from 'wx-server-sdk'

const { log, lines } = capturedLog()
/** The failures logged, without the request lines. */
const logged = () => lines.filter((line) => line.message !== 'request')

/**
 * One invocation by a mini-program user: the WeChat cloud runtime sets the caller's WX_ variables for it, which
 * callerOpenid reads as wx-server-sdk's getWXContext() does (only the SDK's 云调用 is stood in for, below).
 */
function invokedBy(openid: string) {
  stubEnv('WX_CONTEXT_KEYS', 'WX_OPENID,WX_APPID,WX_UNIONID')
  stubEnv('WX_OPENID', openid)
  stubEnv('WX_APPID', 'wx-sample-app')
  return { request_id: `req-${openid}` }
}

let account: CloudFunctionMain
let regions: CloudFunctionMain

beforeAll(() => {
  account = createCloudFunction('account', contract.account, createAccountHandlers, { openDatabase: testDatabase, log, now: () => TEST_NOW })
  regions = createCloudFunction('regions', contract.regions, () => regionsHandlers, { openDatabase: testDatabase, log, now: () => TEST_NOW })
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
    const first = await account({ action: 'me' }, invokedBy('o-cloud-parent'))
    const second = await account({ action: 'me', input: {} }, invokedBy('o-cloud-parent'))
    expect(first).toMatchObject({ ok: true, data: { role: 'parent', displayName: '微信用户' } })
    expect(second).toEqual(first)
    const other = await account({ action: 'me' }, invokedBy('o-cloud-other'))
    expect(other.ok && first.ok && other.data).not.toEqual(first.ok && first.data)
  })

  it('takes identity from the platform alone: an OPENID written into the event or context is not a caller', async () => {
    const forged = { environment: JSON.stringify({ WX_CONTEXT_KEYS: 'WX_OPENID', WX_OPENID: 'o-forged' }) }
    expect(await account({ action: 'me', userInfo: { appId: 'wx-sample-app', openId: 'o-forged' } }, forged)).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' }
    })
  })

  it('lends no identity from a previous caller: an OPENID the invocation does not list is ignored', async () => {
    stubEnv('WX_OPENID', 'o-previous-caller')
    stubEnv('WX_CONTEXT_KEYS', 'WX_APPID')
    expect(await account({ action: 'me' }, {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
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
    const reply = await account({ action: 'devLogin', input: { role: 'regulator', regionCode: 'zhuji' } }, invokedBy('o-cloud-parent'))
    expect(reply).toMatchObject({ ok: false, error: { code: 'DEV_LOGIN_DISABLED' } })
  })

  it('writes nothing for a public action: a first-time visitor browsing leaves no account behind', async () => {
    const db = await testDatabase()
    const reply = await regions({ action: 'list', input: {} }, invokedBy('o-cloud-browser'))
    expect(reply.ok).toBe(true)
    const { rows } = await db.query('SELECT 1 FROM users WHERE openid = $1', ['o-cloud-browser'])
    expect(rows).toHaveLength(0)
    await account({ action: 'me' }, invokedBy('o-cloud-browser'))
    expect((await db.query('SELECT 1 FROM users WHERE openid = $1', ['o-cloud-browser'])).rows).toHaveLength(1)
  })

  it('never migrates on a cold start: a schema behind the code answers INTERNAL and says to run npm run migrate', async () => {
    const behind = async () => {
      const db = await freshDatabase({ seed: false })
      await assertSchemaCurrent(db, [...MIGRATIONS.map((m) => m.id), '9999-not-yet-applied'])
      return db
    }
    const stale = createCloudFunction('regions', contract.regions, () => regionsHandlers, { openDatabase: behind, log })
    const reply = await stale({ action: 'list', input: {} }, { request_id: 'req-stale' })
    expect(reply).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    expect(String(logged()[0]?.error)).toMatch(/9999-not-yet-applied.*npm run migrate/)
  })

  it('without DATABASE_URL answers INTERNAL and logs what to configure', async () => {
    stubEnv('DATABASE_URL', '')
    const unconfigured = createCloudFunction('regions', contract.regions, () => regionsHandlers, { log })
    const reply = await unconfigured({ action: 'list', input: {} }, { request_id: 'req-config' })
    expect(reply).toEqual({ ok: false, error: { code: 'INTERNAL', message: '服务暂时出了点问题，请稍后重试。' } })
    expect(logged()).toHaveLength(1)
    expect(logged()[0]).toMatchObject({ level: 'error', requestId: 'req-config', fn: 'regions' })
    expect(String(logged()[0]?.error)).toMatch(/DATABASE_URL is not set/)
  })
})

describe('hats in cloud functions', () => {
  /** The data of a successful reply; a failure fails the test with its code. */
  const data = <T,>(reply: { ok: boolean; data?: unknown; error?: { code: string } }) => {
    if (!reply.ok) throw new Error(`answered ${reply.error?.code ?? '?'}`)
    return reply.data as T
  }

  it('lets a mini-program regulator act as regulator after switching, and refuses them at once once removed', async () => {
    const db = await testDatabase()
    const operator: User = { id: `cloud-hat-operator-${process.pid}`, role: 'parent', displayName: '运营', regionCode: null, institutionId: null }
    await db.query(`INSERT INTO users (id, role, display_name) VALUES ($1, 'parent', $2) ON CONFLICT DO NOTHING`, [operator.id, operator.displayName])
    data(await callAs(db, operator, 'account', 'redeemInvitation', { code: (await inviteOperator(db, TEST_NOW)).code }))
    const asOperator: User = { ...operator, role: 'operator' }
    const { code } = data<{ code: string }>(await callAs(db, asOperator, 'account', 'invite', { kind: 'regulator', regionCode: 'zhuji', departmentCode: 'health' }))

    const openid = `o-cloud-regulator-${process.pid}`
    const membership = data<{ id: string }>(await account({ action: 'redeemInvitation', input: { code } }, invokedBy(openid)))
    expect(await account({ action: 'me' }, invokedBy(openid))).toMatchObject({ ok: true, data: { role: 'regulator', regionCode: 'zhuji', departmentCode: 'health' } })

    expect(await account({ action: 'switchHat', input: { membershipId: null } }, invokedBy(openid))).toMatchObject({ ok: true, data: { role: 'parent' } })
    expect(await account({ action: 'members' }, invokedBy(openid))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await account({ action: 'switchHat', input: { membershipId: membership.id } }, invokedBy(openid))).toMatchObject({ ok: true, data: { role: 'regulator' } })
    expect(await account({ action: 'status' }, invokedBy(openid))).toMatchObject({ ok: true, data: { activeMembershipId: membership.id } })
    expect(await account({ action: 'members' }, invokedBy(openid))).toMatchObject({ ok: true })

    // Someone else's membership is not a hat to take.
    expect(await account({ action: 'switchHat', input: { membershipId: membership.id } }, invokedBy(`${openid}-other`))).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })

    data(await callAs(db, asOperator, 'account', 'removeMembership', { membershipId: membership.id }))
    expect(await account({ action: 'members' }, invokedBy(openid))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await account({ action: 'me' }, invokedBy(openid))).toMatchObject({ ok: true, data: { role: 'parent' } })
    expect(await account({ action: 'switchHat', input: { membershipId: membership.id } }, invokedBy(openid))).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })
})

describe('WeChat calls from a cloud function go by 云调用', () => {
  /** wx-server-sdk's cloud.openapi, which would reach Tencent, stood in for. */
  function cloudStandIn(verdict: string) {
    const calls: { api: string; options: unknown }[] = []
    const inits: unknown[] = []
    const cloud: WxCloud = {
      init: (config) => void inits.push(config),
      DYNAMIC_CURRENT_ENV: wxServerSdk.DYNAMIC_CURRENT_ENV,
      openapi: {
        subscribeMessage: { send: async (options) => (calls.push({ api: 'subscribeMessage.send', options }), { errCode: 0 }) },
        security: { msgSecCheck: async (options) => (calls.push({ api: 'security.msgSecCheck', options }), { errCode: 0, result: { suggest: verdict } }) }
      }
    }
    return { cloud, calls, inits }
  }

  it('checks a parent’s complaint text with security.msgSecCheck as the calling user, with no AppSecret set', async () => {
    stubEnv('WECHAT_APPID', '')
    stubEnv('WECHAT_SECRET', '')
    const standIn = cloudStandIn('risky')
    const complaints = createCloudFunction('complaints', contract.complaints, (deps) => createComplaintsHandlers(deps.complaintWechat), { openDatabase: testDatabase, log, now: () => TEST_NOW, cloud: standIn.cloud })
    const { id } = await institutionOf(await testDatabase(), 'zhuji', 3)
    const reply = await complaints({ action: 'submit', input: complaintInput(id) }, invokedBy('o-cloud-complainant'))
    expect(reply).toMatchObject({ ok: true, data: { heldForReview: true } })
    expect(standIn.calls).toEqual([
      { api: 'security.msgSecCheck', options: expect.objectContaining({ openid: 'o-cloud-complainant', version: 2, content: expect.stringContaining('储物间') }) }
    ])
    expect(standIn.inits).toEqual([{ env: wxServerSdk.DYNAMIC_CURRENT_ENV }])
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
