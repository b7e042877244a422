/**
 * `npm run admin -- <command> …`: what whoever runs the service does on the server, against the database the
 * environment names (DATABASE_URL, or the embedded one in TUOYU_DATA_DIR, which only one process may open:
 * stop the server first). Each command is one entry of COMMANDS, implemented next to its service.
 */
import { loadConfig } from '../src/cloud/app/config'
import { openDatabase } from '../src/cloud/app/open-database'
import type { Database } from '../src/cloud/db/database'
import { importFilingsCommand, IMPORT_FILINGS_USAGE } from '../src/cloud/registry/filing-import-command'

interface AdminContext {
  db: Database
  now: Date
  print: (line: string) => void
}

interface Command {
  usage: string
  run: (ctx: AdminContext, args: readonly string[]) => Promise<number>
}

const COMMANDS: Record<string, Command> = {
  'import-filings': { usage: IMPORT_FILINGS_USAGE, run: importFilingsCommand }
}

async function main(): Promise<void> {
  const [name, ...args] = process.argv.slice(2)
  const command = name === undefined ? undefined : COMMANDS[name]
  if (!command) {
    console.log(`usage: npm run admin -- <command>\n${Object.values(COMMANDS).map((c) => `  ${c.usage}`).join('\n')}`)
    process.exitCode = 2
    return
  }
  const config = loadConfig(process.env)
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir })
  try {
    process.exitCode = await command.run({ db, now: new Date(), print: (line) => console.log(line) }, args)
  } finally {
    await db.close()
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
