import { request } from 'node:https'

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

export type JsonHttp = (method: 'GET' | 'POST', url: URL, body?: unknown) => Promise<unknown>

const TOKEN_URL = 'https://api.weixin.qq.com/cgi-bin/token'
const CHECK_URL = 'https://api.weixin.qq.com/wxa/msg_sec_check'
const SEND_URL = 'https://api.weixin.qq.com/cgi-bin/message/subscribe/send'
const TIMEOUT_MS = 5_000
const MAX_REPLY_BYTES = 16 * 1024
const TOKEN_MARGIN_MS = 5 * 60_000
const STALE_TOKEN_CODES = new Set([40001, 40014, 42001])
/** msgSecCheck scene 2: comments and posts by users. */
const CHECK_SCENE = 2
const CHECK_MAX_CHARS = 2500

const clip = (text: string, max: number) => Array.from(text).slice(0, max).join('')

/** Node's https rather than fetch, so the same code runs in WeChat cloud functions on older Node. */
const httpsJson: JsonHttp = (method, url, body) =>
  new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body)
    const headers: Record<string, string | number> = payload === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }
    const req = request(url, { method, timeout: TIMEOUT_MS, headers }, (res) => {
      const chunks: Buffer[] = []
      let size = 0
      res.on('data', (chunk: Buffer) => {
        size += chunk.length
        if (size > MAX_REPLY_BYTES) req.destroy(new Error('WeChat reply too large'))
        else chunks.push(chunk)
      })
      res.on('end', () => {
        if (res.statusCode !== 200) return reject(new Error(`WeChat answered HTTP ${res.statusCode}`))
        try {
          resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')))
        } catch {
          reject(new Error('WeChat answered something other than JSON'))
        }
      })
      res.on('error', reject)
    })
    req.on('timeout', () => req.destroy(new Error(`WeChat gave no answer within ${TIMEOUT_MS} ms`)))
    req.on('error', reject)
    req.end(payload)
  })

interface WechatReply {
  errcode?: unknown
  errmsg?: unknown
  access_token?: unknown
  expires_in?: unknown
  result?: { suggest?: unknown }
}

const refused = (what: string, reply: WechatReply) => new Error(`WeChat refused ${what} (errcode ${String(reply.errcode)}: ${String(reply.errmsg)})`)

/**
 * WeChat's server API with the mini-program's AppID and secret; the access token is kept until shortly before it
 * expires and fetched again when WeChat calls it stale. Errors never carry a URL (it would hold the secret or token).
 */
export function createComplaintWechat(
  config: { appId: string; secret: string; templateId: string | null },
  http: JsonHttp = httpsJson,
  clock: () => number = Date.now
): ComplaintWechat {
  let token: { value: string; refreshAt: number } | null = null

  async function accessToken(): Promise<string> {
    if (token && clock() < token.refreshAt) return token.value
    const url = new URL(TOKEN_URL)
    url.search = new URLSearchParams({ grant_type: 'client_credential', appid: config.appId, secret: config.secret }).toString()
    const reply = (await http('GET', url)) as WechatReply
    if (typeof reply.access_token !== 'string') throw refused('an access token', reply)
    const lifetimeMs = (typeof reply.expires_in === 'number' ? reply.expires_in : 7200) * 1000
    token = { value: reply.access_token, refreshAt: clock() + Math.max(0, lifetimeMs - TOKEN_MARGIN_MS) }
    return token.value
  }

  async function post(endpoint: string, body: unknown): Promise<WechatReply> {
    const send = async () => {
      const url = new URL(endpoint)
      url.search = new URLSearchParams({ access_token: await accessToken() }).toString()
      return (await http('POST', url, body)) as WechatReply
    }
    let reply = await send()
    if (typeof reply.errcode === 'number' && STALE_TOKEN_CODES.has(reply.errcode)) {
      token = null
      reply = await send()
    }
    return reply
  }

  return {
    async checkText(openid, text) {
      const reply = await post(CHECK_URL, { content: clip(text, CHECK_MAX_CHARS), version: 2, scene: CHECK_SCENE, openid })
      if (reply.errcode !== 0 && reply.errcode !== undefined) throw refused('the content check', reply)
      return reply.result?.suggest === 'pass' ? 'pass' : 'review'
    },
    async sendProgress(message) {
      if (!config.templateId) return
      const reply = await post(SEND_URL, {
        touser: message.openid,
        template_id: config.templateId,
        page: message.page,
        lang: 'zh_CN',
        data: {
          character_string1: { value: clip(message.trackingNo, 32) },
          phrase2: { value: clip(message.status, 5) },
          thing3: { value: clip(message.note, 20) },
          time4: { value: message.at }
        }
      })
      if (reply.errcode !== 0 && reply.errcode !== undefined) throw refused('the subscribe message', reply)
    }
  }
}

/**
 * The gateway when WECHAT_APPID and WECHAT_SECRET are set (content checks), sending progress messages too when
 * WECHAT_COMPLAINT_TEMPLATE_ID names a template with character_string1, phrase2, thing3 and time4; else none.
 */
export function complaintWechatFromEnv(env: Readonly<Record<string, string | undefined>>): ComplaintWechat | null {
  const { WECHAT_APPID: appId, WECHAT_SECRET: secret, WECHAT_COMPLAINT_TEMPLATE_ID: templateId } = env
  return appId && secret ? createComplaintWechat({ appId, secret, templateId: templateId || null }) : null
}
