import { httpsJson, isRefusal, type WechatReply } from '../wechat/wechat-api-gateway'

interface WechatIdentity {
  openid: string
  unionid?: string
}

/** Exchanges the code from `wx.login` for the user's openid (code2Session). Rejects on any failure. */
export interface WechatGateway {
  code2Session(code: string): Promise<WechatIdentity>
}

interface Code2SessionReply extends WechatReply {
  openid?: unknown
  unionid?: unknown
}

const CODE2SESSION_URL = 'https://api.weixin.qq.com/sns/jscode2session'

/**
 * The real code2Session call, with the mini-program's AppID and secret. Errors never carry the URL, which holds
 * the secret.
 */
export function createWechatGateway(config: { appId?: string | undefined; secret?: string | undefined }): WechatGateway {
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
      const reply = (await httpsJson('GET', url)) as Code2SessionReply
      if (isRefusal(reply)) {
        throw new Error(`code2Session refused: errcode ${String(reply.errcode)} ${String(reply.errmsg ?? '')}`)
      }
      if (typeof reply.openid !== 'string' || reply.openid === '') throw new Error('code2Session answered without an openid')
      return typeof reply.unionid === 'string' ? { openid: reply.openid, unionid: reply.unionid } : { openid: reply.openid }
    }
  }
}

/** Exchanges the code from WeChat web authorisation (网页授权, snsapi_base) for the official account's openid. */
export interface WechatWebGateway {
  exchangeCode(code: string): Promise<WechatIdentity>
}

const OAUTH_TOKEN_URL = 'https://api.weixin.qq.com/sns/oauth2/access_token'

/**
 * The official account's code exchange (sns/oauth2/access_token), with its own AppID and secret (not the
 * mini-program's). snsapi_base asks the person nothing: it yields the openid, and the UnionID when the account
 * is bound to an open platform account. The access token it also returns is not needed and not kept.
 */
export function createWechatWebGateway(config: { appId?: string | undefined; secret?: string | undefined }): WechatWebGateway {
  return {
    async exchangeCode(code) {
      if (!config.appId || !config.secret) throw new Error('WECHAT_OA_APPID and WECHAT_OA_SECRET are not set')
      const url = new URL(OAUTH_TOKEN_URL)
      url.search = new URLSearchParams({ appid: config.appId, secret: config.secret, code, grant_type: 'authorization_code' }).toString()
      const reply = (await httpsJson('GET', url)) as Code2SessionReply
      if (isRefusal(reply)) throw new Error(`oauth2/access_token refused: errcode ${String(reply.errcode)} ${String(reply.errmsg ?? '')}`)
      if (typeof reply.openid !== 'string' || reply.openid === '') throw new Error('oauth2/access_token answered without an openid')
      return typeof reply.unionid === 'string' ? { openid: reply.openid, unionid: reply.unionid } : { openid: reply.openid }
    }
  }
}
