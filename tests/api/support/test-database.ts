import type { Database } from '../../../src/cloud/db/database'
import { createThrowawayDatabase } from '../../support/throwaway-postgres'
import { openDatabase } from '../../../src/cloud/app/open-database'

/** The day sample data is dated from in API tests, so vacancy freshness and staleness never drift. */
export const TEST_REFERENCE_DATE = '2026-11-23'
/** "Now" for handlers in API tests: noon in China on the reference date. */
export const TEST_NOW = new Date('2026-11-23T04:00:00Z')

let shared: Promise<Database> | undefined
const stillOpen = new Set<Database>()

/** Opens a database for a test and keeps track of it until it is closed, so none outlives its test file. */
async function tracked(opening: Promise<Database>): Promise<Database> {
  const db = await opening
  stillOpen.add(db)
  const close = db.close.bind(db)
  db.close = async () => {
    if (!stillOpen.delete(db)) return
    await close()
  }
  return db
}

/** Closes every database a test file opened and left open (registered after each api file by its setup). */
export async function closeTestDatabases(): Promise<void> {
  shared = undefined
  await Promise.all([...stillOpen].map((db) => db.close()))
}

/**
 * One migrated, seeded embedded database per test file (jest isolates modules per file), shared by its
 * tests: a test that writes makes its own rows with its own ids rather than assuming it is alone.
 */
export function testDatabase(): Promise<Database> {
  shared ??= tracked(openDatabase({ referenceDate: TEST_REFERENCE_DATE, now: TEST_NOW }))
  return shared
}

/** A fresh, empty-but-migrated database for tests that need to control every row. */
export function freshDatabase(options: { seed?: boolean } = {}): Promise<Database> {
  return tracked(openDatabase({ referenceDate: TEST_REFERENCE_DATE, now: TEST_NOW, seed: options.seed ?? false }))
}

/**
 * A new database on the throwaway PostgreSQL server `npm test` starts (scripts/with-test-postgres.sh),
 * migrated and seeded like the embedded one; undefined when no server is available. Each call makes its own
 * database, so files running in parallel never share rows.
 */
export async function postgresTestDatabase(options: { seed?: boolean } = {}): Promise<Database | undefined> {
  const adminUrl = process.env.TEST_DATABASE_URL
  if (!adminUrl) return undefined
  const name = `tuoyu_${process.pid}_${Math.random().toString(36).slice(2, 10)}`
  const databaseUrl = await createThrowawayDatabase(adminUrl, name)
  return tracked(openDatabase({ databaseUrl, referenceDate: TEST_REFERENCE_DATE, now: TEST_NOW, seed: options.seed ?? true }))
}

/** The stores a storage-level guarantee must hold on: always the embedded one, and PostgreSQL when present. */
export const STORE_KINDS = process.env.TEST_DATABASE_URL ? (['pglite', 'postgres'] as const) : (['pglite'] as const)

export async function databaseOfKind(kind: 'pglite' | 'postgres', options: { seed?: boolean; now?: Date } = {}): Promise<Database> {
  if (kind === 'pglite') return tracked(openDatabase({ referenceDate: TEST_REFERENCE_DATE, now: options.now ?? TEST_NOW, seed: options.seed ?? true }))
  const db = await postgresTestDatabase(options)
  if (!db) throw new Error('TEST_DATABASE_URL is not set')
  return db
}
