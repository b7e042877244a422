
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

/** WeChat's server API as the complaints and bookings gateways use it. */
export interface WechatApi {
  /** Rejects when WeChat refuses the message. */
  sendSubscribeMessage(message: SubscribeMessage): Promise<void>
  /** msgSecCheck (version 2) on text a WeChat user wrote: `review` for anything but a clear pass. */
  checkText(check: { openid: string; content: string; scene: number }): Promise<'pass' | 'review'>
}

interface CheckReply extends WechatReply {
  result?: { suggest?: unknown }
}

/** What msgSecCheck takes at most, in characters. */
export const CHECK_MAX_CHARS = 2500

const STABLE_TOKEN_URL = 'https://api.weixin.qq.com/cgi-bin/stable_token'
const SEND_URL = 'https://api.weixin.qq.com/cgi-bin/message/subscribe/send'
const CHECK_URL = 'https://api.weixin.qq.com/wxa/msg_sec_check'
const TIMEOUT_MS = 5_000
const MAX_REPLY_BYTES = 16 * 1024
/** Fetch a new access token this long before the old one runs out. */
const TOKEN_MARGIN_MS = 5 * 60_000
/** WeChat's "access token invalid or expired" codes: fetch a fresh one and try once more. */
const STALE_TOKEN_CODES = new Set([40001, 40014, 42001])

/** Cuts text to what a template or check field holds, counting characters rather than UTF-16 units. */
export const clip = (text: string, max: number) => Array.from(text).slice(0, max).join('')

export const isRefusal = (reply: WechatReply) => reply.errcode !== 0 && reply.errcode !== undefined

const refused = (what: string, reply: WechatReply) => new Error(`WeChat refused ${what} (errcode ${String(reply.errcode)}: ${String(reply.errmsg)})`)

/** Node's https rather than fetch, so the same code runs in WeChat cloud functions on Node 16. */
export const httpsJson: JsonHttp = async (method, url, body) => {
  // Loaded at the first call, not at import: node:https and Node's HTTP client under it are a sizeable part of
  // a cloud function's cold start, and most calls never reach WeChat.
  const { request } = await import('node:https')
  return new Promise((resolve, reject) => {
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
}

interface CachedToken {
  value: string
  refreshAt: number
}

/**
 * Access tokens, one per AppID for the whole process (per HTTP transport: in production there is one, httpsJson),
 * so the complaints and bookings gateways share it instead of each fetching their own.
 */
const tokenCaches = new WeakMap<JsonHttp, Map<string, Promise<CachedToken>>>()

function tokenCacheFor(http: JsonHttp): Map<string, Promise<CachedToken>> {
  let cache = tokenCaches.get(http)
  if (!cache) tokenCaches.set(http, (cache = new Map()))
  return cache
}

/**
 * WeChat's server API with the mini-program's AppID and secret, on the *stable* access token: every `cgi-bin/token`
 * call invalidates the token before it, so two server processes would keep signing each other out, while
 * `stable_token` hands every caller the same token until it nears expiry. The token is kept per process until
 * shortly before it expires, and forced anew only when WeChat calls it stale. Errors never carry a URL (it would
 * hold the token) nor the secret.
 */
export function createWechatApi(config: { appId: string; secret: string }, http: JsonHttp = httpsJson, clock: () => number = Date.now): WechatApi {
  const cache = tokenCacheFor(http)

  async function fetchToken(forceRefresh: boolean): Promise<CachedToken> {
    const reply = (await http('POST', new URL(STABLE_TOKEN_URL), {
      grant_type: 'client_credential',
      appid: config.appId,
      secret: config.secret,
      force_refresh: forceRefresh
    })) as TokenReply
    if (typeof reply.access_token !== 'string') throw refused('an access token', reply)
    const lifetimeMs = (typeof reply.expires_in === 'number' ? reply.expires_in : 7200) * 1000
    return { value: reply.access_token, refreshAt: clock() + Math.max(0, lifetimeMs - TOKEN_MARGIN_MS) }
  }

  async function accessToken(forceRefresh: boolean): Promise<string> {
    const entry = forceRefresh ? undefined : cache.get(config.appId)
    if (entry) {
      const cached = await entry.catch(() => undefined)
      if (cached && clock() < cached.refreshAt) return cached.value
      // Another call may have started the refresh while this one waited: share it.
      const current = cache.get(config.appId)
      if (current && current !== entry) return (await current).value
    }
    // Set before any await, so calls at the same moment share this one fetch.
    const fetching = fetchToken(forceRefresh)
    cache.set(config.appId, fetching)
    fetching.catch(() => {
      if (cache.get(config.appId) === fetching) cache.delete(config.appId)
    })
    return (await fetching).value
  }

  async function post<Reply extends WechatReply>(endpoint: string, body: unknown): Promise<Reply> {
    const send = async (forceRefresh: boolean) => {
      const url = new URL(endpoint)
      url.search = new URLSearchParams({ access_token: await accessToken(forceRefresh) }).toString()
      return (await http('POST', url, body)) as Reply
    }
    const reply = await send(false)
    if (typeof reply.errcode !== 'number' || !STALE_TOKEN_CODES.has(reply.errcode)) return reply
    return send(true)
  }

  return {
    async sendSubscribeMessage({ openid, templateId, page, data }) {
      const reply = await post(SEND_URL, {
        touser: openid,
        template_id: templateId,
        page,
        lang: 'zh_CN',
        data: Object.fromEntries(Object.entries(data).map(([field, value]) => [field, { value }]))
      })
      if (isRefusal(reply)) throw refused('the subscribe message', reply)
    },
    async checkText({ openid, content, scene }) {
      const reply = await post<CheckReply>(CHECK_URL, { content: clip(content, CHECK_MAX_CHARS), version: 2, scene, openid })
      if (isRefusal(reply)) throw refused('the content check', reply)
      return reply.result?.suggest === 'pass' ? 'pass' : 'review'
    }
  }
}
