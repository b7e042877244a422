import '../../i18n/zh-cn-pages/validation'
import { randomUUID } from 'node:crypto'
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { User } from '../../domain/account/account-schema'
import { contract } from '../../domain/contract'
import type { Envelope } from '../../domain/shared/envelope-schema'
import type { ErrorCode } from '../../domain/shared/error-codes'
import { DEFAULT_RATE_LIMITS, type RateLimits } from '../../domain/shared/rate-limit-rules'
import { DEFAULT_LOCALE, isLocale, type Locale } from '../../i18n/locales'
import { t, type MessageKey } from '../../i18n/translate'
import { callerForToken } from '../account/session-service'
import { sessionTokens } from '../account/session-tokens'
import type { SmsGateway } from '../account/sms-gateway'
import { createWechatGateway, createWechatWebGateway, type WechatGateway, type WechatWebGateway } from '../account/wechat-gateway'
import type { WechatConfig } from '../app/config'
import { createHandlers } from '../app/handlers'
import { photoUploadQuota } from '../complaints/photo-upload-quota'
import { alertWechatFrom } from '../following/wechat-alert-gateway'
import { complaintWechatFrom } from '../complaints/wechat-complaint-gateway'
import type { Database } from '../db/database'
import type { SessionRef } from '../shared/service-context'
import { errorField, logRequest, serverLog, type ServerLog } from '../shared/server-log'
import { isValidatedRecord } from '../shared/validated-values'
import { dispatch, httpStatusFor, type Api } from './dispatcher'
import { databaseAnswers } from './health-repository'
import { buildOpenApiDocument } from './openapi-document'
import { discardRest, MAX_BODY_BYTES, readJsonBody } from './request-body'
import { createRateLimiter } from './rate-limiter'
import { serveOpenData } from './open-data-route'
import { API_SECURITY_HEADERS, appSecurityHeaders } from './security-headers'
import { tileOrigins, type MapTiles } from '../../domain/finder/map-tiles-schema'
import { defaultUploadDir, PHOTO_UPLOAD_PATH, receivePhotoUpload } from './photo-upload-route'
import { serveStatic } from './static-files'

interface ServerOptions {
  db: Database
  /** The built H5 app (dist/h5); without it only the API is served. */
  staticDir?: string
  /** Signs session tokens; see resolveSessionSecret. */
  sessionSecret: string
  /** Development sign-in (the configuration's devLogin); off unless asked for. */
  devLogin?: boolean
  /** The mini-program's credentials (app/config.ts); without them WeChat sign-in and messages are off. */
  wechat?: Partial<WechatConfig>
  /** code2Session; by default the real one, configured from `wechat`. */
  wechatGateway?: WechatGateway
  /**
   * Sends SMS sign-in codes; null or absent turns SMS sign-in off. The server entry passes the configured one
   * (account/sms-gateway.ts); tests pass a fake here, the one seam no production path reaches.
   */
  smsGateway?: SmsGateway | null
  /** The official account's web authorisation; by default the real one when `wechatOfficialAccount` is given. */
  wechatWebGateway?: WechatWebGateway | null
  wechatOfficialAccount?: { appId: string; secret: string } | null
  /** The clock handlers see; tests fix it. */
  now?: () => Date
  /** Where request lines and failures go; the process's log by default. */
  log?: ServerLog
  /** Allowances per client for costly actions (see rate-limit-rules); null turns them off. Defaults apply when absent. */
  rateLimits?: RateLimits | null
  /** The temporary file store photos stream to before re-encoding; by default under the OS temporary directory. */
  uploadDir?: string
  /** The H5 map's tiles (app/config.ts); without them H5 has no map. */
  mapTiles?: MapTiles | null
}

/**
 * Idle keep-alive connections are kept longer than browsers and WeChat's client keep theirs, so a client never
 * reuses a connection the server has just closed (that race answers with a reset, not a status).
 */
