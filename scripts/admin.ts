/**
 * `npm run admin -- <command>`: operator tasks on the database the configuration names (DATABASE_URL, or the
 * embedded one in TUOYU_DATA_DIR, which only one process may open: stop the server first). See ADMIN_USAGE.
 */
import { runAdminCommand } from '../src/cloud/app/admin-command'
import { loadConfig } from '../src/cloud/app/config'
import { openDatabase } from '../src/cloud/app/open-database'

async function main(): Promise<void> {
  const config = loadConfig(process.env)
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir })
  try {
    process.exitCode = await runAdminCommand(process.argv.slice(2), { db, now: new Date(), out: (line) => console.log(line) })
  } finally {
    await db.close()
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
