import type { InstitutionDetail } from '../finder/institution-schema'
import type { ServiceType } from '../finder/finder-enums'
import type { Region } from '../regions/region-schema'
import { hasControlCharacter } from '../shared/control-characters'
import {
  DATUM_WORDS,
  FILING_COLUMNS,
  OPERATOR_KIND_WORDS,
  REQUIRED_COLUMNS,
  SERVICE_TYPE_WORDS,
  STATUS_WORDS,
  YES_NO_WORDS,
  type FilingColumn
} from './filing-template'
import { newFiledInstitution, nextInstitutionId, placementProblem, withFiledChanges, type FilingFields } from './filing-rules'
import { creditCodeSchema, type ImportOutcome } from './registry-schema'

/** One data row of a sheet as text, by template column; `formulas` lists the cells that held a formula. */
export interface SheetRow {
  /** The row's line in the file as the spreadsheet numbers it (the header is line 1). */
  line: number
  cells: Partial<Record<FilingColumn, string>>
  formulas: FilingColumn[]
}

export type ImportIssueCode =
  | 'required'
  | 'formula'
  | 'markup'
  | 'too_long'
  | 'bad_date'
  | 'future_date'
  | 'bad_credit_code'
  | 'unknown_operator_kind'
  | 'unknown_district'
  | 'unknown_service_type'
  | 'bad_yes_no'
  | 'bad_number'
  | 'coordinates_incomplete'
  | 'datum_required'
  | 'unknown_datum'
  | 'outside_region'
  | 'unknown_status'
  | 'status_date_required'
  | 'duplicate_in_file'
  | 'revoked_is_final'

export interface RowIssue {
  line: number
  column: FilingColumn | null
  value: string
  code: ImportIssueCode
}

interface RowStanding {
  status: 'active' | 'suspended' | 'revoked'
  on: string | null
  reason: string | null
}

export interface PlannedRow {
  line: number
  filingNumber: string
  outcome: ImportOutcome
  /** The record as it will be written; null when nothing is written (unchanged or rejected). */
  next: InstitutionDetail | null
  /** The filed fields that change (empty for a new filing). */
  fields: string[]
  standingChanged: boolean
}

// Longer than any real cell of the template; a spreadsheet of megabyte cells is not a registry export.
const MAX_CELL = 200

const DATE_PATTERN = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/

/** A date as the registry writes it (2024-03-05, 2024/3/5, 2024.3.5, 2024年3月5日) → YYYY-MM-DD, or null. */
function parseRegistryDate(text: string): string | null {
  const m = DATE_PATTERN.exec(text.trim())
  if (!m) return null
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const probe = new Date(Date.UTC(y, mo - 1, d))
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== d) return null
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

/** A cell a spreadsheet program would run (=, @, or +/- before a non-digit), or markup that has no place in a registry. */
function cellIssue(value: string): ImportIssueCode | null {
  if (value.length > MAX_CELL) return 'too_long'
  if (/^[=@]/.test(value) || /^[+-](?![\d.])/.test(value)) return 'formula'
  if (/[<>]/.test(value) || hasControlCharacter(value)) return 'markup'
  return null
}

interface ReadRow {
  fields: FilingFields
  standing: RowStanding
}

