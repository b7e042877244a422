import type { Config } from '../app/config'
import { MIGRATION_IDS } from '../app/migration-ids'
import type { Database } from '../db/database'
import { assertSchemaCurrent } from '../db/migrate'
import { openStore } from '../db/open-store'

/**
 * The database of a cloud function: PostgreSQL only, since a cloud function has no disk to keep an
 * embedded database on (the bundles leave PGlite out). A cold start only checks that the schema is current:
 * migrations and the sample data are a deploy step (`npm run migrate`), so neither their statements nor the
 * sample records are on a function's cold path or in its bundle.
 */
export async function openCloudDatabase(config: Pick<Config, 'databaseUrl'>): Promise<Database> {
  const url = config.databaseUrl
  if (!url) {
    throw new Error("DATABASE_URL is not set. Cloud functions keep no data of their own: set DATABASE_URL to a PostgreSQL connection string in each function's environment variables.")
  }
  const db = await openStore({ databaseUrl: url })
  try {
    await assertSchemaCurrent(db, MIGRATION_IDS)
    return db
  } catch (error) {
    await db.close()
    throw error
  }
}
