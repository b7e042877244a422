import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from '@jest/globals'
import ExcelJS from 'exceljs'
import iconv from 'iconv-lite'
import type { Database } from '../../src/cloud/db/database'
import { importFilingsCommand } from '../../src/cloud/registry/filing-import-command'
import type { InstitutionDetail, InstitutionSummary } from '../../src/domain/finder/institution-schema'
import type { ImportReport } from '../../src/domain/registry/registry-schema'
import { callAs } from './support/call-action'
import { institutionOf, newParent, regulatorOf, staffOf, unwrap } from './support/complaint-fixtures'
import { freshDatabase, TEST_NOW } from './support/test-database'

// A database of its own, so counts of institutions before and after each import are exact.
let db: Database
beforeAll(async () => {
  db = await freshDatabase({ seed: true })
})

const SAMPLE = readFileSync(path.join(__dirname, '../../docs/filing-import-sample.csv'))
const HEADER = '备案编号,机构名称,备案回执日期,登记机关,统一社会信用代码,办托主体,所在区县,详细地址,联系电话,服务类型,是否普惠,经度,纬度,坐标系,备案状态,状态日期,状态原因'
let serial = 0
/** One CSV row of a fictional 鹤壁 filing; `cells` replaces columns by heading. */
function csvRow(cells: Record<string, string> = {}): string {
  serial += 1
  const base: Record<string, string> = {
    备案编号: `鹤卫托备〔2026〕T${serial}号`,
    机构名称: `测试导入托育园${serial}（样例）`,
    备案回执日期: '2026/4/1',
    登记机关: '鹤壁市市场监督管理局',
    统一社会信用代码: '91410611MA9TEXT01K',
    办托主体: '民办',
    所在区县: '淇滨区',
    详细地址: `淇滨区测试路${serial}号`,
    联系电话: '0392-0000000',
    服务类型: '全日托、计时托',
    是否普惠: '否',
    经度: '114.301',
    纬度: '35.745',
    坐标系: 'GCJ-02',
    备案状态: '',
    状态日期: '',
    状态原因: '',
    ...cells
  }
  return HEADER.split(',').map((h) => `"${(base[h] ?? '').replace(/"/g, '""')}"`).join(',')
}
const csv = (...rows: string[]) => Buffer.from([HEADER, ...rows].join('\r\n'), 'utf8')

const hebi = regulatorOf('hebi')
const importAs = (user: Parameters<typeof callAs>[1], fileName: string, bytes: Buffer, dryRun: boolean) =>
  callAs<ImportReport>(db, user, 'registry', 'importFilings', { fileName, contentBase64: bytes.toString('base64'), dryRun })
