import '../../i18n/zh-cn-pages/registry'
import { columnHeading, planImport, type PlannedRow, type RowIssue } from '../../domain/registry/filing-import-rules'
import type { ImportReport } from '../../domain/registry/registry-schema'
import type { ChangeKind } from '../../domain/finder/finder-enums'
import { todayInChina } from '../../domain/shared/clock'
import { DomainError } from '../../domain/shared/error-codes'
import { t } from '../../i18n/translate'
import type { Database } from '../db/database'
import { readFilingSheet } from './filing-sheet'
import { highestInstitutionNumber, lockRegionRegistry, regionFilings } from './registry-repository'
import { writeChanges, type Actor } from './registry-service'

function report(rows: readonly PlannedRow[], issues: readonly RowIssue[], dryRun: boolean, committed: boolean): ImportReport {
  const count = (outcome: PlannedRow['outcome']) => rows.filter((r) => r.outcome === outcome).length
  return {
    dryRun,
    committed,
    summary: {
      new: count('new'),
      changed: count('changed'),
      unchanged: count('unchanged'),
      revoked: count('revoked'),
      rejected: count('rejected'),
      unlocated: rows.filter((r) => r.next !== null && !r.next.located).length
    },
    rows: rows.map((r) => ({ line: r.line, filingNumber: r.filingNumber, outcome: r.outcome, institutionId: r.next?.id ?? null, unlocated: r.next !== null && !r.next.located })),
    issues: issues.map((i) => ({ line: i.line, column: columnHeading(i.column), value: i.value, message: t(`registry.importIssue.${i.code}`) }))
  }
}

function changeKindOf(row: PlannedRow): ChangeKind {
  if (row.outcome === 'new') return 'filed'
  if (row.outcome === 'revoked') return 'revoked'
  if (row.standingChanged) return row.next?.standing.status === 'active' ? 'reinstated' : 'suspended'
  return 'details_changed'
}

/**
 * Imports a registry export into the caller's region. A dry run plans and reports; a commit plans again
 * under the region's lock and writes every row in one transaction, or none when any row is rejected.
 * Matching is by filing number, so the same file twice changes nothing the second time.
 */
export async function importFilings(db: Database, actor: Actor, input: { fileName: string; bytes: Uint8Array; dryRun: boolean }, now: Date): Promise<ImportReport> {
  const sheet = await readFilingSheet(input.fileName, input.bytes)
  const today = todayInChina(now)
  if (input.dryRun) {
    const plan = planImport(sheet, actor.region, await regionFilings(db, actor.region.code), await highestInstitutionNumber(db, actor.region.code), today)
    return report(plan.rows, plan.issues, true, false)
  }
  return db.transaction(async (tx) => {
    await lockRegionRegistry(tx, actor.region.code)
    const plan = planImport(sheet, actor.region, await regionFilings(tx, actor.region.code), await highestInstitutionNumber(tx, actor.region.code), today)
    const rejected = plan.rows.filter((r) => r.outcome === 'rejected').length
    if (rejected > 0) throw new DomainError('IMPORT_HAS_ERRORS', { count: rejected })
    const writes = plan.rows.flatMap((row) =>
      row.next ? [{ next: row.next, kind: changeKindOf(row), fields: row.fields, detail: { import: input.fileName, line: row.line, filingNumber: row.filingNumber } }] : []
    )
    if (writes.length > 0) await writeChanges(tx, actor, writes, now)
    return report(plan.rows, plan.issues, false, true)
  })
}
