import Taro from '@tarojs/taro'
import { isWechatBrowser, readWechatReturn, stateFromBytes, wechatAuthorizeUrl, withoutWechatParams } from '../domain/account/wechat-web-auth'
import { t } from '../i18n/translate'
import { useSessionStore } from '../stores/session-store'
import { call } from './api-client'
import { ApiError, toApiError } from './api-error'

/** Kept for this tab only: the state WeChat must send back, and the page to open again after signing in. */
const STATE_KEY = 'tuoyu.wechatWeb.state'
const RETURN_KEY = 'tuoyu.wechatWeb.return'

/** H5 running in WeChat's built-in browser, where web authorisation works. */
export function inWechatBrowser(): boolean {
  return process.env.TARO_ENV === 'h5' && typeof navigator !== 'undefined' && isWechatBrowser(navigator.userAgent)
}

/**
 * Leaves for WeChat's authorisation page with a fresh random state. WeChat comes back to the app's address
 * (without the hash route, which it would mangle) with `code` and `state` in the query.
 */
export function startWechatWebSignIn(appId: string): void {
  const state = stateFromBytes(crypto.getRandomValues(new Uint8Array(16)))
  sessionStorage.setItem(STATE_KEY, state)
  sessionStorage.setItem(RETURN_KEY, window.location.hash)
  const { origin, pathname, search } = window.location
  window.location.assign(wechatAuthorizeUrl(appId, `${origin}${pathname}${withoutWechatParams(search)}`, state))
}

/**
 * On launch, after WeChat sent the person back: strips `code` and `state` from the address whatever happens,
 * exchanges the code only when the state is the one this tab kept, then opens the page they started from.
 */
export async function finishWechatWebSignIn(): Promise<void> {
  if (process.env.TARO_ENV !== 'h5') return
  const back = readWechatReturn(window.location.search, sessionStorage.getItem(STATE_KEY))
  if (back.kind === 'none') return
  const returnTo = sessionStorage.getItem(RETURN_KEY) ?? ''
  sessionStorage.removeItem(STATE_KEY)
  sessionStorage.removeItem(RETURN_KEY)
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${withoutWechatParams(window.location.search)}${window.location.hash}`)
  if (back.kind === 'mismatch') {
    void Taro.showToast({ title: t('account.ui.wechatWebRefused'), icon: 'none' })
    return
  }
  try {
    useSessionStore.getState().signIn(await call('account', 'wechatWebLogin', { code: back.code }))
  } catch (error) {
    void Taro.showToast({ title: toApiError(error, () => new ApiError('NETWORK', t('errors.NETWORK'))).message, icon: 'none' })
    return
  }
  if (returnTo.startsWith('#/pages/')) void Taro.reLaunch({ url: returnTo.slice(1) })
}
