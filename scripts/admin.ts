/**
 * `npm run admin -- <command> …`: what whoever runs the service does on the server, against the database the
 * environment names (DATABASE_URL, or the embedded one in TUOYU_DATA_DIR), as the server would open it.
 *
 *   import-region <file.yaml|file.json>   create or update one region (districts, streets, departments,
 *                                          routing) from a file; running it again with the same file changes nothing
 *   invite operator [--note "…"]          print a one-time invitation code for an operator (good for 7 days):
 *                                          the one way into the invitation chain that needs no account
 *   import-filings FILE --region CODE [--dry-run]
 *                                          import a region's 备案 export (docs/filing-import-template.md)
 *
 * Each command is one entry of COMMANDS; `runAdmin` is what tests call, with their own database.
 */
import { readFileSync } from 'node:fs'
import { userInfo } from 'node:os'
import { loadConfig } from '../src/cloud/app/config'
import { openDatabase } from '../src/cloud/app/open-database'
import type { Database } from '../src/cloud/db/database'
import { inviteOperator } from '../src/cloud/account/invitation-service'
import { applyRegionConfig } from '../src/cloud/regions/region-admin-service'
import { importFilingsCommand, IMPORT_FILINGS_USAGE } from '../src/cloud/registry/filing-import-command'
import { parseRegionFile } from '../src/domain/regions/region-config-rules'
import { DomainError } from '../src/domain/shared/error-codes'

interface AdminContext {
  db: Database
  now: Date
  /** Where the command reports, a line at a time. */
  print: (line: string) => void
}

interface Command {
  usage: string
  run: (ctx: AdminContext, args: readonly string[]) => Promise<number>
}

/** The audit log names the server account that ran the command, since no one is signed in here. */
const cliEditor = () => ({ id: `cli:${userInfo().username}`, displayName: `命令行（${userInfo().username}）` })

async function importRegion(ctx: AdminContext, args: readonly string[]): Promise<number> {
  const file = args[0]
  if (args.length !== 1 || !file || !/\.(ya?ml|json)$/i.test(file)) {
    ctx.print(`usage: npm run admin -- ${COMMANDS['import-region']?.usage}`)
    return 2
  }
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    ctx.print(`${file}: cannot read (${(error as Error).message})`)
    return 1
  }
  const parsed = parseRegionFile(text)
  if (!parsed.ok) {
    for (const { path, problem } of parsed.problems) ctx.print(`${file}: ${path || '(root)'}: ${problem}`)
    return 1
  }
  let result
  try {
    result = await applyRegionConfig(ctx.db, cliEditor(), parsed.config, ctx.now)
  } catch (error) {
    if (!(error instanceof DomainError)) throw error
    ctx.print(`${file}: ${error.code}: ${error.message}`)
    return 1
  }
  ctx.print(
    result.created
      ? `region ${result.code} created`
      : result.changed
        ? `region ${result.code} updated`
        : `region ${result.code} unchanged (the database already holds this configuration)`
  )
  return 0
}

/** The person signs in (WeChat or mobile number), opens 我的 → 输入邀请码 and enters the code, or opens the link. */
async function invite(ctx: AdminContext, args: readonly string[]): Promise<number> {
  const [what, flag, note] = args
  if (what !== 'operator' || (flag !== undefined && (flag !== '--note' || !note)) || args.length > 3) {
    ctx.print(`usage: npm run admin -- ${COMMANDS.invite?.usage}`)
    return 2
  }
  const { code, link, invitation } = await inviteOperator(ctx.db, ctx.now, note ?? null)
  ctx.print(`Operator invitation: ${code}`)
  ctx.print(`Expires: ${invitation.expiresAt}`)
  ctx.print(`Link (after the site's address, H5): /#${link}`)
  return 0
}

const COMMANDS: Record<string, Command> = {
  'import-region': { usage: 'import-region <file.yaml|file.json>', run: importRegion },
  invite: { usage: 'invite operator [--note "who it is for"]', run: invite },
  'import-filings': { usage: IMPORT_FILINGS_USAGE, run: importFilingsCommand }
}

/** Runs one command; the exit code is 0 on success, 1 when it failed, 2 when it was called wrongly. */
export async function runAdmin(argv: readonly string[], ctx: AdminContext): Promise<number> {
  const [name, ...args] = argv
  const command = name ? COMMANDS[name] : undefined
  if (!command) {
    ctx.print('usage: npm run admin -- <command>')
    for (const { usage } of Object.values(COMMANDS)) ctx.print(`  ${usage}`)
    return 2
  }
  return command.run(ctx, args)
}

async function main(): Promise<number> {
  const config = loadConfig(process.env)
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir })
  try {
    return await runAdmin(process.argv.slice(2), { db, now: new Date(), print: (line) => console.log(line) })
  } finally {
    await db.close()
  }
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error)
      process.exit(1)
    }
  )
}
