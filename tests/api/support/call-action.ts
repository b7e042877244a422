import type { Database } from '../../../src/cloud/db/database'
import { sessionTokens } from '../../../src/cloud/account/session-tokens'
import { createWechatGateway } from '../../../src/cloud/account/wechat-gateway'
import { createHandlers } from '../../../src/cloud/app/handlers'
import { dispatch } from '../../../src/cloud/transport/dispatcher'
import type { User } from '../../../src/domain/account/account-schema'
import { contract } from '../../../src/domain/contract'
import type { Envelope } from '../../../src/domain/shared/envelope-schema'
import type { Locale } from '../../../src/i18n/locales'
import { TEST_NOW } from './test-database'

// An unconfigured gateway: any WeChat login in these tests fails the way it would without credentials.
const api = {
  contract,
  handlers: createHandlers({
    sessions: sessionTokens('api-tests-session-secret-0123456789abcdef'),
    wechat: createWechatGateway({}),
    devLoginAllowed: () => true,
    complaintWechat: null,
    mapTiles: null
  })
}

/** Calls one action through the dispatcher, as the cloud function and the HTTP server do, for `user`. */
export function callAs<T = unknown>(
  db: Database,
  user: User | null,
  fn: string,
  action: string,
  input: unknown,
  now: Date = TEST_NOW
): Promise<Envelope<T>> {
  return dispatch(api, { fn, action, input }, { db, user, now }) as Promise<Envelope<T>>
}

/** Calls one action as a request that names its reader's language, as the app's requests do. */
export function callIn<T = unknown>(db: Database, locale: Locale, user: User | null, fn: string, action: string, input: unknown): Promise<Envelope<T>> {
  return dispatch(api, { fn, action, input }, { db, user, now: TEST_NOW, locale }) as Promise<Envelope<T>>
}
