import Taro from '@tarojs/taro'
import { contract, type ActionInput, type ActionName, type ActionOutput, type ActionSpec, type FunctionName } from '../domain/contract'
import { ERROR_CODES, type ErrorCode } from '../domain/shared/error-codes'
import { isRetrySafe } from '../domain/shared/retry-safe-actions'
import { t } from '../i18n/translate'
import { currentToken, useSessionStore } from '../stores/session-store'
import { ApiError } from './api-error'

export { ApiError } from './api-error'

/**
 * The one door to the API. On weapp with a cloud environment configured it calls the cloud function; everywhere
 * else it posts to the HTTP server. Both answer with the same envelope, so callers see one shape: the data,
 * or an ApiError whose message a parent can read.
 */
const CLOUD_ENV = process.env.TARO_APP_CLOUD_ENV
const API_BASE = process.env.TARO_APP_API_BASE ?? ''
const REQUEST_TIMEOUT_MS = 15_000
/** Before the one retry of a call that got no answer (see retry-safe-actions). */
const RETRY_DELAY_MS = 300

const useCloud = (): boolean => process.env.TARO_ENV === 'weapp' && Boolean(CLOUD_ENV)

let cloudReady = false

/** Connects to the cloud environment once, at launch, when the mini-program runs on WeChat cloud. */
export function initCloud(): void {
  if (!useCloud() || cloudReady) return
  Taro.cloud.init({ env: CLOUD_ENV })
  cloudReady = true
}

const isErrorCode = (code: unknown): code is ErrorCode => typeof code === 'string' && (ERROR_CODES as readonly string[]).includes(code)

const networkError = () => new ApiError('NETWORK', t('errors.NETWORK'))

function unwrap(envelope: unknown): unknown {
  if (typeof envelope !== 'object' || envelope === null || !('ok' in envelope)) throw networkError()
  const body = envelope as { ok: unknown; data?: unknown; error?: { code?: unknown; message?: unknown } }
  if (body.ok === true) return body.data
  const code = body.error?.code
  if (!isErrorCode(code)) throw new ApiError('INTERNAL', t('errors.INTERNAL'))
  if (code === 'UNAUTHENTICATED') useSessionStore.getState().signOut()
  const message = typeof body.error?.message === 'string' && body.error.message !== '' ? body.error.message : t(`errors.${code}`)
  throw new ApiError(code, message)
}

function specOf(fn: FunctionName, action: string): ActionSpec | undefined {
  return (contract[fn] as Record<string, ActionSpec>)[action]
}

async function send(fn: FunctionName, action: string, input: unknown): Promise<unknown> {
  if (useCloud()) {
    initCloud()
    const response = await Taro.cloud.callFunction({ name: fn, data: { action, input } }).catch(() => {
      throw networkError()
    })
    return (response as { result?: unknown }).result
  }
  const token = currentToken()
  const header: Record<string, string> = { 'content-type': 'application/json' }
  if (token) header.Authorization = `Bearer ${token}`
  const response = await Taro.request({
    url: `${API_BASE}/api/${fn}/${action}`,
    method: 'POST',
    data: input as Record<string, unknown>,
    header,
    timeout: REQUEST_TIMEOUT_MS
  }).catch(() => {
    throw networkError()
  })
  return response.data
}

export async function call<F extends FunctionName, A extends ActionName<F>>(
  fn: F,
  action: A,
  input: ActionInput<F, A>
): Promise<ActionOutput<F, A>> {
  const spec = specOf(fn, action)
  if (!spec) throw new ApiError('UNKNOWN_ACTION', t('errors.UNKNOWN_ACTION'))
  const parsed = spec.input.safeParse(input)
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path.join('.') ?? ''
    throw new ApiError('INVALID_INPUT', t('errors.INVALID_INPUT', { field }))
  }
  const body = await send(fn, action, parsed.data).catch(async (error: unknown) => {
    if (!(error instanceof ApiError && error.code === 'NETWORK') || !isRetrySafe(fn, action, parsed.data)) throw error
    // Once, after a pause with jitter: a burst that overflowed the server's queue does not come back as one.
    await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS * (1 + Math.random())))
    return send(fn, action, parsed.data)
  })
  return unwrap(body) as ActionOutput<F, A>
}
