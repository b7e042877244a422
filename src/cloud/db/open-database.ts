import { mkdirSync } from 'node:fs'
import { todayInChina } from '../../domain/shared/clock'
import type { Database } from './database'
import { runMigrations } from './migrate'
import { openPgliteDatabase } from './pglite-database'
import { openPostgresDatabase } from './postgres-database'
import { seedSampleData } from './seed-sample-data'

interface OpenDatabaseOptions {
  /** A PostgreSQL connection string; when set, the embedded database is not used. */
  databaseUrl?: string
  /** Where the embedded database keeps its files; in memory when absent. */
  dataDir?: string
  /** The day sample data is dated from (YYYY-MM-DD); today in China by default. */
  referenceDate?: string
  /** Seed the sample regions and institutions into an empty database (default true). */
  seed?: boolean
}

/** Opens the store the options name, brings its schema up to date and, when empty, fills it with sample data. */
export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<Database> {
  let db: Database
  if (options.databaseUrl) {
    db = openPostgresDatabase(options.databaseUrl)
  } else {
    if (options.dataDir) mkdirSync(options.dataDir, { recursive: true })
    db = await openPgliteDatabase(options.dataDir)
  }
  try {
    await runMigrations(db)
    if (options.seed ?? true) await seedSampleData(db, options.referenceDate ?? todayInChina())
    return db
  } catch (error) {
    await db.close()
    throw error
  }
}
