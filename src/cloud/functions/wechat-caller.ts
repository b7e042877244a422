type Env = Readonly<Record<string, string | undefined>>

/** Per-invocation variables the runtime passes in `context`: JSON in `environment`, or `k=v;k=v` in `environ`. */
function contextVariables(context: unknown): Env {
  if (typeof context !== 'object' || context === null) return {}
  const { environment, environ } = context as { environment?: unknown; environ?: unknown }
  if (typeof environment === 'string') {
    try {
      const parsed: unknown = JSON.parse(environment)
      if (typeof parsed === 'object' && parsed !== null) {
        return Object.fromEntries(Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === 'string'))
      }
    } catch {
      return {}
    }
  }
  if (typeof environ === 'string') {
    return Object.fromEntries(
      environ
        .split(';')
        .filter((pair) => pair.includes('='))
        .map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)])
    )
  }
  return {}
}

/**
 * The calling mini-program user's OPENID, read where the WeChat cloud runtime puts it, the way
 * wx-server-sdk's getWXContext does but without the SDK (which would reach Tencent's servers): the
 * variables named in WX_CONTEXT_KEYS, from this invocation's `context` first and then the process
 * environment; failing that the `userInfo` older runtimes inject into the event. Only keys the current
 * invocation lists count, so a reused instance never lends the previous caller's identity. Null when the
 * call does not come from a mini-program user (a timer, the console).
 */
export function callerOpenid(event: unknown, context: unknown, env: Env): string | null {
  const fromContext = contextVariables(context)
  const listed = (fromContext.WX_CONTEXT_KEYS ?? env.WX_CONTEXT_KEYS ?? '').split(',')
  if (listed.includes('WX_OPENID')) {
    const openid = fromContext.WX_OPENID || env.WX_OPENID
    if (openid) return openid
  }
  if (typeof event === 'object' && event !== null) {
    const userInfo = (event as { userInfo?: unknown }).userInfo
    const openid = typeof userInfo === 'object' && userInfo !== null ? (userInfo as { openId?: unknown }).openId : undefined
    if (typeof openid === 'string' && openid !== '') return openid
  }
  return null
}
