import { randomBytes, randomUUID } from 'node:crypto'
import { contract, type FunctionName } from '../../domain/contract'
import type { User } from '../../domain/account/account-schema'
import type { ActionSpec } from '../../domain/shared/action-spec'
import type { Envelope } from '../../domain/shared/envelope-schema'
import { t } from '../../i18n/translate'
import { DEFAULT_LOCALE, isLocale } from '../../i18n/locales'
import { knownUserForOpenid, userForOpenid } from '../account/account-service'
import { sessionTokens } from '../account/session-tokens'
import { createWechatGateway, type WechatGateway } from '../account/wechat-gateway'
import type { Database } from '../db/database'
import { loadConfig, type Config } from '../app/config'
import type { HandlerDependencies } from '../app/handlers'
import { complaintWechatFrom } from '../complaints/wechat-complaint-gateway'
import type { Handlers } from '../shared/service-context'
import { createServerLog, errorField, logRequest, serverLog, useServerLog, type ServerLog } from '../shared/server-log'
import { dispatch, type Api } from '../transport/dispatcher'
import { useCloudWechatApi } from '../wechat/wechat-platform'
import { openCloudDatabase } from './open-cloud-database'
import { callerOpenid, createCloudWechatApi, loadWxServerSdk, type WxCloud } from './wechat-cloud'

interface CloudFunctionOptions {
  /** The database; by default PostgreSQL from DATABASE_URL. Tests pass the embedded one. */
  openDatabase?: (config: Config) => Promise<Database>
  wechatGateway?: WechatGateway
  /** Where request lines and failures go; by default stdout at the configured LOG_LEVEL. */
  log?: ServerLog
  now?: () => Date
  /** wx-server-sdk; tests pass a stand-in for its 云调用, which would reach Tencent's servers. */
  cloud?: WxCloud
}

export type CloudFunctionMain = (event: unknown, context: unknown) => Promise<Envelope<unknown>>

const internal = (): Envelope<never> => ({ ok: false, error: { code: 'INTERNAL', message: t('errors.INTERNAL') } })

function requestIdOf(context: unknown): string {
  const id = typeof context === 'object' && context !== null ? (context as { request_id?: unknown }).request_id : undefined
  return typeof id === 'string' && id !== '' ? id : randomUUID()
}

/**
 * One WeChat cloud function: `main(event, context)` dispatches `{ action, input }` from the mini-program's
 * `wx.cloud.callFunction({ name, data })` to function `fn`'s handlers, as the caller whose OPENID the
 * platform vouches for in the invocation's WX_ variables (callerOpenid; a parent account is made on first sight
 * by an action that is not public), in the hat they chose with account.switchHat while that membership is live.
 * The database is opened once per warm
 * instance and reused. Each entry names only its own handlers, so its bundle carries only their code.
 */
export function createCloudFunction<F extends FunctionName>(
  fn: F,
  handlersFor: (deps: HandlerDependencies) => Handlers<F>,
  options: CloudFunctionOptions = {}
): CloudFunctionMain {
  const log = () => options.log ?? serverLog()
  const now = options.now ?? (() => new Date())
  const { cloud } = options
  const loadCloud = cloud ? () => Promise.resolve(cloud) : loadWxServerSdk
  const open = options.openDatabase ?? openCloudDatabase
  // Read at the first call, not at import: the platform sets the environment before it calls main.
  let prepared: { config: Config; api: Api } | undefined
  const prepare = () => {
    const config = loadConfig(process.env)
    // Subscribe messages and content checks go by 云调用 here: no AppSecret, no access token to fight over.
    useCloudWechatApi(createCloudWechatApi(loadCloud))
    if (!options.log) useServerLog(createServerLog({ level: config.logLevel }))
    const handlers = handlersFor({
      // Identity here is the OPENID, not a token; tokens from wechatLogin are for the HTTP API and only
      // verify there when both share SESSION_SECRET.
      sessions: sessionTokens(config.sessionSecret ?? randomBytes(32).toString('hex')),
      wechat: options.wechatGateway ?? createWechatGateway(config.wechat),
      // A development sign-in has nothing to sign into here, and its token must never reach the HTTP API.
      devLoginAllowed: () => false,
      complaintWechat: complaintWechatFrom(config.wechat),
      mapTiles: config.mapTiles
    })
    return { config, api: { contract: { [fn]: contract[fn] }, handlers: { [fn]: handlers } } }
  }
  let database: Promise<Database> | undefined

  /** Answers one call; returns the envelope and the caller, for the request line. */
  async function answer(event: unknown, context: unknown, requestId: string): Promise<{ envelope: Envelope<unknown>; user: User | null }> {
    const call = typeof event === 'object' && event !== null ? (event as { action?: unknown; input?: unknown; locale?: unknown }) : {}
    let db: Database
    let api: Api
    try {
      prepared ??= prepare()
      api = prepared.api
      database ??= open(prepared.config)
      db = await database
    } catch (error) {
      // Forget the failure so the next invocation tries again (the database may be back, or configured).
      database = undefined
      log().error({ requestId, fn, error: error instanceof Error ? error.message : String(error) }, 'cloud function cannot open its database')
      return { envelope: internal(), user: null }
    }
    const at = now()
    let user: User | null = null
    const openid = callerOpenid()
    try {
      // A public action only reads who is calling: browsing writes nothing; the account appears with the
      // first action that needs one.
      const actions: Readonly<Record<string, ActionSpec>> = contract[fn]
      const isPublic = typeof call.action === 'string' && Object.hasOwn(actions, call.action) && actions[call.action]?.access.kind === 'public'
      user = !openid ? null : isPublic ? await knownUserForOpenid(db, openid) : await userForOpenid(db, openid)
    } catch (error) {
      log().error({ requestId, fn, error: errorField(error) }, 'cloud function cannot identify its caller')
      return { envelope: internal(), user: null }
    }
    return { envelope: await dispatch(api, { fn, action: call.action, input: call.input ?? {} }, { db, user, now: at, locale: isLocale(call.locale) ? call.locale : DEFAULT_LOCALE, viaCloudFunction: true }, { requestId, log: log() }), user }
  }

  return async function main(event, context) {
    const requestId = requestIdOf(context)
    const started = performance.now()
    const { envelope, user } = await answer(event, context, requestId)
    const action = typeof event === 'object' && event !== null ? (event as { action?: unknown }).action : undefined
    const status = envelope.ok ? 'OK' : envelope.error.code
    logRequest(log(), { requestId, transport: 'cloud_function', fn, action, status, durationMs: performance.now() - started, role: user?.role ?? 'anonymous' })
    return envelope
  }
}
