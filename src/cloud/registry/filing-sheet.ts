import '../../i18n/zh-cn-pages/registry'
import { parse as parseCsv } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import iconv from 'iconv-lite'
import type { SheetRow } from '../../domain/registry/filing-import-rules'
import { FILING_COLUMNS, REQUIRED_COLUMNS, type FilingColumn } from '../../domain/registry/filing-template'
import { DomainError } from '../../domain/shared/error-codes'
import { t, type MessageKey, type MessageParams } from '../../i18n/translate'

/**
 * Reads a registry export (XLSX, or CSV in UTF-8 or GB18030) into rows of text by template column. Only the
 * file's shape is judged here (size, format, encoding, header); each cell's meaning is the domain's
 * (filing-import-rules.ts). Whatever is wrong with the file, the caller gets one clear error and nothing is written.
 */
const MAX_IMPORT_BYTES = 5 * 1024 * 1024
const MAX_IMPORT_ROWS = 20_000

const HEADING_TO_COLUMN = new Map<string, FilingColumn>(Object.entries(FILING_COLUMNS).map(([column, heading]) => [heading, column as FilingColumn]))

function unreadable(key: MessageKey, params: MessageParams = {}): DomainError {
  return new DomainError('IMPORT_FILE_UNREADABLE', { reason: t(key, params) })
}

type RawCell = { text: string; formula: boolean }

/** Header row → which column each position holds; refuses a file whose header is not the template's. */
function columnsOf(header: readonly string[]): (FilingColumn | null)[] {
  const columns = header.map((h) => HEADING_TO_COLUMN.get(h.replace(/^\uFEFF/, '').trim()) ?? null)
  if (columns.every((c) => c === null)) throw unreadable('registry.unreadable.noHeader', { columns: REQUIRED_COLUMNS.slice(0, 3).map((c) => FILING_COLUMNS[c]).join('、') })
  const missing = REQUIRED_COLUMNS.filter((c) => !columns.includes(c))
  if (missing.length > 0) throw unreadable('registry.unreadable.missingColumns', { columns: missing.map((c) => FILING_COLUMNS[c]).join('、') })
  return columns
}

function toRows(grid: readonly (readonly RawCell[])[]): SheetRow[] {
  const [header, ...body] = grid
  if (!header) throw unreadable('registry.unreadable.empty')
  const columns = columnsOf(header.map((c) => c.text))
  const rows: SheetRow[] = []
  body.forEach((cells, i) => {
    if (cells.every((c) => c.text.trim() === '' && !c.formula)) return
    const row: SheetRow = { line: i + 2, cells: {}, formulas: [] }
    cells.forEach((cell, position) => {
      const column = columns[position]
      if (!column) return
      row.cells[column] = cell.text
      if (cell.formula) row.formulas.push(column)
    })
    rows.push(row)
  })
  if (rows.length === 0) throw unreadable('registry.unreadable.empty')
  if (rows.length > MAX_IMPORT_ROWS) throw unreadable('registry.unreadable.tooManyRows', { max: MAX_IMPORT_ROWS })
  return rows
}

/** UTF-8 (with or without a byte-order mark) when the bytes are valid UTF-8; GB18030 otherwise, as Excel saves CSV in China. */
function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    return iconv.decode(Buffer.from(bytes), 'gb18030')
  }
}

function csvGrid(bytes: Uint8Array): RawCell[][] {
  let records: string[][]
  try {
    records = parseCsv(decodeCsv(bytes), { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][]
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 0
    throw unreadable('registry.unreadable.csvSyntax', { line })
  }
  return records.map((record) => record.map((text) => ({ text, formula: false })))
}

/** A cell as text: dates as YYYY-MM-DD (XLSX dates are UTC midnights of the calendar day), rich text joined. */
function cellText(value: ExcelJS.CellValue): RawCell {
  if (value === null || value === undefined) return { text: '', formula: false }
  if (value instanceof Date) return { text: value.toISOString().slice(0, 10), formula: false }
  if (typeof value === 'object') {
    if ('formula' in value || 'sharedFormula' in value) return { text: String((value as { result?: unknown }).result ?? ''), formula: true }
    if ('richText' in value) return { text: value.richText.map((r) => r.text).join(''), formula: false }
    if ('text' in value) return { text: String(value.text), formula: false }
    if ('error' in value) return { text: String(value.error), formula: false }
  }
  return { text: String(value), formula: false }
}

async function xlsxGrid(bytes: Uint8Array): Promise<RawCell[][]> {
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer)
  } catch {
    throw unreadable('registry.unreadable.notSpreadsheet')
  }
  const sheet = workbook.worksheets[0]
  if (!sheet) throw unreadable('registry.unreadable.noSheet')
  if (sheet.rowCount > MAX_IMPORT_ROWS + 1) throw unreadable('registry.unreadable.tooManyRows', { max: MAX_IMPORT_ROWS })
  const width = sheet.columnCount
  const grid: RawCell[][] = []
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r)
    grid.push(Array.from({ length: width }, (_, c) => cellText(row.getCell(c + 1).value)))
  }
  return grid
}

/** The file's rows, or a DomainError that says what is wrong with the file as a whole. */
export async function readFilingSheet(fileName: string, bytes: Uint8Array): Promise<SheetRow[]> {
  if (bytes.byteLength > MAX_IMPORT_BYTES) throw new DomainError('IMPORT_FILE_TOO_LARGE', { limitMb: MAX_IMPORT_BYTES / 1024 / 1024 })
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase()
  if (extension === 'csv') return toRows(csvGrid(bytes))
  if (extension === 'xlsx') return toRows(await xlsxGrid(bytes))
  throw new DomainError('IMPORT_FILE_TYPE')
}