const codeOf = (envelope: { ok: boolean; error?: { code: string } }) => (envelope.ok ? 'OK' : envelope.error?.code)
const institutionCount = async () => (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM institutions')).rows[0]?.n
const searchIds = async (keyword: string) =>
  unwrap(await callAs<{ items: InstitutionSummary[] }>(db, null, 'finder', 'search', { regionCode: 'hebi', keyword, radiusM: 50_000 })).items.map((i) => i.id)

async function xlsx(fill: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  fill(workbook.addWorksheet('备案'))
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

describe('importing the sample file', () => {
  it('dry-runs with a summary and writes nothing, then commits, then changes nothing the second time', async () => {
    const before = await institutionCount()
    const dry = unwrap(await importAs(hebi, 'filing-import-sample.csv', SAMPLE, true))
    expect(dry.summary).toEqual({ new: 2, changed: 0, unchanged: 0, revoked: 1, rejected: 0, unlocated: 1 })
    expect(dry.issues).toEqual([])
    expect(await institutionCount()).toBe(before)

    const done = unwrap(await importAs(hebi, 'filing-import-sample.csv', SAMPLE, false))
    expect(done).toMatchObject({ committed: true, summary: dry.summary })
    expect(await institutionCount()).toBe((before ?? 0) + 3)
    expect(await searchIds('小橡树')).toHaveLength(1)
    // The revoked filing is on the register with its date, never in the finder.
    const revokedId = done.rows.find((r) => r.outcome === 'revoked')?.institutionId ?? ''
    expect(await searchIds('华山路宝贝')).toEqual([])
    const page = unwrap(await callAs<InstitutionDetail>(db, null, 'finder', 'get', { id: revokedId }))
    expect(page.standing).toMatchObject({ status: 'revoked', since: '2026-11-02' })
    // The WGS-84 row is stored converted to GCJ-02.
    const wgs = unwrap(await callAs<InstitutionDetail>(db, null, 'finder', 'get', { id: done.rows[1]?.institutionId }))
    expect(wgs.location.lng).not.toBeCloseTo(114.2901, 3)

    const again = unwrap(await importAs(hebi, 'filing-import-sample.csv', SAMPLE, false))
    expect(again.summary).toEqual({ new: 0, changed: 0, unchanged: 3, revoked: 0, rejected: 0, unlocated: 0 })
    expect(await institutionCount()).toBe((before ?? 0) + 3)
  })

  it('reads the same rows from GB18030 and from XLSX (with an Excel date cell)', async () => {
    const row = csvRow()
    const gb = iconv.encode([HEADER, row].join('\n'), 'gb18030')
    const fromGb = unwrap(await importAs(hebi, '备案.csv', gb, true))
    expect(fromGb.summary).toMatchObject({ new: 1, rejected: 0 })
    const book = await xlsx((sheet) => {
      sheet.addRow(HEADER.split(','))
      const cells = row.split(',').map((c) => c.replace(/^"|"$/g, ''))
      cells[2] = new Date(Date.UTC(2026, 3, 1)) as unknown as string
      sheet.addRow(cells)
    })
    const fromXlsx = unwrap(await importAs(hebi, '备案.xlsx', book, true))
    expect(fromXlsx.summary).toEqual(fromGb.summary)
    expect(fromXlsx.issues).toEqual([])
  })

  it('flags a row without coordinates and keeps it out of distance search', async () => {
    const name = `无坐标托育园${serial}（样例）`
    const done = unwrap(await importAs(hebi, 'a.csv', csv(csvRow({ 机构名称: name, 经度: '', 纬度: '', 坐标系: '' })), false))
    expect(done.summary).toMatchObject({ new: 1, unlocated: 1 })
    expect(done.rows[0]).toMatchObject({ unlocated: true })
    expect(await searchIds(name)).toEqual([])
  })
})

describe('bad files: a clear error and nothing written', () => {
  const refused: [string, string, () => Promise<Buffer>, string][] = [
    ['a malformed spreadsheet', 'bad.xlsx', async () => Buffer.from('PK\u0003\u0004 not really a zip'), 'IMPORT_FILE_UNREADABLE'],
    ['a wrong encoding (UTF-16)', 'utf16.csv', async () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from([HEADER, csvRow()].join('\n'), 'utf16le')]), 'IMPORT_FILE_UNREADABLE'],
    ['a 10 MB file', 'big.csv', async () => Buffer.concat([csv(csvRow()), Buffer.alloc(10 * 1024 * 1024, 0x20)]), 'IMPORT_FILE_TOO_LARGE'],
    ['a PDF', 'filings.pdf', async () => Buffer.from('%PDF-1.4'), 'IMPORT_FILE_TYPE'],
    ['a header of another template', 'other.csv', async () => Buffer.from('名称,地址\n甲,乙\n'), 'IMPORT_FILE_UNREADABLE'],
    ['broken CSV quoting', 'quotes.csv', async () => Buffer.from(`${HEADER}\n"鹤卫托备,"unterminated\n`), 'IMPORT_FILE_UNREADABLE']
  ]

  it.each(refused)('%s', async (_name, fileName, bytes, code) => {
    const before = await institutionCount()
    for (const dryRun of [true, false]) {
      const got = await importAs(hebi, fileName, await bytes(), dryRun)
      expect(codeOf(got)).toBe(code)
      if (!got.ok) expect(got.error.message).toMatch(/[\u4e00-\u9fff]/)
    }
    expect(await institutionCount()).toBe(before)
  })

  it('reports a formula, a script and a bad value row by row, and refuses to commit any row', async () => {
    const good = csvRow()
    const book = await xlsx((sheet) => {
      sheet.addRow(HEADER.split(','))
      sheet.addRow(good.split(',').map((c) => c.replace(/^"|"$/g, '')))
      const withFormula = csvRow().split(',').map((c) => c.replace(/^"|"$/g, '')) as unknown[]
      withFormula[10] = { formula: 'IF(1,"是","否")', result: '是' }
      sheet.addRow(withFormula)
    })
    const xlsxReport = unwrap(await importAs(hebi, 'f.xlsx', book, true))
    expect(xlsxReport.issues).toEqual([expect.objectContaining({ line: 3, column: '是否普惠', message: expect.stringMatching(/公式/) })])

    const file = csv(
      csvRow(),
      csvRow({ 机构名称: '<script>alert(1)</script>' }),
      csvRow({ 联系电话: '=HYPERLINK("http://x","y")' }),
      csvRow({ 所在区县: '暨阳街道', 服务类型: '周托' })
    )
    const before = await institutionCount()
    const dry = unwrap(await importAs(hebi, 'mixed.csv', file, true))
    expect(dry.summary).toMatchObject({ new: 1, rejected: 3 })
    expect(dry.issues.map((i) => [i.line, i.column])).toEqual([
      [3, '机构名称'],
      [4, '联系电话'],
      [5, '所在区县'],
      [5, '服务类型']
    ])
    expect(dry.issues.every((i) => /[\u4e00-\u9fff]/.test(i.message))).toBe(true)
    const commit = await importAs(hebi, 'mixed.csv', file, false)
    expect(commit).toMatchObject({ ok: false, error: { code: 'IMPORT_HAS_ERRORS' } })
    expect(await institutionCount()).toBe(before)
  })

  it('refuses to bring a revoked filing back by import', async () => {
    const row = csvRow({ 备案状态: '注销', 状态日期: '2026-11-01', 状态原因: '停办' })
    unwrap(await importAs(hebi, 'r.csv', csv(row), false))
    const back = unwrap(await importAs(hebi, 'r.csv', csv(row.replace('"注销"', '"正常"')), true))
    expect(back.issues).toEqual([expect.objectContaining({ column: '备案状态', message: expect.stringMatching(/已注销/) })])
  })
})

