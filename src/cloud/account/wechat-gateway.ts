import { request } from 'node:https'

export interface WechatIdentity {
  openid: string
  unionid?: string
}

/** Exchanges the code from `wx.login` for the user's openid (code2Session). Rejects on any failure. */
export interface WechatGateway {
  code2Session(code: string): Promise<WechatIdentity>
}

interface Code2SessionReply {
  openid?: unknown
  unionid?: unknown
  errcode?: unknown
  errmsg?: unknown
}

const CODE2SESSION_URL = 'https://api.weixin.qq.com/sns/jscode2session'
const TIMEOUT_MS = 5_000
const MAX_REPLY_BYTES = 16 * 1024

function getJson(url: URL): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'GET', timeout: TIMEOUT_MS }, (res) => {
      const chunks: Buffer[] = []
      let size = 0
      res.on('data', (chunk: Buffer) => {
        size += chunk.length
        if (size > MAX_REPLY_BYTES) req.destroy(new Error('code2Session reply too large'))
        else chunks.push(chunk)
      })
      res.on('end', () => {
        if (res.statusCode !== 200) return reject(new Error(`code2Session answered HTTP ${res.statusCode}`))
        try {
          resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')))
        } catch {
          reject(new Error('code2Session answered something other than JSON'))
        }
      })
      res.on('error', reject)
    })
    req.on('timeout', () => req.destroy(new Error(`code2Session gave no answer within ${TIMEOUT_MS} ms`)))
    req.on('error', reject)
    req.end()
  })
}

/**
 * The real code2Session call, with the mini-program's AppID and secret. Node's https rather than fetch so
 * the same code runs in WeChat cloud functions on Node 16. Errors never carry the URL, which holds the secret.
 */
export function createWechatGateway(config: { appId?: string; secret?: string }): WechatGateway {
  return {
    async code2Session(code) {
      if (!config.appId || !config.secret) throw new Error('WECHAT_APPID and WECHAT_SECRET are not set')
      const url = new URL(CODE2SESSION_URL)
      url.search = new URLSearchParams({
        appid: config.appId,
        secret: config.secret,
        js_code: code,
        grant_type: 'authorization_code'
      }).toString()
      const reply = (await getJson(url)) as Code2SessionReply
      if (reply.errcode !== undefined && reply.errcode !== 0) {
        throw new Error(`code2Session refused: errcode ${String(reply.errcode)} ${String(reply.errmsg ?? '')}`)
      }
      if (typeof reply.openid !== 'string' || reply.openid === '') throw new Error('code2Session answered without an openid')
      return typeof reply.unionid === 'string' ? { openid: reply.openid, unionid: reply.unionid } : { openid: reply.openid }
    }
  }
}