const KEEP_ALIVE_MS = 65_000
const HEADERS_TIMEOUT_MS = 20_000
const REQUEST_TIMEOUT_MS = 60_000
/** A 5 MB registry export as base64 (4/3 of it) with room for the JSON around it. */
const IMPORT_BODY_BYTES = 7 * 1024 * 1024

const ACTION_PATH = /^\/api\/([A-Za-z][A-Za-z0-9]*)\/([A-Za-z][A-Za-z0-9]*)$/
const API_INFO = { title: '托育通 API', version: '1' }

function writeJsonHead(res: ServerResponse, status: number, byteLength: number, headers: Record<string, string>): void {
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': byteLength,
    'Cache-Control': 'no-store',
    ...API_SECURITY_HEADERS,
    ...headers
  })
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body)
  writeJsonHead(res, status, Buffer.byteLength(text), headers)
  res.end(text)
}

/**
 * Answers whose data is a record nobody mutates (a cached institution page, see validated-values.ts) are
 * encoded once and the same bytes sent to every caller: encoding a page costs more than the rest of its request.
 * Kept for as long as the record itself is.
 */
const encodedAnswers = new WeakMap<object, Buffer>()

function sendEnvelope(res: ServerResponse, status: number, envelope: Envelope<unknown>, headers: Record<string, string>): void {
  if (!envelope.ok || !isValidatedRecord(envelope.data)) return sendJson(res, status, envelope, headers)
  let bytes = encodedAnswers.get(envelope.data)
  if (!bytes) encodedAnswers.set(envelope.data, (bytes = Buffer.from(JSON.stringify(envelope))))
  writeJsonHead(res, status, bytes.length, headers)
  res.end(bytes)
}

/**
 * The 413 goes out whole at once, so a client still sending can read it; the connection closes only once the
 * rest of the body is read and thrown away (or too much of it came), since closing on unread data resets it.
 */
async function sendTooLarge(req: IncomingMessage, res: ServerResponse, headers: Record<string, string>): Promise<void> {
  const text = JSON.stringify(errorEnvelope('PAYLOAD_TOO_LARGE'))
  writeJsonHead(res, httpStatusFor('PAYLOAD_TOO_LARGE'), Buffer.byteLength(text), { ...headers, Connection: 'close' })
  res.write(text)
  const drained = await discardRest(req)
  res.end()
  if (!drained) req.socket.destroy()
}

function errorEnvelope(code: ErrorCode): Envelope<never> {
  return { ok: false, error: { code, message: t(`errors.${code}` as MessageKey) } }
}

function sendError(res: ServerResponse, code: ErrorCode, headers: Record<string, string> = {}): void {
  sendJson(res, httpStatusFor(code), errorEnvelope(code), headers)
}

/** The language the app asks its answers in (the api client sends it on every call); Chinese otherwise. */
function requestLocale(req: IncomingMessage): Locale {
  const asked = req.headers['x-locale']
  return isLocale(asked) ? asked : DEFAULT_LOCALE
}

function sendNotJson(res: ServerResponse, headers: Record<string, string>): void {
  const message = t('errors.INVALID_INPUT', { field: t('validation.notJson') })
  sendJson(res, 400, { ok: false, error: { code: 'INVALID_INPUT', message } }, headers)
}

function methodNotAllowed(res: ServerResponse, allow: string): void {
  // No error code fits "wrong HTTP method" better than an unknown action: the action is not offered that way.
  sendJson(res, 405, errorEnvelope('UNKNOWN_ACTION'), { Allow: allow })
}

function bearerToken(req: IncomingMessage): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '')
  return match?.[1] ?? null
}

/**
 * The HTTP transport: `POST /api/{function}/{action}` with a JSON body, answered with the envelope;
 * `GET /api/openapi.json` and `GET /api/health`; open data under /open-data and /open311/v2 (open-data-route.ts);
 * everything else is the H5 app from `staticDir`.
 */
