import { spawnSync } from 'node:child_process'
import { openDatabase } from '../../src/cloud/app/open-database'
import { saveInstitutions } from '../../src/cloud/finder/institution-repository'
import { searchInstitutions } from '../../src/cloud/finder/finder-service'
import { searchInputSchema } from '../../src/domain/finder/search-schema'
import { report, scaled } from './bench-report'
import { benchRegion, NOW, REFERENCE_DATE, saveBenchRegion, syntheticCity } from './finder-bench'

const COUNT = scaled(10_000)
const MB = 1024 * 1024

/**
 * In a process of its own, so nothing else the bench holds counts: the embedded database with the sample
 * data and COUNT more institutions in one region, its search index built. Prints the resident set as JSON.
 */
async function measure(): Promise<void> {
  const db = await openDatabase({ referenceDate: REFERENCE_DATE })
  const region = benchRegion('benchmem')
  await saveBenchRegion(db, region)
  await saveInstitutions(db, syntheticCity(region, COUNT, 'mm'))
  await searchInstitutions(db, searchInputSchema.parse({ regionCode: region.code, radiusM: 3000 }), NOW)
  global.gc?.()
  console.log(JSON.stringify({ rss: process.memoryUsage().rss }))
  await db.close()
}

/** The embedded database holding 10k institutions, against the 500 MB. */
export function benchMemory(): void {
  const child = spawnSync(process.execPath, [...process.execArgv, '--expose-gc', __filename, '--measure'], { encoding: 'utf8', env: process.env })
  const line = child.stdout.trim().split('\n').pop() ?? ''
  if (child.status !== 0 || !line.startsWith('{')) throw new Error(`memory run failed: ${child.stderr}`)
  const rss = (JSON.parse(line) as { rss: number }).rss / MB
  report({ name: `embedded DB + index, ${COUNT} institutions, RSS`, value: rss, unit: 'MB', limit: '≤ 500 MB', ratio: { value: rss / 500, target: 1 } })
}

if (process.argv.includes('--measure')) {
  measure().catch((error: unknown) => {
    console.error(error)
    process.exit(1)
  })
}
