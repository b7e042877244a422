import { contract } from '../../src/domain/contract'
import { afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { createCloudFunction, type CloudFunctionMain } from '../../src/cloud/functions/create-cloud-function'
import { TIMER_TRIGGERS } from '../../src/cloud/functions/timer-trigger'
import { sweepAlerts } from '../../src/cloud/following/alert-sweep-service'
import { followingHandlers } from '../../src/cloud/following/following-handlers'
import { sweepOnTimer } from '../../src/cloud/following/sweep-after-writes'
import { appendRegistryEvents } from '../../src/cloud/registry/registry-repository'
import type { Database } from '../../src/cloud/db/database'
import type { User } from '../../src/domain/account/account-schema'
import type { AlertSettings } from '../../src/domain/following/following-schema'
import type { InboxMessage } from '../../src/domain/inbox/inbox-schema'
import { capturedLog } from '../support/captured-log'
import { restoreEnv, stubEnv } from '../support/environment-variables'
import { callAs } from './support/call-action'
import { institutionOf, newParent, unwrap } from './support/complaint-fixtures'
import { databaseOfKind, STORE_KINDS, testDatabase, TEST_NOW } from './support/test-database'

const { log, lines } = capturedLog()
let db: Database
let following: CloudFunctionMain

beforeAll(async () => {
  db = await testDatabase()
  following = createCloudFunction('following', contract.following, () => followingHandlers, { openDatabase: testDatabase, log, now: () => TEST_NOW, onTimer: sweepOnTimer })
})

afterEach(() => {
  restoreEnv()
  lines.length = 0
})

/** The event WeChat cloud's timer trigger passes: no action, no input, and the platform lists no OPENID. */
const timerEvent = () => ({ Type: 'Timer', TriggerName: 'alertSweep', Time: '2026-11-24T02:00:00Z' })

/** A mini-program user's call: the platform lists their OPENID, whatever the data they sent. */
function invokedBy(openid: string) {
  stubEnv('WX_CONTEXT_KEYS', 'WX_OPENID,WX_APPID')
  stubEnv('WX_OPENID', openid)
  stubEnv('WX_APPID', 'wx-sample-app')
  return { request_id: `req-${openid}` }
}

const alertsOf = async (store: Database, user: User) =>
  unwrap(await callAs<{ messages: InboxMessage[] }>(store, user, 'inbox', 'list', { pageSize: 50 })).messages.filter((m) => m.topic === 'alerts')
const ENFORCEMENT: AlertSettings = { kinds: ['enforcement'], vacancyAgeBands: [], vacancyServiceTypes: [] }

/** A parent following an institution that gets an enforcement record no sweep has seen yet. */
async function unsweptEnforcement(store: Database, seat: number) {
  const institution = await institutionOf(store, 'zhuji', seat)
  const parent = newParent()
  unwrap(await callAs(store, parent, 'following', 'addFavourite', { institutionId: institution.id }))
  unwrap(await callAs(store, parent, 'following', 'setAlertSettings', ENFORCEMENT))
  await appendRegistryEvents(store, [
    { regionCode: 'zhuji', institutionId: institution.id, kind: 'enforcement_recorded', actorUserId: 'r', actorName: 'r', department: 'd', detail: { summary: '未按规定公示收费' }, at: TEST_NOW }
  ])
  return parent
}

describe('the following function on WeChat cloud’s timer', () => {
  it('is declared as a five-minute timer trigger (build-cloud writes it into config.json)', () => {
    expect(TIMER_TRIGGERS.following).toEqual({ name: 'alertSweep', type: 'timer', config: '0 */5 * * * * *' })
  })

  it('does not sweep for a mini-program caller who sends the timer’s event as data', async () => {
    const parent = await unsweptEnforcement(db, 41)
    expect(await following(timerEvent(), invokedBy('o-forger'))).toMatchObject({ ok: false, error: { code: 'UNKNOWN_ACTION' } })
    expect(await following({ ...timerEvent(), action: 'listFavourites', input: {} }, invokedBy('o-forger'))).toMatchObject({ ok: true, data: { items: [] } })
    expect(await alertsOf(db, parent)).toEqual([])
  })

  it('does not sweep for an event that only looks like a timer, nor for another trigger’s name', async () => {
    const parent = await unsweptEnforcement(db, 42)
    expect((await following({ Type: 'Timer', TriggerName: 'somethingElse' }, {})).ok).toBe(false)
    expect((await following({ Type: 'Cos', TriggerName: 'alertSweep' }, {})).ok).toBe(false)
    expect(await alertsOf(db, parent)).toEqual([])
  })
})

/**
 * Once only, on each store: on PostgreSQL the timer's two overlapping runs and a sweep after a write each take
 * their own pooled connection, as overlapping cloud function instances would.
 */
describe.each(STORE_KINDS)('the timer sweep delivers once (%s)', (kind) => {
  it('sweeps when the timer calls it: the parent finds the alert once, however often the timer fires', async () => {
    const store = await databaseOfKind(kind)
    const onStore = createCloudFunction('following', contract.following, () => followingHandlers, { openDatabase: () => Promise.resolve(store), log, now: () => TEST_NOW, onTimer: sweepOnTimer })
    const parent = await unsweptEnforcement(store, 40)
    expect(await alertsOf(store, parent)).toEqual([])
    const [first, second, afterWrite] = await Promise.all([onStore(timerEvent(), {}), onStore(timerEvent(), {}), sweepAlerts(store, TEST_NOW)])
    expect([first, second].every((reply) => reply.ok)).toBe(true)
    const delivered = [first, second].map((reply) => (reply.ok ? (reply.data as { delivered: number }).delivered : -1))
    expect(delivered.reduce((a, b) => a + b, afterWrite)).toBe(1)
    expect(await onStore(timerEvent(), {})).toMatchObject({ ok: true, data: { delivered: 0 } })
    const alerts = await alertsOf(store, parent)
    expect(alerts).toHaveLength(1)
    expect(alerts[0]?.title).toBe('收藏的机构有执法记录')
    expect(lines.filter((line) => line.message === 'request')).toContainEqual(expect.objectContaining({ transport: 'cloud_timer', action: 'alertSweep', status: 'OK', role: 'anonymous' }))
  })
})
