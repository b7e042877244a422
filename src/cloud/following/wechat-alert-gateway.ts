import { clip, type WechatApi } from '../wechat/wechat-api-gateway'
import { wechatApiFrom } from '../wechat/wechat-platform'

/** One alert as a WeChat subscribe message, for a 关注机构动态 template: thing1 who, thing2 what, time3 when. */
interface AlertSubscribeMessage {
  openid: string
  /** The mini-program page the message opens (the institution). */
  page: string
  institution: string
  what: string
  /** China time, YYYY-MM-DD HH:mm. */
  at: string
}

/** Sends one alert a parent allowed; rejects when WeChat refuses it. */
export interface AlertWechat {
  send(message: AlertSubscribeMessage): Promise<void>
}

/** A template's `thing` field holds at most 20 characters. */
const THING_MAX = 20

export function alertWechatOver(api: WechatApi, templateId: string): AlertWechat {
  return {
    send: (message) =>
      api.sendSubscribeMessage({
        openid: message.openid,
        templateId,
        page: message.page,
        data: { thing1: clip(message.institution, THING_MAX), thing2: clip(message.what, THING_MAX), time3: message.at }
      })
  }
}

/** The gateway when WeChat is reachable (云调用, or AppID and secret) and WECHAT_ALERT_TEMPLATE_ID names the template; else none. */
export function alertWechatFrom(config: { appId?: string | undefined; secret?: string | undefined; alertTemplateId?: string | undefined }): AlertWechat | null {
  const api = wechatApiFrom(config)
  return api && config.alertTemplateId ? alertWechatOver(api, config.alertTemplateId) : null
}
