import { CHECK_MAX_CHARS, clip, type WechatApi } from '../wechat/wechat-api-gateway'

interface CloudReply {
  errCode?: unknown
  errMsg?: unknown
}

/** The part of wx-server-sdk the cloud functions use: identity and 云调用 (cloud.openapi). */
export interface WxCloud {
  init(config?: { env?: unknown }): void
  DYNAMIC_CURRENT_ENV: unknown
  /** The caller as the platform vouches for it, from the variables the runtime sets for this invocation. */
  getWXContext(): { OPENID?: unknown }
  openapi: {
    subscribeMessage: {
      send(options: { touser: string; templateId: string; page: string; lang: string; data: Record<string, { value: string }> }): Promise<CloudReply>
    }
    security: {
      msgSecCheck(options: { openid: string; scene: number; version: number; content: string }): Promise<CloudReply & { result?: { suggest?: unknown } }>
    }
  }
}

/** Rejections from cloud.openapi carry errCode and errMsg; make them one readable error. */
async function cloudCall<Reply extends CloudReply>(what: string, call: () => Promise<Reply>): Promise<Reply> {
  let reply: Reply
  try {
    reply = await call()
  } catch (error) {
    const { errCode, errMsg } = (typeof error === 'object' && error !== null ? error : {}) as CloudReply
    throw new Error(`WeChat refused ${what} (errcode ${String(errCode)}: ${String(errMsg ?? error)})`)
  }
  if (reply.errCode !== undefined && reply.errCode !== 0) throw new Error(`WeChat refused ${what} (errcode ${String(reply.errCode)}: ${String(reply.errMsg)})`)
  return reply
}

/**
 * WeChat's server API by 云调用 inside a cloud function: the platform signs each call for the function's own
 * mini-program, so there is no access token to fetch, keep or invalidate. The SDK is initialised on the first
 * call, for the environment the function runs in.
 */
export function createCloudWechatApi(cloud: WxCloud): WechatApi {
  let initialised = false
  const ready = () => {
    if (!initialised) cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV })
    initialised = true
    return cloud.openapi
  }
  return {
    async sendSubscribeMessage({ openid, templateId, page, data }) {
      await cloudCall('the subscribe message', () =>
        ready().subscribeMessage.send({
          touser: openid,
          templateId,
          page,
          lang: 'zh_CN',
          data: Object.fromEntries(Object.entries(data).map(([field, value]) => [field, { value }]))
        })
      )
    },
    async checkText({ openid, content, scene }) {
      const reply = await cloudCall('the content check', () =>
        ready().security.msgSecCheck({ openid, scene, version: 2, content: clip(content, CHECK_MAX_CHARS) })
      )
      return reply.result?.suggest === 'pass' ? 'pass' : 'review'
    }
  }
}

/** The calling mini-program user's OPENID from getWXContext(); null for a timer or the console. */
export function callerOpenid(cloud: WxCloud): string | null {
  const { OPENID } = cloud.getWXContext()
  return typeof OPENID === 'string' && OPENID !== '' ? OPENID : null
}
