import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { logRequest } from '../../src/cloud/shared/server-log'
import { createServer } from '../../src/cloud/transport/http-server'
import { GUARDIAN_CONSENT_VERSION } from '../../src/domain/family/guardian-consent'
import { capturedLog } from '../support/captured-log'
import { TEST_NOW, testDatabase } from './support/test-database'

// What an operator reads: one JSON line per request, enough to follow it, nothing about the family behind it.

const OPENID = 'o-log-test-openid-7f3a'
const NAME = '日志测试家长王小明'
const NICKNAME = '日志宝宝'

const { log, lines } = capturedLog()
let server: Server
let base: string

beforeAll(async () => {
  server = createServer({
    db: await testDatabase(),
    sessionSecret: 'server-log-test-secret-0123456789abcdef',
    devLogin: true,
    wechatGateway: { code2Session: async () => ({ openid: OPENID }) },
    log,
    now: () => TEST_NOW
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
})

async function post(fn: string, action: string, input: unknown, token?: string) {
  const res = await fetch(`${base}/api/${fn}/${action}`, {
    method: 'POST',
    headers: token ? { Authorization: `Bearer ${token}` } : {},
    body: JSON.stringify(input)
  })
  return { requestId: res.headers.get('x-request-id'), body: (await res.json()) as { ok: boolean; data?: { token?: string } } }
}

describe('the server log', () => {
  it('writes one line per request with its id, function, action, status, duration and role, and no personal data', async () => {
    lines.length = 0
    const wechat = await post('account', 'wechatLogin', { code: 'log-test-code' })
    const token = wechat.body.data?.token
    expect(token).toBeTruthy()
    const named = await post('account', 'devLogin', { role: 'parent', displayName: NAME })
    const added = await post('family', 'addChild', { nickname: NICKNAME, birthMonth: '2025-03', consentVersion: GUARDIAN_CONSENT_VERSION, consentGiven: true }, token)
    expect(added.body.ok).toBe(true)
    const refused = await post('family', 'addChild', { nickname: NICKNAME, birthMonth: 'soon' }, token)
    const anonymous = await post('family', 'listChildren', {})

    const requests = lines.filter((line) => line.message === 'request')
    expect(requests).toHaveLength(5)
    expect(requests.map((line) => line.requestId)).toEqual([wechat, named, added, refused, anonymous].map((reply) => reply.requestId))
    expect(requests.map(({ fn, action, status, role }) => ({ fn, action, status, role }))).toEqual([
      { fn: 'account', action: 'wechatLogin', status: 'OK', role: 'anonymous' },
      { fn: 'account', action: 'devLogin', status: 'OK', role: 'anonymous' },
      { fn: 'family', action: 'addChild', status: 'OK', role: 'parent' },
      { fn: 'family', action: 'addChild', status: 'INVALID_INPUT', role: 'parent' },
      { fn: 'family', action: 'listChildren', status: 'UNAUTHENTICATED', role: 'anonymous' }
    ])
    for (const line of requests) {
      expect(line).toMatchObject({ level: 'info', transport: 'http' })
      expect(typeof line.durationMs).toBe('number')
      expect(typeof line.time).toBe('string')
    }

    const text = lines.map((line) => JSON.stringify(line)).join('\n')
    for (const personal of [OPENID, NAME, NICKNAME, token!, named.body.data?.token ?? 'no token']) expect(text).not.toContain(personal)
  })

  it('does not echo a function or action name that is not an identifier', () => {
    lines.length = 0
    logRequest(log, { requestId: 'r-1', transport: 'cloud_function', fn: 'finder', action: '王小明 13800000000', status: 'UNKNOWN_ACTION', durationMs: 1.4, role: 'anonymous' })
    expect(lines).toEqual([expect.objectContaining({ fn: 'finder', action: '(invalid)', durationMs: 1 })])
  })
})
