import { describe, expect, it } from '@jest/globals'
import { createSubscribeGateway, subscribeGatewayFrom } from '../../src/cloud/bookings/wechat-subscribe-gateway'
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
    if (url.pathname === '/cgi-bin/token') return { access_token: `token-${(tokens += 1)}`, expires_in: 7200 }
    return replies.send.shift() ?? { errcode: 0, errmsg: 'ok' }
  }
  return { http, calls }
}

describe('WeChat subscribe message gateway', () => {
  it('sends the reminder to the parent with the template fields, clipping things to 20 characters', async () => {
    const fake = fakeWechat({ send: [] })
    const gateway = createSubscribeGateway({ appId: 'wx-app', secret: 's3cret', templateId: 'tpl-1' }, fake.http, () => 0)
    await gateway.send(reminder)
    expect(fake.calls[0]).toMatchObject({ method: 'GET', path: '/cgi-bin/token', query: { grant_type: 'client_credential', appid: 'wx-app', secret: 's3cret' } })
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
    expect(fake.calls.filter((c) => c.path === '/cgi-bin/token')).toHaveLength(1)
    await gateway.send(reminder)
    const tokensUsed = fake.calls.filter((c) => c.path.endsWith('/send')).map((c) => c.query.access_token)
    expect(tokensUsed).toEqual(['token-1', 'token-1', 'token-1', 'token-2'])
    // token-2 was fetched at 1 h and lives two hours, less the margin.
    now = 3 * 3_600_000
    await gateway.send(reminder)
    expect(fake.calls.filter((c) => c.path === '/cgi-bin/token')).toHaveLength(3)
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
