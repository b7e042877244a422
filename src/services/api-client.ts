import Taro from '@tarojs/taro'
import type { PhotoUpload } from '../domain/complaints/complaint-schema'
import type { ActionInput, ActionName, ActionOutput, ActionSpec, FunctionName } from '../domain/contract'
import { ERROR_CODES, type ErrorCode } from '../domain/shared/error-codes'
import { isRetrySafe } from '../domain/shared/retry-safe-actions'
import { currentLocale, t } from '../i18n/translate'
import { currentToken, useSessionStore } from '../stores/session-store'
import { ApiError } from './api-error'
import { apiSchemasReady, loadApiSchemas } from './contract-loader'

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
/** A compressed photo is well under 2 MB, but a phone on a weak signal sends it slowly. */
const UPLOAD_TIMEOUT_MS = 60_000
const PHOTO_UPLOAD_PATH = '/api/upload/complaint-photo'

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

const isAccepted = (envelope: unknown): envelope is { ok: true; data: unknown } =>
  typeof envelope === 'object' && envelope !== null && (envelope as { ok?: unknown }).ok === true

function unwrap(envelope: unknown): unknown {
  if (typeof envelope !== 'object' || envelope === null || !('ok' in envelope)) throw networkError()
  const body = envelope as { ok: unknown; data?: unknown; error?: { code?: unknown; message?: unknown; field?: unknown } }
  if (body.ok === true) return body.data
  const code = body.error?.code
  if (!isErrorCode(code)) throw new ApiError('INTERNAL', t('errors.INTERNAL'))
  if (code === 'UNAUTHENTICATED') useSessionStore.getState().signOut()
  const message = typeof body.error?.message === 'string' && body.error.message !== '' ? body.error.message : t(`errors.${code}`)
  throw new ApiError(code, message, typeof body.error?.field === 'string' ? body.error.field : undefined)
}

function parseBody(data: unknown): unknown {
  if (typeof data !== 'string') return data
  try {
    return JSON.parse(data)
  } catch {
    throw networkError()
  }
}

function authHeader(): Record<string, string> {
  const token = currentToken()
  return token ? { Authorization: `Bearer ${token}` } : {}
}

/**
 * A name for the photo in cloud storage that another parent cannot guess in the seconds before the complaints
 * function deletes it. Engines without `crypto` (older WeChat) fall back to Math.random: weaker, and the
 * window it guards is short.
 */
function randomFileName(): string {
  const bytes = new Uint8Array(16)
  if (typeof crypto !== 'undefined' && typeof crypto.getRandomValues === 'function') crypto.getRandomValues(bytes)
  else for (let i = 0; i < bytes.length; i += 1) bytes[i] = Math.floor(Math.random() * 256)
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}

/**
 * Sends one photo file, already compressed on the phone, in one request and returns the ticket
 * `complaints.submit` takes: on WeChat cloud to cloud storage (`wx.cloud.uploadFile`), whence the complaints
 * function takes it; elsewhere to the server as multipart. Either way the server re-encodes it and deletes
 * the file it received, and the database never holds the original bytes.
 */
export async function uploadComplaintPhoto(filePath: string): Promise<PhotoUpload> {
  const { CLOUD_PHOTO_FOLDER, photoUploadOutputSchema } = await loadApiSchemas()
  if (useCloud()) {
    initCloud()
    const uploaded = await Taro.cloud.uploadFile({ cloudPath: `${CLOUD_PHOTO_FOLDER}/${randomFileName()}.jpg`, filePath }).catch(() => {
      throw networkError()
    })
    return call('complaints', 'claimCloudPhoto', { fileId: uploaded.fileID })
  }
  const response = await Taro.uploadFile({
    url: `${API_BASE}${PHOTO_UPLOAD_PATH}`,
    filePath,
    name: 'file',
    fileName: 'photo.jpg',
    header: authHeader(),
    timeout: UPLOAD_TIMEOUT_MS
  }).catch(() => {
    throw networkError()
  })
  const photo = photoUploadOutputSchema.safeParse(unwrap(parseBody(response.data)))
  if (!photo.success) throw new ApiError('INTERNAL', t('errors.INTERNAL'))
  return photo.data
}

async function specOf(fn: FunctionName, action: string): Promise<ActionSpec | undefined> {
  const { contract } = await loadApiSchemas()
  return (contract[fn] as Record<string, ActionSpec>)[action]
}

async function send(fn: FunctionName, action: string, input: unknown): Promise<unknown> {
  if (useCloud()) {
    initCloud()
    const response = await Taro.cloud.callFunction({ name: fn, data: { action, input, locale: currentLocale() } }).catch(() => {
      throw networkError()
    })
    return (response as { result?: unknown }).result
  }
  // The server answers errors in the app's language.
  const header: Record<string, string> = { 'content-type': 'application/json', 'x-locale': currentLocale(), ...authHeader() }
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

/** One send, and for a call that may be repeated (see retry-safe-actions) one more when it got no answer. */
function deliver(fn: FunctionName, action: string, input: unknown): Promise<unknown> {
  return send(fn, action, input).catch(async (error: unknown) => {
    if (!(error instanceof ApiError && error.code === 'NETWORK') || !isRetrySafe(fn, action, input)) throw error
    // Once, after a pause with jitter: a burst that overflowed the server's queue does not come back as one.
    await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS * (1 + Math.random())))
    return send(fn, action, input)
  })
}

/** The client's own check of an input: the form's message and field when it fails. */
async function checkedInput(fn: FunctionName, action: string, input: unknown): Promise<unknown> {
  const spec = await specOf(fn, action)
  if (!spec) throw new ApiError('UNKNOWN_ACTION', t('errors.UNKNOWN_ACTION'))
  const parsed = spec.input.safeParse(input)
  if (!parsed.success) {
    const { describeInvalidInput } = await loadApiSchemas()
    const { field, message } = describeInvalidInput(parsed.error, input)
    throw new ApiError('INVALID_INPUT', message, field)
  }
  return parsed.data
}

export async function call<F extends FunctionName, A extends ActionName<F>>(
  fn: F,
  action: A,
  input: ActionInput<F, A>
): Promise<ActionOutput<F, A>> {
  // On H5 the schemas come as a chunk of their own, and building them is one of the longest tasks of a first
  // visit. A call safe to send twice (a read, a write that lands the same) does not wait for them: the server
  // checks the input with the same schemas, so an answer it accepted is used as it is. Only a refusal waits
  // for the client's own check, so a bad input still gets the form's message and field; writes are checked
  // before they are sent. A visit that only reads (the finder, an institution) never loads the schemas at all.
  if (!apiSchemasReady() && isRetrySafe(fn, action, undefined)) {
    const body = await deliver(fn, action, input).catch(async (error: unknown) => {
      await checkedInput(fn, action, input)
      throw error
    })
    if (isAccepted(body)) return body.data as ActionOutput<F, A>
    await checkedInput(fn, action, input)
    return unwrap(body) as ActionOutput<F, A>
  }
  const checked = await checkedInput(fn, action, input)
  return unwrap(await deliver(fn, action, checked)) as ActionOutput<F, A>
}
