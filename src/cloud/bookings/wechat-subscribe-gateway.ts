import { request } from 'node:https'

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

export type JsonHttp = (method: 'GET' | 'POST', url: URL, body?: unknown) => Promise<unknown>

const TOKEN_URL = 'https://api.weixin.qq.com/cgi-bin/token'
const SEND_URL = 'https://api.weixin.qq.com/cgi-bin/message/subscribe/send'
const TIMEOUT_MS = 5_000
const MAX_REPLY_BYTES = 16 * 1024
/** Fetch a new access token this long before the old one runs out. */
const TOKEN_MARGIN_MS = 5 * 60_000
/** WeChat's "access token invalid or expired" codes: fetch a fresh one and try once more. */
const STALE_TOKEN_CODES = new Set([40001, 40014, 42001])
/** A template's `thing` field holds at most 20 characters. */
const THING_MAX = 20

const clip = (text: string) => Array.from(text).slice(0, THING_MAX).join('')

/** Node's https rather than fetch, so the same code runs in WeChat cloud functions on Node 16. */
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
}

/**
 * Subscribe messages through WeChat's server API, with the mini-program's AppID and secret and one 预约提醒
 * template whose fields are thing1 (what), time2 (when) and thing3 (where). The access token is kept until
 * shortly before it expires. Errors never carry a URL, which would hold the secret or the token.
 */
export function createSubscribeGateway(
  config: { appId: string; secret: string; templateId: string },
  http: JsonHttp = httpsJson,
  clock: () => number = Date.now
): SubscribeGateway {
  let token: { value: string; refreshAt: number } | null = null

  async function accessToken(): Promise<string> {
    if (token && clock() < token.refreshAt) return token.value
    const url = new URL(TOKEN_URL)
    url.search = new URLSearchParams({ grant_type: 'client_credential', appid: config.appId, secret: config.secret }).toString()
    const reply = (await http('GET', url)) as WechatReply
    if (typeof reply.access_token !== 'string') throw new Error(`WeChat gave no access token (errcode ${String(reply.errcode)}: ${String(reply.errmsg)})`)
    const lifetimeMs = (typeof reply.expires_in === 'number' ? reply.expires_in : 7200) * 1000
    token = { value: reply.access_token, refreshAt: clock() + Math.max(0, lifetimeMs - TOKEN_MARGIN_MS) }
    return token.value
  }

  async function post(reminder: SubscribeReminder): Promise<WechatReply> {
    const url = new URL(SEND_URL)
    url.search = new URLSearchParams({ access_token: await accessToken() }).toString()
    return (await http('POST', url, {
      touser: reminder.openid,
      template_id: config.templateId,
      page: reminder.page,
      lang: 'zh_CN',
      data: { thing1: { value: clip(reminder.title) }, time2: { value: reminder.startsAt }, thing3: { value: clip(reminder.place) } }
    })) as WechatReply
  }

  return {
    async send(reminder) {
      let reply = await post(reminder)
      if (typeof reply.errcode === 'number' && STALE_TOKEN_CODES.has(reply.errcode)) {
        token = null
        reply = await post(reminder)
      }
      if (reply.errcode !== 0 && reply.errcode !== undefined) {
        throw new Error(`WeChat refused the subscribe message (errcode ${String(reply.errcode)}: ${String(reply.errmsg)})`)
      }
    }
  }
}

/** The gateway when WECHAT_APPID, WECHAT_SECRET and WECHAT_REMINDER_TEMPLATE_ID are all set; else none. */
export function subscribeGatewayFromEnv(env: Readonly<Record<string, string | undefined>>): SubscribeGateway | null {
  const { WECHAT_APPID: appId, WECHAT_SECRET: secret, WECHAT_REMINDER_TEMPLATE_ID: templateId } = env
  return appId && secret && templateId ? createSubscribeGateway({ appId, secret, templateId }) : null
}
