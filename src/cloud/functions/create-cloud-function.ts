import { randomBytes, randomUUID } from 'node:crypto'
import type { Contract, FunctionName } from '../../domain/contract'
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
import { alertWechatFrom } from '../following/wechat-alert-gateway'
import type { Handlers } from '../shared/service-context'
import { createLineLog, errorField, logRequest, serverLog, useServerLog, type ServerLog } from '../shared/server-log'
import { dispatch, type Api } from '../transport/dispatcher'
import { useCloudWechatApi } from '../wechat/wechat-platform'
import './cloud-catalogues'
import { openCloudDatabase } from './open-cloud-database'
import { isTimerEvent, TIMER_TRIGGERS } from './timer-trigger'
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
  /**
   * What the function does when the platform calls it on its timer trigger (TIMER_TRIGGERS), with nobody's
   * identity; returns what the request line reports. Without it a timer-shaped event is an ordinary call.
   */
  onTimer?: (job: TimerJob) => Promise<unknown>
}

/** What a timer run has to work with: no caller, no input. */
interface TimerJob {
  db: Database
  now: Date
  config: Config
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
 * instance and reused. Each entry names only its own part of the contract and its own handlers, so its bundle
 * carries only their code and schemas (a cold start evaluates every schema it bundles).
 */
export function createCloudFunction<F extends FunctionName>(
  fn: F,
  actions: Contract[F],
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
    if (!options.log) useServerLog(createLineLog({ level: config.logLevel }))
    const handlers = handlersFor({
      // Identity here is the OPENID, not a token; tokens from wechatLogin are for the HTTP API and only
      // verify there when both share SESSION_SECRET.
      sessions: sessionTokens(config.sessionSecret ?? randomBytes(32).toString('hex')),
      wechat: options.wechatGateway ?? createWechatGateway(config.wechat),
      // A development sign-in has nothing to sign into here, and its token must never reach the HTTP API.
      devLoginAllowed: () => false,
      complaintWechat: complaintWechatFrom(config.wechat),
      alertWechat: alertWechatFrom(config.wechat),
      mapTiles: config.mapTiles
    })
    return { config, api: { contract: { [fn]: actions }, handlers: { [fn]: handlers } } }
  }
  let database: Promise<Database> | undefined

  /** The configuration, handlers and database of this warm instance; null (logged) when they cannot be had. */
  async function ready(requestId: string): Promise<{ config: Config; api: Api; db: Database } | null> {
    try {
      prepared ??= prepare()
      database ??= open(prepared.config)
      return { ...prepared, db: await database }
    } catch (error) {
      // Forget the failure so the next invocation tries again (the database may be back, or configured).
      database = undefined
      log().error({ requestId, fn, error: error instanceof Error ? error.message : String(error) }, 'cloud function cannot open its database')
      return null
    }
  }

  /** One run of the timer job; a failure is logged and waits for the next tick. */
  async function runTimer(onTimer: (job: TimerJob) => Promise<unknown>, requestId: string): Promise<Envelope<unknown>> {
    const opened = await ready(requestId)
    if (!opened) return internal()
    try {
      return { ok: true, data: await onTimer({ db: opened.db, now: now(), config: opened.config }) }
    } catch (error) {
      log().error({ requestId, fn, error: errorField(error) }, 'cloud function timer run failed')
      return internal()
    }
  }

  /** Answers one call; returns the envelope and the caller, for the request line. */
  async function answer(event: unknown, openid: string | null, requestId: string): Promise<{ envelope: Envelope<unknown>; user: User | null }> {
    const call = typeof event === 'object' && event !== null ? (event as { action?: unknown; input?: unknown; locale?: unknown }) : {}
    const opened = await ready(requestId)
    if (!opened) return { envelope: internal(), user: null }
    const { api, db } = opened
    const at = now()
    let user: User | null = null
    try {
      // A public action only reads who is calling: browsing writes nothing; the account appears with the
      // first action that needs one.
      const specs: Readonly<Record<string, ActionSpec>> = actions
      const isPublic = typeof call.action === 'string' && Object.hasOwn(specs, call.action) && specs[call.action]?.access.kind === 'public'
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
    const openid = callerOpenid()
    const trigger = TIMER_TRIGGERS[fn]
    // Only the platform's own timer call comes with no OPENID: the same event sent from a mini-program carries
    // its caller's, and is answered as the ordinary (actionless) call it is.
    const timer = options.onTimer && trigger && !openid && isTimerEvent(event, trigger) ? { run: options.onTimer, name: trigger.name } : null
    const { envelope, user, action, transport } = timer
      ? { envelope: await runTimer(timer.run, requestId), user: null, action: timer.name, transport: 'cloud_timer' as const }
      : {
          ...(await answer(event, openid, requestId)),
          action: typeof event === 'object' && event !== null ? (event as { action?: unknown }).action : undefined,
          transport: 'cloud_function' as const
        }
    const status = envelope.ok ? 'OK' : envelope.error.code
    logRequest(log(), { requestId, transport, fn, action, status, durationMs: performance.now() - started, role: user?.role ?? 'anonymous' })
    return envelope
  }
}
