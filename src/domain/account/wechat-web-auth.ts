/**
 * WeChat web authorisation (网页授权, snsapi_base) for H5 inside WeChat's browser: the address that sends the
 * person to WeChat, and reading what WeChat sends back. `state` is a random value this browser made before
 * leaving and must come back unchanged, so a code planted in a link (login CSRF) is not taken.
 */

/** WeChat's built-in browser names itself in the user agent; other browsers cannot do web authorisation. */
export function isWechatBrowser(userAgent: string): boolean {
  return /MicroMessenger/i.test(userAgent)
}

/** The official account's authorize address, as WeChat's web authorisation documentation spells it. */
export function wechatAuthorizeUrl(appId: string, redirectUri: string, state: string): string {
  const query = [`appid=${encodeURIComponent(appId)}`, `redirect_uri=${encodeURIComponent(redirectUri)}`, 'response_type=code', 'scope=snsapi_base', `state=${encodeURIComponent(state)}`]
  return `https://open.weixin.qq.com/connect/oauth2/authorize?${query.join('&')}#wechat_redirect`
}

/** State values are 32 hex characters from 16 random bytes; anything else never matches. */
export function stateFromBytes(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}

export type WechatReturn = { kind: 'none' } | { kind: 'code'; code: string } | { kind: 'mismatch' }

/**
 * What the query WeChat appended says: nothing to do, a code to exchange (its state is the one this browser
 * kept), or a mismatch (no kept state, or another one), which must not be exchanged.
 */
export function readWechatReturn(search: string, keptState: string | null): WechatReturn {
  const params = new URLSearchParams(search)
  const code = params.get('code')
  if (!code) return { kind: 'none' }
  const state = params.get('state')
  if (!keptState || state !== keptState) return { kind: 'mismatch' }
  return { kind: 'code', code }
}

/** The query without WeChat's code and state, so a reload or a shared address does not carry them. */
export function withoutWechatParams(search: string): string {
  const params = new URLSearchParams(search)
  params.delete('code')
  params.delete('state')
  const rest = params.toString()
  return rest ? `?${rest}` : ''
}