describe('who may import', () => {
  it('refuses parents and staff; a regulator imports only into its own region', async () => {
    const file = csv(csvRow())
    const institution = await institutionOf(db, 'hebi')
    expect(codeOf(await importAs(null, 'a.csv', file, true))).toBe('UNAUTHENTICATED')
    expect(codeOf(await importAs(newParent(), 'a.csv', file, true))).toBe('FORBIDDEN')
    expect(codeOf(await importAs(staffOf(institution), 'a.csv', file, true))).toBe('FORBIDDEN')
    // 淇滨区 is not a district of 诸暨: the rows are refused there, never written into 鹤壁.
    const elsewhere = unwrap(await importAs(regulatorOf('zhuji'), 'a.csv', file, true))
    expect(elsewhere.summary).toMatchObject({ new: 0, rejected: 1 })
  })
})

describe('npm run admin -- import-filings', () => {
  it('dry-runs and commits a file from the command line', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'filings-'))
    const file = path.join(dir, 'hebi.csv')
    writeFileSync(file, csv(csvRow(), csvRow()))
    const lines: string[] = []
    const ctx = { db, now: TEST_NOW, print: (line: string) => lines.push(line) }
    expect(await importFilingsCommand(ctx, [file, '--region', 'hebi', '--dry-run'])).toBe(0)
    expect(lines.at(-1)).toMatch(/试导入.*新增 2/)
    expect(await importFilingsCommand(ctx, [file, '--region', 'hebi'])).toBe(0)
    expect(lines.at(-1)).toMatch(/已导入.*新增 2/)
    expect(await importFilingsCommand(ctx, [file, '--region', 'hebi'])).toBe(0)
    expect(lines.at(-1)).toMatch(/未变 2/)
    expect(await importFilingsCommand(ctx, [file])).toBe(2)
    expect(await importFilingsCommand(ctx, [path.join(dir, 'missing.csv'), '--region', 'hebi'])).toBe(1)
  })
})
