import { performance } from 'node:perf_hooks'
import type { Database } from '../../src/cloud/db/database'
import { searchFromDatabase, searchInstitutions } from '../../src/cloud/finder/finder-service'
import { saveInstitutions } from '../../src/cloud/finder/institution-repository'
import { regionSearchData } from '../../src/cloud/finder/region-index-cache'
import { searchInputSchema, type SearchOutput } from '../../src/domain/finder/search-schema'
import type { LatLng } from '../../src/domain/shared/geo'
import { median, percentile, randomSource, report, scaled } from './bench-report'
import { benchRegion, NOW, saveBenchRegion, syntheticCity } from './finder-bench'

const COLD_RUNS = 9

/**
 * The database as a newly started process sees it: the same connection, but a Database object no cache has
 * seen, since every per-process cache (region index, region directory) is keyed by it.
 */
function coldInstance(db: Database): Database {
  return {
    kind: db.kind,
    query: (sql, params) => db.query(sql, params),
    exec: (sql) => db.exec(sql),
    transaction: (work) => db.transaction(work),
    close: async () => {}
  }
}

const query = (regionCode: string, origin: LatLng) =>
  searchInputSchema.parse({ regionCode, origin, radiusM: 3000, pageSize: 20, ageBands: ['toddler'], hasVacancy: true })

function sameAnswer(a: SearchOutput, b: SearchOutput, where: string): void {
  if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error(`the database path and the index disagree ${where}`)
}

const timed = async <T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> => {
  const t = performance.now()
  const value = await work()
  return { ms: performance.now() - t, value }
}

/**
 * Issue 17, for cloud functions, whose every cold instance would otherwise read a whole region before its
 * first answer: at 5k institutions in a region, a cold instance's first search answered by the database
 * (box on the (region, lat, lng) btree) against building the region's index and searching it, and the same
 * two paths warm. Each line puts the path the finder uses against the other one: a ratio ≤ 1 says it chose
 * the faster.
 */
export async function benchColdSearch(db: Database): Promise<void> {
  const region = benchRegion('benchcold')
  const city = syntheticCity(region, scaled(5000), 'bk')
  await saveBenchRegion(db, region)
  await saveInstitutions(db, city)
  // A table that has just been filled has no planner statistics yet; a live one is analysed automatically.
  await db.query('ANALYZE institutions')
  const random = randomSource(17)
  const origin = () => ({ lat: region.centre.lat + (random() - 0.5) * 0.25, lng: region.centre.lng + (random() - 0.5) * 0.25 })
  const plan = await db.query<Record<string, string>>(
    `EXPLAIN SELECT search_facts FROM institutions WHERE region_code = $1 AND listed AND lat BETWEEN $2 AND $3 AND lng BETWEEN $4 AND $5`,
    [region.code, region.centre.lat - 0.03, region.centre.lat + 0.03, region.centre.lng - 0.03, region.centre.lng + 0.03]
  )
  const scans = plan.rows.flatMap((row) => Object.values(row).join('').match(/(?:Index Scan using|Index Only Scan using|Bitmap Index Scan on|Seq Scan on) \S+/) ?? [])

  const viaDatabase: number[] = []
  const viaIndex: number[] = []
  for (let run = 0; run < COLD_RUNS; run++) {
    const q = query(region.code, origin())
    const bySql = coldInstance(db)
    const byIndex = coldInstance(db)
    // Alternating which goes first, so neither always finds the database's caches warmer.
    const sqlFirst = run % 2 === 0
    const first = sqlFirst ? await timed(() => searchInstitutions(bySql, q, NOW)) : await timed(async () => (await regionSearchData(byIndex, region.code), searchInstitutions(byIndex, q, NOW)))
    const second = sqlFirst ? await timed(async () => (await regionSearchData(byIndex, region.code), searchInstitutions(byIndex, q, NOW))) : await timed(() => searchInstitutions(bySql, q, NOW))
    const [sql, index] = sqlFirst ? [first, second] : [second, first]
    viaDatabase.push(sql.ms)
    viaIndex.push(index.ms)
    sameAnswer(sql.value, index.value, `on a cold instance at ${JSON.stringify(q.origin)}`)
    // The index build the cold search started behind its answer, finished before the next run is timed.
    await regionSearchData(bySql, region.code)
  }
  const [coldSql, coldIndex] = [median(viaDatabase), median(viaIndex)]
  report({
    name: `cold instance, first search 5k via SQL (${db.kind})`,
    value: coldSql,
    unit: 'ms',
    limit: 'cold instances use the faster path',
    baseline: { name: 'index build + search', value: coldIndex },
    ratio: { value: coldSql / coldIndex, target: 1 }
  })

  const warm = coldInstance(db)
  await regionSearchData(warm, region.code)
  const sqlWarm: number[] = []
  const indexWarm: number[] = []
  const origins = Array.from({ length: scaled(600, 300) }, origin)
  let hits = 0
  for (const at of origins) {
    const q = query(region.code, at)
    const sql = await timed(() => searchFromDatabase(db, q, NOW))
    const index = await timed(() => searchInstitutions(warm, q, NOW))
    sameAnswer(sql.value, index.value, `warm at ${JSON.stringify(at)}`)
    sqlWarm.push(sql.ms)
    indexWarm.push(index.ms)
    hits += index.value.total
  }
  // The first third warms the JIT; the figures are the medians of the rest.
  const steady = (xs: number[]) => xs.slice(Math.floor(xs.length / 3))
  const [warmSql, warmIndex] = [median(steady(sqlWarm)), median(steady(indexWarm))]
  report({
    name: `warm search 5k via the index (${db.kind})`,
    value: warmIndex,
    unit: 'ms',
    limit: 'warm instances use the faster path',
    baseline: { name: 'SQL', value: warmSql },
    ratio: { value: warmIndex / warmSql, target: 1 }
  })
  console.log(
    `    cold medians of ${COLD_RUNS} (max SQL ${Math.max(...viaDatabase).toFixed(1)} ms, index ${Math.max(...viaIndex).toFixed(1)} ms); ` +
      `warm p95 SQL ${percentile(steady(sqlWarm), 95).toFixed(2)} ms, index ${percentile(steady(indexWarm), 95).toFixed(3)} ms; ` +
      `answers identical on ${COLD_RUNS} cold and ${origins.length} warm searches (${(hits / origins.length).toFixed(1)} matches each)`
  )
  console.log(`    the build repays itself after ${Math.ceil((coldIndex - coldSql) / Math.max(1e-6, warmSql - warmIndex))} searches; the box query's plan: ${scans.join(', ')}`)
}
