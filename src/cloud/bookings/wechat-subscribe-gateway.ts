import { clip, createWechatApi, httpsJson, type JsonHttp, type WechatApi } from '../wechat/wechat-api-gateway'
import { wechatApiFrom } from '../wechat/wechat-platform'

/** What a booking reminder says in a WeChat subscribe message. */
export interface SubscribeReminder {
  openid: string
  /** The mini-program page the message opens. */
  page: string
  title: string
  /** China time, YYYY-MM-DD HH:mm. */
  startsAt: string
  place: string
}

/** Sends the one subscribe message a parent allowed at the confirm tap. Rejects when WeChat refuses it. */
export interface SubscribeGateway {
  send(reminder: SubscribeReminder): Promise<void>
}

/** A template's `thing` field holds at most 20 characters. */
const THING_MAX = 20

/** Reminders as the one 预约提醒 template whose fields are thing1 (what), time2 (when) and thing3 (where). */
export function subscribeGatewayOver(api: WechatApi, templateId: string): SubscribeGateway {
  return {
    send: (reminder) =>
      api.sendSubscribeMessage({
        openid: reminder.openid,
        templateId,
        page: reminder.page,
        data: { thing1: clip(reminder.title, THING_MAX), time2: reminder.startsAt, thing3: clip(reminder.place, THING_MAX) }
      })
  }
}

/** Subscribe messages through WeChat's server API, with the mini-program's AppID and secret (stable token). */
export function createSubscribeGateway(
  config: { appId: string; secret: string; templateId: string },
  http: JsonHttp = httpsJson,
  clock: () => number = Date.now
): SubscribeGateway {
  return subscribeGatewayOver(createWechatApi(config, http, clock), config.templateId)
}

/** The gateway when WeChat is reachable and WECHAT_REMINDER_TEMPLATE_ID names the template; else none. */
export function subscribeGatewayFrom(config: { appId?: string | undefined; secret?: string | undefined; reminderTemplateId?: string | undefined }): SubscribeGateway | null {
  const api = wechatApiFrom(config)
  return api && config.reminderTemplateId ? subscribeGatewayOver(api, config.reminderTemplateId) : null
}
