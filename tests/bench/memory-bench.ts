import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { openDatabase } from '../../src/cloud/app/open-database'
import { saveInstitutions } from '../../src/cloud/finder/institution-repository'
import { searchInstitutions } from '../../src/cloud/finder/finder-service'
import { regionSearchData, STALE_CHECK_MS } from '../../src/cloud/finder/region-index-cache'
import { searchInputSchema } from '../../src/domain/finder/search-schema'
import { report, scaled } from './bench-report'
import { benchRegion, NOW, REFERENCE_DATE, saveBenchRegion, syntheticCity } from './finder-bench'

const COUNT = scaled(10_000)
const MB = 1024 * 1024

interface Step {
  step: string
  rss: number
  heapUsed: number
  /** Memory outside the JS heap: PGlite's WebAssembly memory and the index's typed arrays. */
  external: number
}

/** The resident set after a full collection, so garbage the next allocation would reuse does not count. */
function sample(step: string): Step {
  global.gc?.()
  const { rss, heapUsed, external } = process.memoryUsage()
  return { step, rss: rss / MB, heapUsed: heapUsed / MB, external: external / MB }
}

/**
 * In a process of its own, so nothing else the bench holds counts, and as the server runs it: the embedded
 * database in a data directory (run-server.ts always gives it one; the in-memory store is for tests), with
 * the sample data and COUNT more institutions in one region, its search index built; then a deletion, which
 * makes the next search rebuild the whole index, to see that the memory of the old one is given back.
 * Prints the resident set at each step as JSON lines.
 */
async function measure(): Promise<void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'tuoyu-bench-memory-'))
  try {
    const steps = [sample('process before the database')]
    const db = await openDatabase({ referenceDate: REFERENCE_DATE, dataDir })
    steps.push(sample('database opened, sample data'))
    const region = benchRegion('benchmem')
    await saveBenchRegion(db, region)
    await saveInstitutions(db, syntheticCity(region, COUNT, 'mm'))
    const query = searchInputSchema.parse({ regionCode: region.code, radiusM: 3000 })
    await searchInstitutions(db, query, NOW)
    // The first search is answered from the database while the index builds behind it.
    await regionSearchData(db, region.code)
    steps.push(sample('10k filed, index built'))
    await db.query('DELETE FROM institutions WHERE id = $1', ['mm-000000'])
    await new Promise((resolve) => setTimeout(resolve, STALE_CHECK_MS + 50))
    await searchInstitutions(db, query, NOW)
    steps.push(sample('after a full rebuild'))
    await db.close()
    for (const s of steps) console.log(JSON.stringify(s))
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }
}

/** The embedded database holding 10k institutions, against the 500 MB, and after a rebuild. */
export function benchMemory(): void {
  const child = spawnSync(process.execPath, [...process.execArgv, '--expose-gc', __filename, '--measure'], { encoding: 'utf8', env: process.env })
  const lines = child.stdout.trim().split('\n').filter((line) => line.startsWith('{'))
  if (child.status !== 0 || lines.length < 4) throw new Error(`memory run failed: ${child.stderr}`)
  const steps = lines.map((line) => JSON.parse(line) as Step)
  const [start, , built, rebuilt] = steps as [Step, Step, Step, Step]
  report({ name: `embedded DB + index, ${COUNT} institutions, RSS`, value: built.rss, unit: 'MB', limit: '≤ 500 MB', ratio: { value: built.rss / 500, target: 1 } })
  report({ name: 'the same after a full index rebuild, RSS', value: rebuilt.rss, unit: 'MB', limit: 'back to before', baseline: { name: 'before', value: built.rss }, ratio: { value: rebuilt.rss / built.rss, target: 1.05 } })
  for (const s of steps) console.log(`    ${s.step.padEnd(30)} RSS ${s.rss.toFixed(0).padStart(5)} MB, JS heap ${s.heapUsed.toFixed(0).padStart(4)} MB, outside the heap ${s.external.toFixed(0).padStart(4)} MB`)
  console.log(`    (the process before the database is the bench's own: tsx, the app's modules; ${start.rss.toFixed(0)} MB of the figure)`)
}

if (process.argv.includes('--measure')) {
  measure().catch((error: unknown) => {
    console.error(error)
    process.exit(1)
  })
}