/** One row read against the template and the region; every problem found, not just the first. */
function readRow(row: SheetRow, region: Region, today: string): { read: ReadRow | null; issues: RowIssue[] } {
  const issues: RowIssue[] = []
  const flag = (column: FilingColumn | null, code: ImportIssueCode, value = '') => issues.push({ line: row.line, column, value, code })
  const cell = (column: FilingColumn): string => row.cells[column]?.trim() ?? ''

  for (const column of row.formulas) flag(column, 'formula', cell(column))
  for (const column of Object.keys(row.cells) as FilingColumn[]) {
    const problem = row.formulas.includes(column) ? null : cellIssue(cell(column))
    if (problem) flag(column, problem, cell(column).slice(0, 60))
  }
  for (const column of REQUIRED_COLUMNS) if (cell(column) === '') flag(column, 'required')
  if (issues.length > 0) return { read: null, issues }

  const date = (column: FilingColumn): string | null => {
    const parsed = parseRegistryDate(cell(column))
    if (parsed === null) flag(column, 'bad_date', cell(column))
    else if (parsed > today) flag(column, 'future_date', cell(column))
    return parsed
  }
  const receiptDate = date('receiptDate')
  const credit = creditCodeSchema.safeParse(cell('creditCode'))
  if (!credit.success) flag('creditCode', 'bad_credit_code', cell('creditCode'))
  const operatorKind = OPERATOR_KIND_WORDS[cell('operatorKind')]
  if (!operatorKind) flag('operatorKind', 'unknown_operator_kind', cell('operatorKind'))
  const district = region.districts.find((d) => d.name === cell('district') || d.code === cell('district'))
  if (!district) flag('district', 'unknown_district', cell('district'))
  const serviceWords = cell('serviceTypes').split(/[、,，;；/\s]+/).filter(Boolean)
  const serviceTypes = serviceWords.map((w) => SERVICE_TYPE_WORDS[w]).filter((s): s is ServiceType => s !== undefined)
  if (serviceTypes.length !== serviceWords.length || serviceTypes.length === 0) flag('serviceTypes', 'unknown_service_type', cell('serviceTypes'))
  const affordableWord = cell('isAffordable')
  const isAffordable = affordableWord === '' ? false : YES_NO_WORDS[affordableWord]
  if (isAffordable === undefined) flag('isAffordable', 'bad_yes_no', affordableWord)

  let location: FilingFields['location'] = null
  const [lngText, latText] = [cell('lng'), cell('lat')]
  if (lngText !== '' || latText !== '') {
    const [lng, lat] = [Number(lngText), Number(latText)]
    if (lngText === '' || latText === '') flag(lngText === '' ? 'lng' : 'lat', 'coordinates_incomplete')
    else if (!Number.isFinite(lng) || lng < -180 || lng > 180) flag('lng', 'bad_number', lngText)
    else if (!Number.isFinite(lat) || lat < -90 || lat > 90) flag('lat', 'bad_number', latText)
    else if (cell('datum') === '') flag('datum', 'datum_required')
    else {
      const datum = DATUM_WORDS[cell('datum').toUpperCase()] ?? DATUM_WORDS[cell('datum')]
      if (!datum) flag('datum', 'unknown_datum', cell('datum'))
      else {
        location = { lat, lng, datum }
        if (placementProblem(location, region) !== null) flag('lng', 'outside_region', `${lngText}, ${latText}`)
      }
    }
  }

  const statusWord = cell('status')
  const status = statusWord === '' ? 'active' : STATUS_WORDS[statusWord]
  if (!status) flag('status', 'unknown_status', statusWord)
  let on: string | null = null
  if (status && status !== 'active') {
    if (cell('statusDate') === '') flag('statusDate', 'status_date_required')
    else on = date('statusDate')
  }
  if (issues.length > 0 || !receiptDate || !operatorKind || !district || isAffordable === undefined || !status || !credit.success) return { read: null, issues }
  return {
    read: {
      fields: {
        filingNumber: cell('filingNumber'),
        name: cell('name'),
        receiptDate,
        registrationAuthority: cell('registrationAuthority'),
        creditCode: credit.data,
        operatorKind,
        districtCode: district.code,
        address: cell('address'),
        phone: cell('phone'),
        serviceTypes,
        isAffordable,
        location
      },
      standing: { status, on, reason: status === 'active' ? null : cell('statusReason') || null }
    },
    issues
  }
}

function withStanding(inst: InstitutionDetail, standing: RowStanding): { next: InstitutionDetail; changed: boolean } {
  if (inst.standing.status === standing.status) return { next: inst, changed: false }
  return { next: { ...inst, standing: { status: standing.status, since: standing.on, reason: standing.reason } }, changed: true }
}

/**
 * What an import would do, row by row, keyed by filing number: a new filing, a change, nothing, a
 * revocation, or a rejection with its issues. Importing the same file twice plans only "unchanged" the
 * second time. New filings are numbered after `highestNumber`, in file order.
 */
export function planImport(
  rows: readonly SheetRow[],
  region: Region,
  existing: ReadonlyMap<string, InstitutionDetail>,
  highestNumber: number,
  today: string
): { rows: PlannedRow[]; issues: RowIssue[] } {
  const planned: PlannedRow[] = []
  const issues: RowIssue[] = []
  const seen = new Set<string>()
  let created = 0
  for (const row of rows) {
    const filingNumber = row.cells.filingNumber?.trim() ?? ''
    const rejected = (rowIssues: RowIssue[]) => {
      issues.push(...rowIssues)
      planned.push({ line: row.line, filingNumber, outcome: 'rejected', next: null, fields: [], standingChanged: false })
    }
    if (filingNumber !== '' && seen.has(filingNumber)) {
      rejected([{ line: row.line, column: 'filingNumber', value: filingNumber, code: 'duplicate_in_file' }])
      continue
    }
    seen.add(filingNumber)
    const { read, issues: rowIssues } = readRow(row, region, today)
    if (!read) {
      rejected(rowIssues)
      continue
    }
    const current = existing.get(filingNumber)
    if (!current) {
      const fresh = newFiledInstitution(nextInstitutionId(region, highestNumber, ++created), read.fields, region, today)
      const { next } = withStanding(fresh, read.standing)
      planned.push({ line: row.line, filingNumber, outcome: read.standing.status === 'revoked' ? 'revoked' : 'new', next, fields: [], standingChanged: false })
      continue
    }
    if (current.standing.status === 'revoked' && read.standing.status !== 'revoked') {
      rejected([{ line: row.line, column: 'status', value: row.cells.status ?? '', code: 'revoked_is_final' }])
      continue
    }
    const { next: changedDetails, fields } = withFiledChanges(current, { ...read.fields, location: read.fields.location ?? undefined }, region)
    const { next, changed: standingChanged } = withStanding(changedDetails, read.standing)
    const outcome: ImportOutcome = standingChanged && read.standing.status === 'revoked' ? 'revoked' : fields.length > 0 || standingChanged ? 'changed' : 'unchanged'
    planned.push({ line: row.line, filingNumber, outcome, next: outcome === 'unchanged' ? null : next, fields, standingChanged })
  }
  return { rows: planned, issues }
}

/** The Chinese heading of a template column, for reports. */
export const columnHeading = (column: FilingColumn | null): string => (column === null ? '' : FILING_COLUMNS[column])
