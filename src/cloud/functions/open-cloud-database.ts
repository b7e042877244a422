import { todayInChina } from '../../domain/shared/clock'
import type { Database } from '../db/database'
import { runMigrations } from '../db/migrate'
import { openPostgresDatabase } from '../db/postgres-database'
import { seedSampleData } from '../db/seed-sample-data'

/**
 * The database of a cloud function: PostgreSQL only. A cloud function has no disk to keep an embedded
 * database on, and leaving PGlite out keeps each bundle small. Brought up to date and seeded like the
 * server's, so whichever starts first prepares an empty database.
 */
export async function openCloudDatabase(env: Readonly<Record<string, string | undefined>>): Promise<Database> {
  const url = env.DATABASE_URL
  if (!url) {
    throw new Error('DATABASE_URL is not set. Cloud functions keep no data of their own: set DATABASE_URL to a PostgreSQL connection string in each function\'s environment variables.')
  }
  const db = openPostgresDatabase(url)
  try {
    await runMigrations(db)
    await seedSampleData(db, todayInChina())
    return db
  } catch (error) {
    await db.close()
    throw error
  }
}
