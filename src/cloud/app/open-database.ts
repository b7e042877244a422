import { todayInChina } from '../../domain/shared/clock'
import type { Database } from '../db/database'
import { runMigrations } from '../db/migrate'
import { openStore, type StoreOptions } from '../db/open-store'
import { MIGRATIONS } from './migrations'
import { refreshSampleData, seedSampleData, syncStatisticsConfig } from './seed-sample-data'

interface OpenDatabaseOptions extends StoreOptions {
  /** The day sample data is dated from (YYYY-MM-DD); today in China by default. */
  referenceDate?: string
  /** The instant sample offerings are dated from; the present by default. */
  now?: Date
  /** Seed the sample regions and institutions into an empty database, and top up sample offerings (default true). */
  seed?: boolean
}

/** Opens the store the options name, brings its schema up to date and, when empty, fills it with sample data. */
export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<Database> {
  const db = await openStore(options)
  try {
    await runMigrations(db, MIGRATIONS)
    await syncStatisticsConfig(db)
    if (options.seed ?? true) {
      const now = options.now ?? new Date()
      await seedSampleData(db, options.referenceDate ?? todayInChina(now))
      await refreshSampleData(db, now)
    }
    return db
  } catch (error) {
    await db.close()
    throw error
  }
}
