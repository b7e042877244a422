import type { Database } from '../../src/cloud/db/database'
import { searchInstitutions } from '../../src/cloud/finder/finder-service'
import { regionSearchData } from '../../src/cloud/finder/region-index-cache'
import { importFilings } from '../../src/cloud/registry/filing-import-service'
import { actorForRegion, setStanding } from '../../src/cloud/registry/registry-service'
import { searchInputSchema } from '../../src/domain/finder/search-schema'
import { median, randomSource, report, scaled } from './bench-report'
import { NOW } from './finder-bench'

const HEADER = '备案编号,机构名称,备案回执日期,登记机关,统一社会信用代码,办托主体,所在区县,详细地址,联系电话,服务类型,是否普惠,经度,纬度,坐标系'

/** A registry export of `rows` fictional 鹤壁 filings (淇滨区), a point each around the district's centre. */
function exportFile(rows: number, prefix: string): Buffer {
  const rnd = randomSource(rows)
  const lines = [HEADER]
  for (let i = 1; i <= rows; i++) {
    const lng = (114.30443 + (rnd() - 0.5) * 0.2).toFixed(6)
    const lat = (35.741431 + (rnd() - 0.5) * 0.2).toFixed(6)
    lines.push(
      `鹤卫托备〔2026〕${prefix}${i}号,压测托育园${prefix}${i}（样例）,2026-03-01,鹤壁市市场监督管理局,91410611MA9YL${String(i).padStart(4, '0')}K,民办,淇滨区,淇滨区压测路${i}号,0392-0000000,全日托、计时托,否,${lng},${lat},${i % 2 ? 'GCJ-02' : 'WGS-84'}`
    )
  }
  return Buffer.from(lines.join('\n'), 'utf8')
}

const REGULATOR = { id: 'bench-regulator', role: 'regulator' as const, displayName: 'bench', regionCode: 'hebi', institutionId: null }

const search = (db: Database) => searchInstitutions(db, searchInputSchema.parse({ regionCode: 'hebi', radiusM: 3000 }), NOW)

/**
 * Issue 12: a file of 5,000 filings commits in one transaction in seconds; the first search after a registry
 * change (an import, a revocation) pays for the index patch, not a rebuild.
 */
export async function benchImport(db: Database): Promise<void> {
  const actor = await actorForRegion(db, 'hebi', { userId: 'bench', name: 'bench' })
  if (!actor) throw new Error('the sample region hebi is missing')
  const rows = scaled(5000, 10)
  const file = exportFile(rows, 'B')
  const input = { fileName: 'bench.csv', bytes: file, dryRun: true }

  await search(db)
  // That search was answered from the database; what follows measures the index it started building.
  await regionSearchData(db, 'hebi')
  let t = performance.now()
  const dry = await importFilings(db, actor, input, NOW)
  const dryMs = performance.now() - t
  if (dry.summary.new !== rows) throw new Error(`dry run planned ${dry.summary.new} of ${rows}`)
  console.log(`    dry run of ${rows} rows (${(file.byteLength / 1024).toFixed(0)} KB CSV): ${dryMs.toFixed(0)} ms`)

  t = performance.now()
  const done = await importFilings(db, actor, { ...input, dryRun: false }, NOW)
  const commitS = (performance.now() - t) / 1000
  if (done.summary.new !== rows) throw new Error(`commit wrote ${done.summary.new} of ${rows}`)
  report({ name: `import commit of ${rows} rows (${db.kind})`, value: commitS, unit: 's', limit: 'seconds, not minutes (≤ 10 s)', ratio: { value: commitS / 10, target: 1 } })

  t = performance.now()
  await search(db)
  console.log(`    first search after the import (patches ${rows} rows into the index): ${(performance.now() - t).toFixed(1)} ms`)

  t = performance.now()
  const again = await importFilings(db, actor, { ...input, dryRun: false }, NOW)
  if (again.summary.unchanged !== rows) throw new Error('the second import changed something')
  console.log(`    the same file again (all unchanged, nothing written): ${((performance.now() - t) / 1000).toFixed(2)} s`)

  const warm: number[] = []
  const afterChange: number[] = []
  const ids = done.rows.map((r) => r.institutionId ?? '')
  for (let k = 0; k < 5; k++) {
    t = performance.now()
    await search(db)
    warm.push(performance.now() - t)
    await setStanding({ db, user: REGULATOR, now: NOW }, { institutionId: ids[k * 17] ?? '', status: 'revoked', on: '2026-11-20', reason: '压测' })
    t = performance.now()
    await search(db)
    afterChange.push(performance.now() - t)
  }
  const cost = median(afterChange)
  report({ name: `first search after a revocation (${db.kind})`, value: cost, unit: 'ms', limit: '≤ 50 ms', baseline: { name: 'warm search', value: median(warm) }, ratio: { value: cost / 50, target: 1 } })
}
