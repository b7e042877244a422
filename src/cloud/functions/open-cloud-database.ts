import type { Config } from '../app/config'
import { openDatabase } from '../app/open-database'
import type { Database } from '../db/database'

/**
 * The database of a cloud function: PostgreSQL only, since a cloud function has no disk to keep an
 * embedded database on (the bundles leave PGlite out). Migrated and seeded like the server's, so whichever
 * starts first prepares an empty database.
 */
export function openCloudDatabase(config: Pick<Config, 'databaseUrl'>): Promise<Database> {
  const url = config.databaseUrl
  if (!url) {
    return Promise.reject(
      new Error("DATABASE_URL is not set. Cloud functions keep no data of their own: set DATABASE_URL to a PostgreSQL connection string in each function's environment variables.")
    )
  }
  return openDatabase({ databaseUrl: url })
}
