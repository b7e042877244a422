import '../../i18n/zh-cn-pages/registry'
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { userInfo } from 'node:os'
import { DomainError } from '../../domain/shared/error-codes'
import { t } from '../../i18n/translate'
import type { Database } from '../db/database'
import { importFilings } from './filing-import-service'
import { actorForRegion } from './registry-service'

export const IMPORT_FILINGS_USAGE = 'import-filings FILE.xlsx|FILE.csv --region CODE [--dry-run]'

interface CommandContext {
  db: Database
  now: Date
  print: (line: string) => void
}

/**
 * `npm run admin -- import-filings FILE --region CODE [--dry-run]`: the same import as the console's upload,
 * for a file on the server. The audit log names the server account that ran it, since no one is signed in.
 * Answers the exit code: 0 done, 1 refused (the report says why; nothing written), 2 usage.
 */
export async function importFilingsCommand(ctx: CommandContext, args: readonly string[]): Promise<number> {
  const at = args.indexOf('--region')
  const regionCode = at >= 0 ? args[at + 1] : undefined
  const dryRun = args.includes('--dry-run')
  const file = args.find((a, i) => !a.startsWith('--') && i !== at + 1)
  if (!file || !regionCode) {
    ctx.print(`usage: npm run admin -- ${IMPORT_FILINGS_USAGE}`)
    return 2
  }
  let bytes: Buffer
  try {
    bytes = readFileSync(file)
  } catch (error) {
    ctx.print(`${file}: cannot read (${(error as Error).message})`)
    return 1
  }
  const user = userInfo().username
  const actor = await actorForRegion(ctx.db, regionCode, { userId: `cli:${user}`, name: `命令行（${user}）` })
  if (!actor) {
    ctx.print(`${regionCode}: no such region`)
    return 1
  }
  try {
    const report = await importFilings(ctx.db, actor, { fileName: basename(file), bytes, dryRun }, ctx.now)
    for (const issue of report.issues) ctx.print(t('registry.importIssueLine', issue))
    const { summary } = report
    ctx.print(t('registry.importSummary', { ...summary, mode: t(dryRun ? 'registry.importDryRun' : 'registry.importCommitted') }))
    return summary.rejected > 0 ? 1 : 0
  } catch (error) {
    if (!(error instanceof DomainError)) throw error
    ctx.print(`${file}: ${error.code}: ${t(`errors.${error.code}`, error.params)}`)
    return 1
  }
}
