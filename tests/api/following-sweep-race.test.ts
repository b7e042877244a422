import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { openDatabase } from '../../src/cloud/app/open-database'
import { sweepAlerts } from '../../src/cloud/following/alert-sweep-service'
import { appendRegistryEvents } from '../../src/cloud/registry/registry-repository'
import type { Database } from '../../src/cloud/db/database'
import type { User } from '../../src/domain/account/account-schema'
import { createThrowawayDatabase } from '../support/throwaway-postgres'
import { callAs } from './support/call-action'
import { institutionOf, newParent, unwrap } from './support/complaint-fixtures'
import { STORE_KINDS, TEST_NOW, TEST_REFERENCE_DATE, testDatabase } from './support/test-database'

/**
 * Two server processes sweep alerts at the same moment (each process's minute timer, or a registry write in
 * each): every alert still reaches each parent exactly once. On PostgreSQL the two sweeps run on two separate
 * connection pools, as two processes would; on the embedded database they interleave in one.
 */

async function twoProcesses(kind: 'pglite' | 'postgres'): Promise<[Database, Database]> {
  if (kind === 'pglite') {
    const db = await testDatabase()
    return [db, db]
  }
  const adminUrl = process.env.TEST_DATABASE_URL ?? ''
  const databaseUrl = await createThrowawayDatabase(adminUrl, `tuoyu_alerts_${process.pid}_${Math.random().toString(36).slice(2, 8)}`)
  const first = await openDatabase({ databaseUrl, referenceDate: TEST_REFERENCE_DATE, now: TEST_NOW })
  const second = await openDatabase({ databaseUrl, referenceDate: TEST_REFERENCE_DATE, now: TEST_NOW, seed: false })
  return [first, second]
}

describe.each(STORE_KINDS)('the alerts sweep under contention (%s)', (kind) => {
  let one: Database
  let two: Database
  beforeAll(async () => {
    ;[one, two] = await twoProcesses(kind)
  })
  afterAll(async () => {
    if (kind === 'postgres') await Promise.all([one.close(), two.close()])
  })

  const alertsOf = async (user: User) =>
    unwrap(await callAs<{ messages: { topic: string; link: string | null }[] }>(one, user, 'inbox', 'list', { pageSize: 50 })).messages.filter((m) => m.topic === 'alerts')

  it('delivers each alert once when two sweeps run at the same time, again and again', async () => {
    const institution = await institutionOf(one, 'zhuji', 28)
    const parents = [newParent(), newParent(), newParent()]
    for (const parent of parents) {
      unwrap(await callAs(one, parent, 'following', 'addFavourite', { institutionId: institution.id }))
      unwrap(await callAs(one, parent, 'following', 'setAlertSettings', { kinds: ['enforcement'], vacancyAgeBands: [], vacancyServiceTypes: [] }))
    }
    let delivered = 0
    for (let round = 0; round < 3; round += 1) {
      const events = Array.from({ length: 15 }, (_, i) => ({
        regionCode: 'zhuji',
        institutionId: institution.id,
        kind: 'enforcement_recorded' as const,
        actorUserId: 'regulator',
        actorName: '执法人员',
        department: '诸暨市卫生健康局',
        detail: { round, n: i },
        at: TEST_NOW
      }))
      await appendRegistryEvents(one, events)
      const counts = await Promise.all([sweepAlerts(one, TEST_NOW), sweepAlerts(two, TEST_NOW), sweepAlerts(two, TEST_NOW)])
      delivered += counts.reduce((a, b) => a + b, 0)
    }
    expect(delivered).toBe(3 * 15 * parents.length)
    for (const parent of parents) expect(await alertsOf(parent)).toHaveLength(45)
    expect(await sweepAlerts(two, TEST_NOW)).toBe(0)
  })
})
