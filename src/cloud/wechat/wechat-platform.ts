import { createWechatApi, type WechatApi } from './wechat-api-gateway'

type Env = Readonly<Record<string, string | undefined>>

/**
 * How this process reaches WeChat's server API. A self-hosted server signs its calls with the mini-program's
 * AppID and secret (stable_token over HTTPS); inside a WeChat cloud function the cloud transport installs 云调用
 * (wx-server-sdk's cloud.openapi), which needs neither secret nor token and so cannot invalidate anyone's.
 */
let cloudApi: WechatApi | null = null

/** Called once by the cloud-function transport, before the first invocation. */
export function useCloudWechatApi(api: WechatApi): void {
  cloudApi = api
}

/** 云调用 inside a cloud function; else the HTTPS API when WECHAT_APPID and WECHAT_SECRET are set; else none. */
export function wechatApiFromEnv(env: Env): WechatApi | null {
  if (cloudApi) return cloudApi
  const { WECHAT_APPID: appId, WECHAT_SECRET: secret } = env
  return appId && secret ? createWechatApi({ appId, secret }) : null
}
