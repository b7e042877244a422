import { request } from 'node:https'

export type JsonHttp = (method: 'GET' | 'POST', url: URL, body?: unknown) => Promise<unknown>

/** The fields every WeChat server API reply may carry; endpoints add their own. */
export interface WechatReply {
  errcode?: unknown
  errmsg?: unknown
}

interface TokenReply extends WechatReply {
  access_token?: unknown
  expires_in?: unknown
}

/** One subscribe message the user allowed; `data` maps each template field to its value. */
interface SubscribeMessage {
  openid: string
  templateId: string
  /** The mini-program page the message opens. */
  page: string
  data: Record<string, string>
}

/** WeChat's server API behind the mini-program's access token. */
interface WechatApi {
  /** Posts to an endpoint and gives back WeChat's reply, whatever its errcode. */
  post<Reply extends WechatReply>(endpoint: string, body: unknown): Promise<Reply>
  /** Rejects when WeChat refuses the message. */
  sendSubscribeMessage(message: SubscribeMessage): Promise<void>
}

const TOKEN_URL = 'https://api.weixin.qq.com/cgi-bin/token'
const SEND_URL = 'https://api.weixin.qq.com/cgi-bin/message/subscribe/send'
const TIMEOUT_MS = 5_000
const MAX_REPLY_BYTES = 16 * 1024
/** Fetch a new access token this long before the old one runs out. */
const TOKEN_MARGIN_MS = 5 * 60_000
/** WeChat's "access token invalid or expired" codes: fetch a fresh one and try once more. */
const STALE_TOKEN_CODES = new Set([40001, 40014, 42001])

/** Cuts text to what a template or check field holds, counting characters rather than UTF-16 units. */
export const clip = (text: string, max: number) => Array.from(text).slice(0, max).join('')

export const isRefusal = (reply: WechatReply) => reply.errcode !== 0 && reply.errcode !== undefined

export const refused = (what: string, reply: WechatReply) => new Error(`WeChat refused ${what} (errcode ${String(reply.errcode)}: ${String(reply.errmsg)})`)

/** Node's https rather than fetch, so the same code runs in WeChat cloud functions on Node 16. */
export const httpsJson: JsonHttp = (method, url, body) =>
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

/**
 * WeChat's server API with the mini-program's AppID and secret; the access token is kept until shortly before it
 * expires and fetched again when WeChat calls it stale. Errors never carry a URL (it would hold the secret or token).
 */
export function createWechatApi(config: { appId: string; secret: string }, http: JsonHttp = httpsJson, clock: () => number = Date.now): WechatApi {
  let token: { value: string; refreshAt: number } | null = null

  async function accessToken(): Promise<string> {
    if (token && clock() < token.refreshAt) return token.value
    const url = new URL(TOKEN_URL)
    url.search = new URLSearchParams({ grant_type: 'client_credential', appid: config.appId, secret: config.secret }).toString()
    const reply = (await http('GET', url)) as TokenReply
    if (typeof reply.access_token !== 'string') throw refused('an access token', reply)
    const lifetimeMs = (typeof reply.expires_in === 'number' ? reply.expires_in : 7200) * 1000
    token = { value: reply.access_token, refreshAt: clock() + Math.max(0, lifetimeMs - TOKEN_MARGIN_MS) }
    return token.value
  }

  async function post<Reply extends WechatReply>(endpoint: string, body: unknown): Promise<Reply> {
    const send = async () => {
      const url = new URL(endpoint)
      url.search = new URLSearchParams({ access_token: await accessToken() }).toString()
      return (await http('POST', url, body)) as Reply
    }
    const reply = await send()
    if (typeof reply.errcode !== 'number' || !STALE_TOKEN_CODES.has(reply.errcode)) return reply
    token = null
    return send()
  }

  return {
    post,
    async sendSubscribeMessage({ openid, templateId, page, data }) {
      const reply = await post(SEND_URL, {
        touser: openid,
        template_id: templateId,
        page,
        lang: 'zh_CN',
        data: Object.fromEntries(Object.entries(data).map(([field, value]) => [field, { value }]))
      })
      if (isRefusal(reply)) throw refused('the subscribe message', reply)
    }
  }
}
