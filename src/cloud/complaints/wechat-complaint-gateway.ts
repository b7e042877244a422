import { clip, createWechatApi, httpsJson, type JsonHttp, type WechatApi } from '../wechat/wechat-api-gateway'
import { wechatApiFrom } from '../wechat/wechat-platform'

/** One progress message a parent allowed at the submit tap, for a 投诉处理进度 subscribe-message template. */
export interface ComplaintProgressMessage {
  openid: string
  /** The mini-program page the message opens. */
  page: string
  trackingNo: string
  /** A short status, e.g. 已答复 (the template's phrase field holds 5 characters). */
  status: string
  /** Who handles it, or what was decided (the thing field holds 20). */
  note: string
  /** China time, YYYY-MM-DD HH:mm. */
  at: string
}

/** What complaints ask of WeChat: msgSecCheck on a parent's text, and the progress subscribe message. */
export interface ComplaintWechat {
  /** WeChat's content-security verdict on text a WeChat user wrote; `review` for anything but a clear pass. */
  checkText(openid: string, text: string): Promise<'pass' | 'review'>
  sendProgress(message: ComplaintProgressMessage): Promise<void>
}

/** msgSecCheck scene 2: comments and posts by users. */
const CHECK_SCENE = 2

/** The content check and a 投诉处理进度 template (when one is named) over either way of reaching WeChat. */
export function complaintWechatOver(api: WechatApi, templateId: string | null): ComplaintWechat {
  return {
    checkText: (openid, text) => api.checkText({ openid, content: text, scene: CHECK_SCENE }),
    async sendProgress(message) {
      if (!templateId) return
      await api.sendSubscribeMessage({
        openid: message.openid,
        templateId,
        page: message.page,
        data: {
          character_string1: clip(message.trackingNo, 32),
          phrase2: clip(message.status, 5),
          thing3: clip(message.note, 20),
          time4: message.at
        }
      })
    }
  }
}

/** WeChat's content check and a 投诉处理进度 template, over the mini-program's stable access token. */
export function createComplaintWechat(
  config: { appId: string; secret: string; templateId: string | null },
  http: JsonHttp = httpsJson,
  clock: () => number = Date.now
): ComplaintWechat {
  return complaintWechatOver(createWechatApi(config, http, clock), config.templateId)
}

/**
 * The gateway when WeChat is reachable (云调用 in a cloud function, or WECHAT_APPID and WECHAT_SECRET), sending
 * progress messages too when WECHAT_COMPLAINT_TEMPLATE_ID names a template with character_string1, phrase2,
 * thing3 and time4; else none.
 */
export function complaintWechatFrom(config: { appId?: string | undefined; secret?: string | undefined; complaintTemplateId?: string | undefined }): ComplaintWechat | null {
  const api = wechatApiFrom(config)
  return api ? complaintWechatOver(api, config.complaintTemplateId || null) : null
}
