import { performance } from 'node:perf_hooks'
import { openDatabase } from '../../src/cloud/app/open-database'
import { NearbyIndex, toSearchable } from '../../src/cloud/finder/nearby-index'
import { searchInstitutions } from '../../src/cloud/finder/finder-service'
import { sampleInstitutions } from '../../src/cloud/sample-data/sample-institutions'
import { sampleRegions } from '../../src/cloud/sample-data/sample-regions'
import type { InstitutionDetail } from '../../src/domain/finder/institution-schema'
import { matchesFilters } from '../../src/domain/finder/search-rules'
import { searchInputSchema, type SearchFilters } from '../../src/domain/finder/search-schema'
import { haversineMetres, type LatLng } from '../../src/domain/shared/geo'

/**
 * `npm run bench`: the finder's speed and memory, printed as figures and ratios (nothing here fails a build).
 * 1. The embedded database as `npm start` opens it: open + migrate + seed time, resident memory.
 * 2. finder.search on the sample data through the service, from random points in each region.
 * 3. The nearby index at city scale (100k synthetic institutions): kd-tree versus a brute-force scan.
 */

const REFERENCE_DATE = '2026-11-23'
const NOW = new Date('2026-11-23T04:00:00Z')

let seed = 20261123
function random(): number {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31
  return seed / 2 ** 31
}

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0
}

const ms = (n: number) => `${n.toFixed(3)} ms`
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`

function pointNear(centre: LatLng, spreadDeg: number): LatLng {
  return { lat: centre.lat + (random() - 0.5) * spreadDeg, lng: centre.lng + (random() - 0.5) * spreadDeg }
}

async function benchDatabase(): Promise<void> {
  const started = performance.now()
  const db = await openDatabase({ referenceDate: REFERENCE_DATE })
  const opened = performance.now() - started
  console.log(`embedded database open + migrate + seed: ${ms(opened)}; rss ${mib(process.memoryUsage().rss)}`)

  for (const region of sampleRegions()) {
    const times: number[] = []
    for (let i = 0; i < 200; i++) {
      const query = searchInputSchema.parse({
        regionCode: region.code,
        origin: pointNear(region.centre, 0.08),
        radiusM: 3000,
        ageBands: i % 2 ? ['toddler'] : undefined,
        hasVacancy: i % 3 === 0 ? true : undefined
      })
      const t = performance.now()
      await searchInstitutions(db, query, NOW)
      times.push(performance.now() - t)
    }
    console.log(
      `finder.search ${region.code.padEnd(8)} median ${ms(percentile(times, 50))}  p95 ${ms(percentile(times, 95))}`
    )
  }
  await db.close()
}

function syntheticCity(count: number): InstitutionDetail[] {
  const region = sampleRegions().find((r) => r.code === 'zhuji') ?? sampleRegions()[0]
  if (!region) throw new Error('no sample region')
  const templates = sampleInstitutions(region, REFERENCE_DATE)
  return Array.from({ length: count }, (_, i) => {
    const template = templates[i % templates.length] as InstitutionDetail
    return { ...template, id: `zj-${String(i).padStart(6, '0')}`, location: pointNear(region.centre, 0.3) }
  })
}

function benchIndex(count: number): void {
  const institutions = syntheticCity(count)
  const before = process.memoryUsage().heapUsed
  const t0 = performance.now()
  const index = new NearbyIndex(institutions)
  const built = performance.now() - t0
  const heap = process.memoryUsage().heapUsed - before
  const searchable = institutions.map(toSearchable)
  const centre = institutions[0]?.location ?? { lat: 0, lng: 0 }
  const filters: SearchFilters = { ageBands: ['toddler'], hasVacancy: true }
  const kd: number[] = []
  const scan: number[] = []
  // The scan is slow by design at city scale, so it runs on fewer points; every point it runs on is also
  // checked against the index, so the ratio compares equal answers.
  for (let i = 0; i < 200; i++) {
    const origin = pointNear(centre, 0.25)
    let t = performance.now()
    const hits = index.within(origin, 3000, (item) => matchesFilters(item, filters, REFERENCE_DATE))
    hits.sort((a, b) => a.distanceM - b.distanceM || (a.item.id < b.item.id ? -1 : 1))
    kd.push(performance.now() - t)
    if (i % 10 !== 0) continue
    t = performance.now()
    const brute = searchable
      .filter((item) => matchesFilters(item, filters, REFERENCE_DATE))
      .map((item) => ({ item, d: haversineMetres(origin, item.location) }))
      .filter((r) => r.d <= 3000)
      .sort((a, b) => a.d - b.d || (a.item.id < b.item.id ? -1 : 1))
    scan.push(performance.now() - t)
    if (brute.length !== hits.length) throw new Error(`index and scan disagree at ${JSON.stringify(origin)}`)
  }
  const kdMedian = percentile(kd, 50)
  const scanMedian = percentile(scan, 50)
  console.log(
    `nearby index ${count.toLocaleString('en')} institutions: build ${ms(built)}, heap +${mib(heap)}; ` +
      `3 km + filters median ${ms(kdMedian)} (p95 ${ms(percentile(kd, 95))}) vs scan ${ms(scanMedian)}: ` +
      `${(scanMedian / Math.max(kdMedian, 1e-6)).toFixed(1)}x faster`
  )
}

async function main(): Promise<void> {
  await benchDatabase()
  benchIndex(10_000)
  benchIndex(100_000)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
