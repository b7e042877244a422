import { describe, expect, it } from '@jest/globals'
import { subscribeGatewayOver } from '../../src/cloud/bookings/wechat-subscribe-gateway'
import { complaintWechatOver } from '../../src/cloud/complaints/wechat-complaint-gateway'
import * as wxServerSdk from 'wx-server-sdk'
import { callerOpenid, createCloudWechatApi, type WxCloud } from '../../src/cloud/functions/wechat-cloud'

/** wx-server-sdk's 云调用 as a test plays it: each call recorded, each answer scripted. */
function cloudStandIn(answer: (api: string) => Promise<{ errCode?: unknown; errMsg?: unknown; result?: { suggest?: unknown } }>) {
  const calls: { api: string; options: unknown }[] = []
  let inits = 0
  const cloud: WxCloud = {
    init: () => void (inits += 1),
    DYNAMIC_CURRENT_ENV: Symbol('current'),
    openapi: {
      subscribeMessage: { send: (options) => (calls.push({ api: 'send', options }), answer('send')) },
      security: { msgSecCheck: (options) => (calls.push({ api: 'check', options }), answer('check')) }
    }
  }
  return { api: createCloudWechatApi(() => Promise.resolve(cloud)), calls, inits: () => inits }
}

const reminder = { openid: 'o-parent', page: '/pages/bookings/index', title: '计时托（2小时）周四上午场，请带好换洗衣物和水杯', startsAt: '2026-11-26 09:00', place: '小星星托育园（示例）' }

describe('WeChat by 云调用 inside a cloud function', () => {
  it('sends the booking reminder through cloud.openapi.subscribeMessage, initialising the SDK once', async () => {
    const standIn = cloudStandIn(async () => ({ errCode: 0, errMsg: 'openapi.subscribeMessage.send:ok' }))
    const gateway = subscribeGatewayOver(standIn.api, 'tpl-remind')
    await gateway.send(reminder)
    await gateway.send(reminder)
    expect(standIn.inits()).toBe(1)
    expect(standIn.calls[0]).toEqual({
      api: 'send',
      options: {
        touser: 'o-parent',
        templateId: 'tpl-remind',
        page: '/pages/bookings/index',
        lang: 'zh_CN',
        data: { thing1: { value: '计时托（2小时）周四上午场，请带好换洗衣' }, time2: { value: '2026-11-26 09:00' }, thing3: { value: '小星星托育园（示例）' } }
      }
    })
  })

  it('reads msgSecCheck’s verdict: only a clear pass passes', async () => {
    for (const [suggest, verdict] of [['pass', 'pass'], ['review', 'review'], ['risky', 'review']] as const) {
      const standIn = cloudStandIn(async () => ({ errCode: 0, result: { suggest } }))
      expect(await complaintWechatOver(standIn.api, null).checkText('o-parent', '孩子手臂上有红印')).toBe(verdict)
      expect(standIn.calls[0]?.options).toEqual({ openid: 'o-parent', scene: 2, version: 2, content: '孩子手臂上有红印' })
    }
  })

  it('turns a refusal into an error that says which call and why', async () => {
    const thrown = cloudStandIn(() => Promise.reject({ errCode: 43101, errMsg: 'user refuse to accept the msg' }))
    await expect(subscribeGatewayOver(thrown.api, 't').send(reminder)).rejects.toThrow('WeChat refused the subscribe message (errcode 43101: user refuse to accept the msg)')
    const answered = cloudStandIn(async () => ({ errCode: 87014, errMsg: 'risky content' }))
    await expect(complaintWechatOver(answered.api, null).checkText('o', 'x')).rejects.toThrow('errcode 87014')
  })

  it('sends no progress message when no template is configured', async () => {
    const standIn = cloudStandIn(async () => ({ errCode: 0 }))
    await complaintWechatOver(standIn.api, null).sendProgress({ openid: 'o', page: '/p', trackingNo: 'ZJ', status: '已答复', note: 'n', at: '2026-11-26 09:00' })
    expect(standIn.calls).toEqual([])
  })
})

describe('the caller of a cloud function, read without loading wx-server-sdk', () => {
  const invocations: Record<string, string>[] = [
    { WX_CONTEXT_KEYS: 'WX_OPENID,WX_APPID', WX_OPENID: 'o-parent', WX_APPID: 'wx-app' },
    { WX_CONTEXT_KEYS: 'WX_APPID', WX_OPENID: 'o-previous-caller' },
    { WX_OPENID: 'o-no-keys' },
    { WX_CONTEXT_KEYS: 'WX_OPENID', WX_OPENID: '' },
    { WX_CONTEXT_KEYS: 'WX_OPENID', WX_OPENID: '12345' },
    { WX_CONTEXT_KEYS: ',WX_UNIONID,WX_OPENID', WX_OPENID: 'o-after-empty', WX_UNIONID: 'u-1' },
    { WX_CONTEXT_KEYS: 'WX_API_TOKEN,WX_OPENID', WX_OPENID: 'o-beside-token', WX_API_TOKEN: 'secret' }
  ]

  it.each(invocations)('names the same caller as the SDK\'s getWXContext() for %j', (variables) => {
    const saved = { ...process.env }
    for (const key of Object.keys(process.env)) if (key.startsWith('WX_')) delete process.env[key]
    Object.assign(process.env, variables)
    try {
      const { OPENID } = (wxServerSdk as unknown as { getWXContext(): { OPENID?: unknown } }).getWXContext()
      expect(callerOpenid()).toBe(typeof OPENID === 'string' && OPENID !== '' ? OPENID : null)
    } finally {
      process.env = saved
    }
  })
})
