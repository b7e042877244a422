import { mkdirSync } from 'node:fs'
import type { Database } from './database'
import { openPgliteDatabase } from './pglite-database'
import { openPostgresDatabase } from './postgres-database'

export interface StoreOptions {
  /** A PostgreSQL connection string; when set, the embedded database is not used. */
  databaseUrl?: string
  /** Where the embedded database keeps its files; in memory when absent. */
  dataDir?: string
}

/** Opens the store the options name, as it is: no schema change, no data. */
export async function openStore(options: StoreOptions = {}): Promise<Database> {
  if (options.databaseUrl) return openPostgresDatabase(options.databaseUrl)
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true })
  return openPgliteDatabase(options.dataDir)
}
