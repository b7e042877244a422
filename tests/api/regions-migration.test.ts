import { afterAll, beforeAll, describe, it } from '@jest/globals'
import { expect } from '../support/expect-with-message'
import { MIGRATIONS } from '../../src/cloud/app/migrations'
import { refreshSampleData } from '../../src/cloud/app/seed-sample-data'
import type { Database } from '../../src/cloud/db/database'
import { runMigrations } from '../../src/cloud/db/migrate'
import { openStore } from '../../src/cloud/db/open-store'
import { regionWithRouting } from '../../src/cloud/regions/regions-service'
import { HOTLINE_HOURS } from '../../src/cloud/regions/regions-migrations'
import { sampleRegions } from '../../src/cloud/sample-data/sample-regions'
import { callAs } from './support/call-action'
import { TEST_NOW } from './support/test-database'

let db: Database
beforeAll(async () => {
  db = await openStore()
})
afterAll(async () => {
  await db?.close()
})

describe('a database from before regions were tables (migration 0150)', () => {
  it('keeps its regions, districts, streets and departments, gets the sample routing, and accepts operators', async () => {
    await runMigrations(db, MIGRATIONS.filter((m) => m.id < '0150'))
    // How 0001 stored a region: the whole record as one JSON document (departments had no hours then).
    const zhuji = sampleRegions().find((r) => r.code === 'zhuji')
    if (!zhuji) throw new Error('no sample 诸暨')
    const old = { ...zhuji, departments: zhuji.departments.map(({ hours: _hours, ...d }) => d) }
    await db.query('INSERT INTO regions (code, name, data, is_sample) VALUES ($1, $2, $3, true)', [old.code, old.name, JSON.stringify(old)])
    await expect(db.query(`INSERT INTO users (id, role, display_name) VALUES ('op-before', 'operator', '运营')`)).rejects.toThrow()

    await runMigrations(db, MIGRATIONS)
    const migrated = await regionWithRouting(db, 'zhuji')
    expect(migrated?.region).toEqual({ ...zhuji, departments: zhuji.departments.map((d) => ({ ...d, hours: HOTLINE_HOURS })) })
    expect(migrated?.routing).toBeNull()

    await refreshSampleData(db, TEST_NOW)
    const topped = await regionWithRouting(db, 'zhuji')
    expect(topped?.routing?.trackingPrefix).toBe('ZJ')
    expect(topped?.routing?.rules.find((r) => r.category === 'safety' && r.appliesTo === 'any')?.departmentCode).toBe('emergency')

    await db.query(`INSERT INTO users (id, role, display_name) VALUES ('op-after', 'operator', '运营')`)
    const signedIn = await callAs<{ user: { role: string; regionCode: string | null } }>(db, null, 'account', 'devLogin', { role: 'operator' })
    expect(signedIn.ok && signedIn.data.user).toEqual(expect.objectContaining({ role: 'operator', regionCode: null }))
    const scoped = await callAs(db, null, 'account', 'devLogin', { role: 'operator', regionCode: 'zhuji' })
    expect(!scoped.ok && scoped.error.code).toBe('INVALID_INPUT')
  })
})