export function createServer(options: ServerOptions): Server {
  const { db } = options
  const now = options.now ?? (() => new Date())
  const log = () => options.log ?? serverLog()
  const sessions = sessionTokens(options.sessionSecret)
  const wechatConfig = options.wechat ?? {}
  const api: Api = {
    contract,
    handlers: createHandlers({
      sessions,
      wechat: options.wechatGateway ?? createWechatGateway(wechatConfig),
      devLoginAllowed: () => options.devLogin ?? false,
      sms: options.smsGateway ?? null,
      wechatWeb: options.wechatWebGateway ?? (options.wechatOfficialAccount ? createWechatWebGateway(options.wechatOfficialAccount) : null),
      wechatWebAppId: options.wechatOfficialAccount?.appId ?? null,
      complaintWechat: complaintWechatFrom(wechatConfig),
      alertWechat: alertWechatFrom(wechatConfig),
      mapTiles: options.mapTiles ?? null
    })
  }
  const appHeaders = appSecurityHeaders(options.mapTiles ? tileOrigins(options.mapTiles) : [])
  const limits = options.rateLimits === undefined ? DEFAULT_RATE_LIMITS : options.rateLimits
  const limiter = limits ? createRateLimiter(limits) : null
  let openApiText: string | undefined

  async function caller(req: IncomingMessage, at: Date): Promise<{ user: User; session: SessionRef } | null> {
    const token = bearerToken(req)
    // A stale, ended or forged token makes the caller anonymous: public actions still work, the rest answer 401.
    return token ? callerForToken(db, sessions, token, at) : null
  }

  /**
   * The body a call may send. Only a registry import carries a file (base64, up to the importer's 5 MB), and
   * only for a signed-in regulator: anyone else is held to the usual limit before a byte of it is kept.
   */
  async function bodyLimit(req: IncomingMessage, fn: string, action: string): Promise<number> {
    if (fn !== 'registry' || action !== 'importFilings') return MAX_BODY_BYTES
    const signedIn = await caller(req, now())
    return signedIn?.user.role === 'regulator' ? IMPORT_BODY_BYTES : MAX_BODY_BYTES
  }

  /** Answers one action call; returns what the request line reports: the status and the caller's role. */
  async function answerAction(req: IncomingMessage, res: ServerResponse, fn: string, action: string, requestId: string): Promise<{ status: string; user: User | null }> {
    const headers = { 'X-Request-Id': requestId }
    if (req.method !== 'POST') {
      methodNotAllowed(res, 'POST')
      return { status: 'UNKNOWN_ACTION', user: null }
    }
    const body = await readJsonBody(req, await bodyLimit(req, fn, action))
    if (body.kind === 'too_large') {
      await sendTooLarge(req, res, headers)
      return { status: 'PAYLOAD_TOO_LARGE', user: null }
    }
    if (body.kind === 'not_json') {
      sendNotJson(res, headers)
      return { status: 'INVALID_INPUT', user: null }
    }
    const at = now()
    const signedIn = await caller(req, at)
    const user = signedIn?.user ?? null
    // Signed-in callers are counted by account, others by address: one phone's family shares no allowance.
    const wait = limiter?.take(fn, action, user ? `user:${user.id}` : `addr:${req.socket.remoteAddress ?? ''}`, Date.now()) ?? 0
    if (wait > 0) {
      sendError(res, 'RATE_LIMITED', { ...headers, 'Retry-After': String(wait) })
      return { status: 'RATE_LIMITED', user }
    }
    const envelope = await dispatch(api, { fn, action, input: body.value }, { db, user, now: at, locale: requestLocale(req), session: signedIn?.session ?? null }, { requestId, log: log() })
    sendEnvelope(res, envelope.ok ? 200 : httpStatusFor(envelope.error.code), envelope, headers)
    return { status: envelope.ok ? 'OK' : envelope.error.code, user }
  }

  async function handleAction(req: IncomingMessage, res: ServerResponse, fn: string, action: string, requestId: string) {
    const started = performance.now()
    let answered: { status: string; user: User | null } = { status: 'INTERNAL', user: null }
    try {
      answered = await answerAction(req, res, fn, action, requestId)
    } finally {
      const { status, user } = answered
      logRequest(log(), { requestId, transport: 'http', fn, action, status, durationMs: performance.now() - started, role: user?.role ?? 'anonymous' })
    }
  }

  async function handlePhotoUpload(req: IncomingMessage, res: ServerResponse, requestId: string) {
    const headers: Record<string, string> = { 'X-Request-Id': requestId }
    if (req.method !== 'POST') return methodNotAllowed(res, 'POST')
    const started = performance.now()
    const at = now()
    const user = (await caller(req, at))?.user ?? null
    // The upload route is the self-hosted twin of complaints.claimCloudPhoto, so both draw on one 'uploads' allowance.
    const wait = limiter?.take('complaints', 'claimCloudPhoto', user ? `user:${user.id}` : `addr:${req.socket.remoteAddress ?? ''}`, Date.now()) ?? 0
    if (wait > 0) {
      req.resume()
      sendError(res, 'RATE_LIMITED', { ...headers, 'Retry-After': String(wait), Connection: 'close' })
      logRequest(log(), { requestId, transport: 'http', fn: 'upload', action: 'complaint-photo', status: 'RATE_LIMITED', durationMs: performance.now() - started, role: user?.role ?? 'anonymous' })
      return
    }
    const answer = await receivePhotoUpload(req, { db, user, now: at, quota: photoUploadQuota, uploadDir: options.uploadDir ?? defaultUploadDir() })
    sendJson(res, answer.status, answer.envelope, answer.close ? { ...headers, Connection: 'close' } : headers)
    const status = answer.envelope.ok ? 'OK' : answer.envelope.error.code
    logRequest(log(), { requestId, transport: 'http', fn: 'upload', action: 'complaint-photo', status, durationMs: performance.now() - started, role: user?.role ?? 'anonymous' })
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost')
    const requestId = randomUUID()
    const readOnly = req.method === 'GET' || req.method === 'HEAD'
    if (url.pathname === '/api/health') {
      if (!readOnly) return methodNotAllowed(res, 'GET, HEAD')
      const healthy = await databaseAnswers(db)
      return sendJson(res, healthy ? 200 : 503, healthy ? { ok: true, data: { status: 'ok', database: db.kind } } : errorEnvelope('INTERNAL'))
    }
    if (url.pathname === '/api/openapi.json') {
      if (!readOnly) return methodNotAllowed(res, 'GET, HEAD')
      openApiText ??= JSON.stringify(buildOpenApiDocument(contract, API_INFO))
      res.writeHead(200, {
        'Content-Type': 'application/json; charset=utf-8',
        'Cache-Control': 'no-cache',
        'Content-Length': Buffer.byteLength(openApiText),
        ...API_SECURITY_HEADERS
      })
      return void res.end(req.method === 'HEAD' ? undefined : openApiText)
    }
    if (url.pathname === PHOTO_UPLOAD_PATH) return handlePhotoUpload(req, res, requestId)
    if (await serveOpenData(req, res, db, url, now())) return
    const action = ACTION_PATH.exec(url.pathname)
    if (action?.[1] && action[2]) return handleAction(req, res, action[1], action[2], requestId)
    if (url.pathname === '/api' || url.pathname.startsWith('/api/')) return sendError(res, 'UNKNOWN_ACTION', { 'X-Request-Id': requestId })
    if (!readOnly) return methodNotAllowed(res, 'GET, HEAD')
    if (!options.staticDir) return sendError(res, 'NOT_FOUND')
    return serveStatic(req, res, options.staticDir, url.pathname, appHeaders)
  }

  return createHttpServer(
    { keepAliveTimeout: KEEP_ALIVE_MS, headersTimeout: HEADERS_TIMEOUT_MS, requestTimeout: REQUEST_TIMEOUT_MS },
    (req, res) => {
      handle(req, res).catch((error: unknown) => {
        log().error({ method: req.method, error: errorField(error) }, 'request failed')
        if (!res.headersSent) sendError(res, 'INTERNAL')
        else res.destroy()
      })
    }
  )
}
