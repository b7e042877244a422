import { clip, createWechatApi, httpsJson, isRefusal, refused, type JsonHttp, type WechatReply } from '../wechat/wechat-api-gateway'

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

const CHECK_URL = 'https://api.weixin.qq.com/wxa/msg_sec_check'
/** msgSecCheck scene 2: comments and posts by users. */
const CHECK_SCENE = 2
const CHECK_MAX_CHARS = 2500

interface CheckReply extends WechatReply {
  result?: { suggest?: unknown }
}

/** WeChat's content check and a 投诉处理进度 template, over the mini-program's access token. */
export function createComplaintWechat(
  config: { appId: string; secret: string; templateId: string | null },
  http: JsonHttp = httpsJson,
  clock: () => number = Date.now
): ComplaintWechat {
  const api = createWechatApi(config, http, clock)
  return {
    async checkText(openid, text) {
      const reply = await api.post<CheckReply>(CHECK_URL, { content: clip(text, CHECK_MAX_CHARS), version: 2, scene: CHECK_SCENE, openid })
      if (isRefusal(reply)) throw refused('the content check', reply)
      return reply.result?.suggest === 'pass' ? 'pass' : 'review'
    },
    async sendProgress(message) {
      if (!config.templateId) return
      await api.sendSubscribeMessage({
        openid: message.openid,
        templateId: config.templateId,
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

/**
 * The gateway when WECHAT_APPID and WECHAT_SECRET are set (content checks), sending progress messages too when
 * WECHAT_COMPLAINT_TEMPLATE_ID names a template with character_string1, phrase2, thing3 and time4; else none.
 */
export function complaintWechatFrom(config: { appId?: string | undefined; secret?: string | undefined; complaintTemplateId?: string | undefined }): ComplaintWechat | null {
  const { appId, secret, complaintTemplateId: templateId } = config
  return appId && secret ? createComplaintWechat({ appId, secret, templateId: templateId || null }) : null
}
