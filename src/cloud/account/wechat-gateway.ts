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
