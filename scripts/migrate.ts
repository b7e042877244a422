/**
 * `npm run migrate`: the deploy step that brings DATABASE_URL's schema up to date and, into an empty
 * database, loads the sample data. Cloud functions only check the schema on a cold start
 * (functions/open-cloud-database.ts), so run this before deploying functions whose code adds a migration.
 */
import { openDatabase } from '../src/cloud/app/open-database'

async function main(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL
  if (!databaseUrl) throw new Error('DATABASE_URL is not set: name the PostgreSQL database to migrate.')
  const db = await openDatabase({ databaseUrl })
  await db.close()
  console.log('schema up to date')
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})
