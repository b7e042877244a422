import { readWechatReturn } from '../domain/account/wechat-web-auth'

/**
 * Back from WeChat's web authorisation, the address carries a code. Only then does the sign-in code load:
 * it brings Taro's toast and modal along, which no other launch needs before the first page.
 */
export function resumeWechatWebSignIn(): void {
  if (readWechatReturn(window.location.search, null).kind === 'none') return
  void import('./wechat-web-sign-in').then(({ finishWechatWebSignIn }) => finishWechatWebSignIn())
}
