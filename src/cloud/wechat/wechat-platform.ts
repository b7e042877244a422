import { createWechatApi, type WechatApi } from './wechat-api-gateway'

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

/** 云调用 inside a cloud function; else the HTTPS API when the AppID and secret are configured; else none. */
export function wechatApiFrom(config: { appId?: string | undefined; secret?: string | undefined }): WechatApi | null {
  if (cloudApi) return cloudApi
  const { appId, secret } = config
  return appId && secret ? createWechatApi({ appId, secret }) : null
}
