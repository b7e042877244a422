import { beforeAll, describe, expect, it } from '@jest/globals'
import { userForOpenid } from '../../src/cloud/account/account-service'
import { act } from '../../src/cloud/complaints/regulator-service'
import { submitComplaint } from '../../src/cloud/complaints/submission-service'
import { createComplaintWechat } from '../../src/cloud/complaints/wechat-complaint-gateway'
import type { JsonHttp } from '../../src/cloud/wechat/wechat-api-gateway'
import type { Database } from '../../src/cloud/db/database'
import type { User } from '../../src/domain/account/account-schema'
import { submitComplaintInputSchema } from '../../src/domain/complaints/complaint-schema'
import { complaintInput, institutionOf, newParent, regulatorOf } from './support/complaint-fixtures'
import { TEST_NOW, testDatabase } from './support/test-database'

const REGION = 'zhuji'

/** WeChat's server API as this test plays it: what each endpoint answers, and every call made. */
function fakeWechat(answers: { check?: () => unknown; send?: () => unknown } = {}) {
  const calls: { path: string; body: unknown; token: string | null }[] = []
  const http: JsonHttp = async (_method, url, body) => {
    calls.push({ path: url.pathname, body, token: url.searchParams.get('access_token') })
    if (url.pathname === '/cgi-bin/stable_token') return { access_token: 'token-1', expires_in: 7200 }
    if (url.pathname === '/wxa/msg_sec_check') return (answers.check ?? (() => ({ errcode: 0, result: { suggest: 'pass' } })))()
    if (url.pathname === '/cgi-bin/message/subscribe/send') return (answers.send ?? (() => ({ errcode: 0 })))()
    throw new Error(`unexpected ${url.pathname}`)
  }
  return { calls, gateway: createComplaintWechat({ appId: 'wx-test', secret: 'secret-test', templateId: 'tmpl-progress' }, http) }
}

let db: Database
let institutionId: string
let regulator: User
let serial = 0

async function wechatParent(): Promise<{ user: User; openid: string }> {
  serial += 1
  const openid = `openid-test-${process.pid}-${serial}`
  return { user: await userForOpenid(db, openid), openid }
}

const input = (overrides: Record<string, unknown> = {}) => submitComplaintInputSchema.parse(complaintInput(institutionId, overrides))

beforeAll(async () => {
  db = await testDatabase()
  institutionId = (await institutionOf(db, REGION, 2)).id
  regulator = regulatorOf(REGION)
})

describe('WeChat content check', () => {
  it('asks WeChat about a WeChat parent’s text and holds what it doubts for review, with the reason', async () => {
    const { user, openid } = await wechatParent()
    const wechat = fakeWechat({ check: () => ({ errcode: 0, result: { suggest: 'risky', label: 20001 } }) })
    const result = await submitComplaint(db, user, input(), TEST_NOW, wechat.gateway)
    expect(result.heldForReview).toBe(true)
    const check = wechat.calls.find((c) => c.path === '/wxa/msg_sec_check')
    expect(check?.body).toMatchObject({ openid, version: 2, content: expect.stringContaining('储物间') })
    expect(check?.token).toBe('token-1')
    const { rows } = await db.query<{ review_flags: string[] }>(`SELECT review_flags FROM complaints WHERE tracking_no = $1`, [result.complaint.trackingNo])
    expect(rows[0]?.review_flags).toEqual(['platform'])
  })

  it('keeps the local verdict when WeChat cannot be reached, and never asks about users without WeChat', async () => {
    const { user } = await wechatParent()
    const down = fakeWechat({ check: () => ({ errcode: -1, errmsg: 'system busy' }) })
    const kept = await submitComplaint(db, user, input(), TEST_NOW, down.gateway)
    expect(kept.heldForReview).toBe(false)
    const local = await submitComplaint(db, user, input({ details: '这家机构的老师都是王八蛋，孩子回家说被关进小黑屋。' }), TEST_NOW, down.gateway)
    expect(local.heldForReview).toBe(true)
    const devParent = fakeWechat()
    await submitComplaint(db, newParent(), input(), TEST_NOW, devParent.gateway)
    expect(devParent.calls).toEqual([])
  })
})

describe('WeChat progress message', () => {
  it('spends the allowance from the submit tap on the answer, once', async () => {
    const { user, openid } = await wechatParent()
    const wechat = fakeWechat()
    const { complaint } = await submitComplaint(db, user, input({ wechatSubscribed: true }), TEST_NOW, wechat.gateway)
    const trackingNo = complaint.trackingNo
    for (const step of [{ type: 'accept' }, { type: 'assign', departmentCode: 'health' }, { type: 'investigate' }] as const) {
      await act(db, regulator, trackingNo, step, TEST_NOW, wechat.gateway)
    }
    expect(wechat.calls.filter((c) => c.path.endsWith('/subscribe/send'))).toEqual([])
    await act(db, regulator, trackingNo, { type: 'answer', answer: '经现场核查，机构已整改并向家长致歉。' }, TEST_NOW, wechat.gateway)
    await act(db, regulator, trackingNo, { type: 'close', outcome: { kind: 'upheld' }, reason: '核查属实，已责令整改' }, TEST_NOW, wechat.gateway)
    const sent = wechat.calls.filter((c) => c.path.endsWith('/subscribe/send'))
    expect(sent).toHaveLength(1)
    expect(sent[0]?.body).toEqual({
      touser: openid,
      template_id: 'tmpl-progress',
      page: `pages/complaints/detail/index?no=${trackingNo}`,
      lang: 'zh_CN',
      data: {
        character_string1: { value: trackingNo },
        phrase2: { value: '已答复' },
        thing3: { value: '诸暨市卫生健康局' },
        time4: { value: '2026-11-23 12:00' }
      }
    })
  })

  it('sends nothing without the allowance, and an anonymous complaint never holds one', async () => {
    const { user } = await wechatParent()
    const wechat = fakeWechat()
    const { complaint } = await submitComplaint(db, user, input(), TEST_NOW, wechat.gateway)
    await act(db, regulator, complaint.trackingNo, { type: 'reject', reason: '不属于本部门职责范围' }, TEST_NOW, wechat.gateway)
    expect(wechat.calls.filter((c) => c.path.endsWith('/subscribe/send'))).toEqual([])

    const anonymous = await submitComplaint(db, user, input({ identity: 'anonymous', wechatSubscribed: true }), TEST_NOW, wechat.gateway)
    const { rows } = await db.query<{ wechat_allowance: boolean }>(`SELECT wechat_allowance FROM complaints WHERE tracking_no = $1`, [anonymous.complaint.trackingNo])
    expect(rows[0]?.wechat_allowance).toBe(false)
  })

  it('keeps the regulator’s step when WeChat refuses the message (the inbox has it anyway)', async () => {
    const { user } = await wechatParent()
    const wechat = fakeWechat({ send: () => ({ errcode: 43101, errmsg: 'user refuse to accept the msg' }) })
    const { complaint } = await submitComplaint(db, user, input({ wechatSubscribed: true }), TEST_NOW, wechat.gateway)
    const view = await act(db, regulator, complaint.trackingNo, { type: 'reject', reason: '不属于本部门职责范围' }, TEST_NOW, wechat.gateway)
    expect(view.status).toBe('rejected')
    expect(wechat.calls.filter((c) => c.path.endsWith('/subscribe/send'))).toHaveLength(1)
  })
})
