import { describe, expect, it } from '@jest/globals'
import { createSubscribeGateway, subscribeGatewayFrom } from '../../src/cloud/bookings/wechat-subscribe-gateway'
import { createComplaintWechat } from '../../src/cloud/complaints/wechat-complaint-gateway'
import type { JsonHttp } from '../../src/cloud/wechat/wechat-api-gateway'

const reminder = {
  openid: 'o-parent',
  page: '/pages/bookings/index',
  title: '计时托（2小时）周四上午场，请带好换洗衣物和水杯',
  startsAt: '2026-11-26 09:00',
  place: '暨阳街道小星星托育园（示例）'
}

function fakeWechat(replies: { send: unknown[] }) {
  const calls: { method: string; path: string; query: Record<string, string>; body?: unknown }[] = []
  let tokens = 0
  const http: JsonHttp = async (method, url, body) => {
    calls.push({ method, path: url.pathname, query: Object.fromEntries(url.searchParams), body })
    if (url.pathname === '/cgi-bin/stable_token') return { access_token: `token-${(tokens += 1)}`, expires_in: 7200 }
    return replies.send.shift() ?? { errcode: 0, errmsg: 'ok' }
  }
  return { http, calls }
}

describe('WeChat subscribe message gateway', () => {
  it('sends the reminder to the parent with the template fields, clipping things to 20 characters', async () => {
    const fake = fakeWechat({ send: [] })
    const gateway = createSubscribeGateway({ appId: 'wx-app', secret: 's3cret', templateId: 'tpl-1' }, fake.http, () => 0)
    await gateway.send(reminder)
    // stable_token, not cgi-bin/token: each cgi-bin/token call would sign out every other process's token.
    expect(fake.calls[0]).toMatchObject({
      method: 'POST',
      path: '/cgi-bin/stable_token',
      query: {},
      body: { grant_type: 'client_credential', appid: 'wx-app', secret: 's3cret', force_refresh: false }
    })
    expect(fake.calls[1]).toMatchObject({ method: 'POST', path: '/cgi-bin/message/subscribe/send', query: { access_token: 'token-1' } })
    expect(fake.calls[1]?.body).toEqual({
      touser: 'o-parent',
      template_id: 'tpl-1',
      page: '/pages/bookings/index',
      lang: 'zh_CN',
      data: { thing1: { value: '计时托（2小时）周四上午场，请带好换洗衣' }, time2: { value: '2026-11-26 09:00' }, thing3: { value: '暨阳街道小星星托育园（示例）' } }
    })
  })

  it('keeps the access token until shortly before it expires, and refreshes a token WeChat calls stale', async () => {
    let now = 0
    const fake = fakeWechat({ send: [{ errcode: 0 }, { errcode: 0 }, { errcode: 42001, errmsg: 'access_token expired' }, { errcode: 0 }] })
    const gateway = createSubscribeGateway({ appId: 'wx-app', secret: 's', templateId: 't' }, fake.http, () => now)
    await gateway.send(reminder)
    now = 60 * 60_000
    await gateway.send(reminder)
    expect(fake.calls.filter((c) => c.path === '/cgi-bin/stable_token')).toHaveLength(1)
    await gateway.send(reminder)
    // Only a token WeChat called stale is forced anew.
    expect(fake.calls.filter((c) => c.path === '/cgi-bin/stable_token').map((c) => (c.body as { force_refresh: boolean }).force_refresh)).toEqual([false, true])
    const tokensUsed = fake.calls.filter((c) => c.path.endsWith('/send')).map((c) => c.query.access_token)
    expect(tokensUsed).toEqual(['token-1', 'token-1', 'token-1', 'token-2'])
    // token-2 was fetched at 1 h and lives two hours, less the margin.
    now = 3 * 3_600_000
    await gateway.send(reminder)
    expect(fake.calls.filter((c) => c.path === '/cgi-bin/stable_token')).toHaveLength(3)
  })

  it('shares one token across the process: reminders and complaint messages fetch it once, even at the same moment', async () => {
    const fake = fakeWechat({ send: [] })
    const reminders = createSubscribeGateway({ appId: 'wx-shared', secret: 's', templateId: 't' }, fake.http, () => 0)
    const complaints = createComplaintWechat({ appId: 'wx-shared', secret: 's', templateId: 'p' }, fake.http, () => 0)
    const progress = { openid: 'o-parent', page: '/pages/complaints/index', trackingNo: 'ZJ2611ABCDEFGH', status: '已答复', note: '已核实', at: '2026-11-26 09:00' }
    await Promise.all([reminders.send(reminder), complaints.sendProgress(progress), reminders.send(reminder)])
    expect(fake.calls.filter((c) => c.path === '/cgi-bin/stable_token')).toHaveLength(1)
    expect(new Set(fake.calls.filter((c) => c.path.endsWith('/send')).map((c) => c.query.access_token))).toEqual(new Set(['token-1']))
  })

  it('rejects when WeChat refuses, without the secret or token in the error', async () => {
    const fake = fakeWechat({ send: [{ errcode: 43101, errmsg: 'user refuse to accept the msg' }] })
    const gateway = createSubscribeGateway({ appId: 'wx-app', secret: 's3cret', templateId: 't' }, fake.http, () => 0)
    const error = await gateway.send(reminder).then(() => null, (e: Error) => e)
    expect(error?.message).toContain('43101')
    expect(error?.message).not.toContain('s3cret')
    expect(error?.message).not.toContain('token-1')
  })

  it('is only made when the AppID, secret and template are all configured', () => {
    expect(subscribeGatewayFrom({ appId: 'a', secret: 'b' })).toBeNull()
    expect(subscribeGatewayFrom({ appId: 'a', secret: 'b', reminderTemplateId: 'c' })).not.toBeNull()
  })
})
