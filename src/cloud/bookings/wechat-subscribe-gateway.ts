import { clip, createWechatApi, httpsJson, type JsonHttp } from '../wechat/wechat-api-gateway'

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

/**
 * Subscribe messages through WeChat's server API, with the mini-program's AppID and secret and one 预约提醒
 * template whose fields are thing1 (what), time2 (when) and thing3 (where).
 */
export function createSubscribeGateway(
  config: { appId: string; secret: string; templateId: string },
  http: JsonHttp = httpsJson,
  clock: () => number = Date.now
): SubscribeGateway {
  const api = createWechatApi(config, http, clock)
  return {
    send: (reminder) =>
      api.sendSubscribeMessage({
        openid: reminder.openid,
        templateId: config.templateId,
        page: reminder.page,
        data: { thing1: clip(reminder.title, THING_MAX), time2: reminder.startsAt, thing3: clip(reminder.place, THING_MAX) }
      })
  }
}

/** The gateway when WECHAT_APPID, WECHAT_SECRET and WECHAT_REMINDER_TEMPLATE_ID are all set; else none. */
export function subscribeGatewayFrom(config: { appId?: string | undefined; secret?: string | undefined; reminderTemplateId?: string | undefined }): SubscribeGateway | null {
  const { appId, secret, reminderTemplateId: templateId } = config
  return appId && secret && templateId ? createSubscribeGateway({ appId, secret, templateId }) : null
}
