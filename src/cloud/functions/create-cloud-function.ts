import { randomBytes, randomUUID } from 'node:crypto'
import { contract, type FunctionName } from '../../domain/contract'
import type { Envelope } from '../../domain/shared/envelope-schema'
import { t } from '../../i18n/translate'
import { userForOpenid } from '../account/account-service'
import { sessionTokens } from '../account/session-tokens'
import { createWechatGateway, type WechatGateway } from '../account/wechat-gateway'
import type { Database } from '../db/database'
import type { HandlerDependencies } from '../handlers'
import type { Handlers } from '../shared/service-context'
import { consoleLogger, dispatch, type Api, type DispatchLogger } from '../transport/dispatcher'
import { openCloudDatabase } from './open-cloud-database'
import { callerOpenid } from './wechat-caller'

interface CloudFunctionOptions {
  /** The database; by default PostgreSQL from DATABASE_URL. Tests pass the embedded one. */
  openDatabase?: () => Promise<Database>
  wechatGateway?: WechatGateway
  logger?: DispatchLogger
  now?: () => Date
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
 * platform vouches for (a parent account is made on first sight). The database is opened once per warm
 * instance and reused. Each entry names only its own handlers, so its bundle carries only their code.
 */
export function createCloudFunction<F extends FunctionName>(
  fn: F,
  handlersFor: (deps: HandlerDependencies) => Handlers<F>,
  options: CloudFunctionOptions = {}
): CloudFunctionMain {
  const logger = options.logger ?? consoleLogger
  const now = options.now ?? (() => new Date())
  const handlers = handlersFor({
    // Identity here is the OPENID, not a token; tokens from wechatLogin are for the HTTP API and only
    // verify there when both share SESSION_SECRET.
    sessions: sessionTokens(process.env.SESSION_SECRET || randomBytes(32).toString('hex')),
    wechat: options.wechatGateway ?? createWechatGateway({ appId: process.env.WECHAT_APPID, secret: process.env.WECHAT_SECRET }),
    // A development sign-in has nothing to sign into here, and its token must never reach the HTTP API.
    devLoginAllowed: () => false
  })
  const api: Api = { contract: { [fn]: contract[fn] }, handlers: { [fn]: handlers } }
  const open = options.openDatabase ?? (() => openCloudDatabase(process.env))
  let database: Promise<Database> | undefined

  return async function main(event, context) {
    const requestId = requestIdOf(context)
    const call = typeof event === 'object' && event !== null ? (event as { action?: unknown; input?: unknown }) : {}
    let db: Database
    try {
      database ??= open()
      db = await database
    } catch (error) {
      // Forget the failure so the next invocation tries again (the database may be back, or configured).
      database = undefined
      logger.error('cloud function cannot open its database', { requestId, fn, error: error instanceof Error ? error.message : String(error) })
      return internal()
    }
    const at = now()
    let user = null
    const openid = callerOpenid(event, context, process.env)
    try {
      user = openid ? await userForOpenid(db, openid) : null
    } catch (error) {
      logger.error('cloud function cannot identify its caller', { requestId, fn, error: error instanceof Error ? (error.stack ?? error.message) : String(error) })
      return internal()
    }
    return dispatch(api, { fn, action: call.action, input: call.input ?? {} }, { db, user, now: at }, { requestId, logger })
  }
}
