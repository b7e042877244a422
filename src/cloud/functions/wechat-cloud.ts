import { CHECK_MAX_CHARS, clip, type WechatApi } from '../wechat/wechat-api-gateway'

interface CloudReply {
  errCode?: unknown
  errMsg?: unknown
}

/** The part of wx-server-sdk the cloud functions use: 云调用 (cloud.openapi). */
export interface WxCloud {
  init(config?: { env?: unknown }): void
  DYNAMIC_CURRENT_ENV: unknown
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
 * mini-program, so there is no access token to fetch, keep or invalidate. The SDK is loaded and initialised
 * on the first call, for the environment the function runs in.
 */
export function createCloudWechatApi(loadCloud: () => Promise<WxCloud>): WechatApi {
  let initialised: Promise<WxCloud['openapi']> | undefined
  const ready = () =>
    (initialised ??= loadCloud().then((cloud) => {
      cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV })
      return cloud.openapi
    }))
  return {
    async sendSubscribeMessage({ openid, templateId, page, data }) {
      const openapi = await ready()
      await cloudCall('the subscribe message', () =>
        openapi.subscribeMessage.send({
          touser: openid,
          templateId,
          page,
          lang: 'zh_CN',
          data: Object.fromEntries(Object.entries(data).map(([field, value]) => [field, { value }]))
        })
      )
    },
    async checkText({ openid, content, scene }) {
      const openapi = await ready()
      const reply = await cloudCall('the content check', () =>
        openapi.security.msgSecCheck({ openid, scene, version: 2, content: clip(content, CHECK_MAX_CHARS) })
      )
      return reply.result?.suggest === 'pass' ? 'pass' : 'review'
    }
  }
}

const WX_PREFIX = 'WX_'

/**
 * The calling mini-program user's OPENID, read as wx-server-sdk's getWXContext() reads it: the runtime sets
 * the caller's variables for each invocation and lists their names in WX_CONTEXT_KEYS; only a listed WX_OPENID
 * is the caller. Read here so a cold instance need not load the SDK (hundreds of milliseconds) just to know
 * who calls; tests/unit/wechat-cloud.test.ts holds this to the SDK's answer. Null for a timer or the console.
 */
export function callerOpenid(env: NodeJS.ProcessEnv = process.env): string | null {
  const listed = (env.WX_CONTEXT_KEYS ?? '').split(',')
  const openid = listed.includes(`${WX_PREFIX}OPENID`) ? env[`${WX_PREFIX}OPENID`] : undefined
  return typeof openid === 'string' && openid !== '' && !/^[-]?\d+$/.test(openid) ? openid : null
}

/** wx-server-sdk, loaded at the first 云调用 a warm instance makes rather than on every cold start. */
export const loadWxServerSdk = async (): Promise<WxCloud> => (await import('wx-server-sdk')) as unknown as WxCloud
