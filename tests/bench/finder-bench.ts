import { performance } from 'node:perf_hooks'
import KDBush from 'kdbush'
import { around } from 'geokdbush'
import type { Database, Queryable } from '../../src/cloud/db/database'
import { saveInstitutions } from '../../src/cloud/finder/institution-repository'
import { searchInstitutions } from '../../src/cloud/finder/finder-service'
import { regionSearchData } from '../../src/cloud/finder/region-index-cache'
import { writeRegionConfig } from '../../src/cloud/regions/regions-repository'
import { sampleInstitutions } from '../../src/cloud/sample-data/sample-institutions'
import { sampleRegionConfigs, sampleRegions } from '../../src/cloud/sample-data/sample-regions'
import type { InstitutionDetail } from '../../src/domain/finder/institution-schema'
import { matchesFilters, toSearchable, type SearchableInstitution } from '../../src/domain/finder/search-rules'
import { searchInputSchema, type SearchFilters } from '../../src/domain/finder/search-schema'
import type { Region } from '../../src/domain/regions/region-schema'
import { haversineBetween, boundingBox, type LatLng } from '../../src/domain/shared/geo'
import { median, percentile, randomSource, report, scaled } from './bench-report'

export const REFERENCE_DATE = '2026-11-23'
export const NOW = new Date('2026-11-23T04:00:00Z')
const RADIUS_M = 3000
const PAGE = 20
const FILTERS: SearchFilters = { ageBands: ['toddler'], hasVacancy: true }

const zhuji = sampleRegions().find((r) => r.code === 'zhuji') as Region

export const benchRegion = (code: string): Region => ({ ...zhuji, code, name: `${zhuji.name}（基准测试）` })

/** Stores a bench region under the sample routing of 诸暨, with an id prefix of its own. */
export async function saveBenchRegion(db: Database, region: Region): Promise<void> {
  const zhujiConfig = sampleRegionConfigs().find((r) => r.code === 'zhuji')
  if (!zhujiConfig) throw new Error('no sample 诸暨')
  await writeRegionConfig(db, { ...zhujiConfig, ...region, idPrefix: region.code.slice(0, 8) })
}

/** `count` institutions spread over a 0.3° (≈33 km) box, built from the sample records. */
export function syntheticCity(region: Region, count: number, prefix: string): InstitutionDetail[] {
  const random = randomSource(count)
  const templates = sampleInstitutions(zhuji, REFERENCE_DATE)
  return Array.from({ length: count }, (_, i) => {
    const template = templates[i % templates.length] as InstitutionDetail
    const location = { lat: region.centre.lat + (random() - 0.5) * 0.3, lng: region.centre.lng + (random() - 0.5) * 0.3 }
    return { ...template, id: `${prefix}-${String(i).padStart(6, '0')}`, regionCode: region.code, location }
  })
}

/**
 * The limit the issue measures against: a bare box query on a kd-tree and a haversine cut, with the filter
 * answered by a precomputed array, then the 20 nearest. Nothing a real search could do less.
 */
export class BareLimit {
  private readonly tree: KDBush
  private readonly lat: Float64Array
  private readonly lng: Float64Array
  private readonly accept: Uint8Array
  constructor(private readonly facts: readonly SearchableInstitution[]) {
    this.tree = new KDBush(facts.length)
    this.lat = Float64Array.from(facts, (f) => f.location.lat)
    this.lng = Float64Array.from(facts, (f) => f.location.lng)
    for (const f of facts) this.tree.add(f.location.lng, f.location.lat)
    this.tree.finish()
    this.accept = Uint8Array.from(facts, (f) => (matchesFilters(f, FILTERS, REFERENCE_DATE) ? 1 : 0))
  }

  search(origin: LatLng): { ids: string[]; total: number } {
    const box = boundingBox(origin, RADIUS_M)
    const hits: { i: number; d: number }[] = []
    for (const i of this.tree.range(box.minLng, box.minLat, box.maxLng, box.maxLat)) {
      if (!this.accept[i]) continue
      const d = haversineBetween(origin.lat, origin.lng, this.lat[i] ?? 0, this.lng[i] ?? 0)
      if (d <= RADIUS_M) hits.push({ i, d })
    }
    hits.sort((a, b) => a.d - b.d || ((this.facts[a.i]?.id ?? '') < (this.facts[b.i]?.id ?? '') ? -1 : 1))
    return { ids: hits.slice(0, PAGE).map((h) => this.facts[h.i]?.id ?? ''), total: hits.length }
  }

  around(origin: LatLng): number[] {
    return around(this.tree, origin.lng, origin.lat, PAGE, RADIUS_M / 1000, (i: number) => this.accept[i] === 1)
  }
}

/**
 * A stand-in for the database at 100k, where a real one would take minutes and gigabytes to fill on this
 * machine: it answers the finder's three reads from memory and takes saveInstitutions' writes, so the
 * service, its cache and its patching run exactly as on a server.
 */
export class FactsOnlyDatabase implements Database {
  readonly kind = 'postgres' as const
  private version = 1
  private changed: SearchableInstitution[] = []
  constructor(
    private readonly region: Region,
    private readonly facts: SearchableInstitution[]
  ) {}

  async query<T>(sql: string, params: readonly unknown[] = []): Promise<{ rows: T[] }> {
    const rows = (list: unknown[]) => ({ rows: list as T[] })
    if (sql.includes('finder_region_versions v')) return rows([{ stamp: 'bench', version: String(this.version), epoch: '1' }])
    if (sql.includes('FROM regions r')) return rows([this.regionRow()])
    if (sql.includes('FROM institutions WHERE region_code')) {
      const list = Number(params[1]) < 0 ? this.facts : this.changed
      return rows(list.map((facts) => ({ id: facts.id, listed: true, facts, detail: null, row_version: String(this.version) })))
    }
    if (sql.startsWith('INSERT INTO institutions')) {
      const facts = params.filter((p): p is string => typeof p === 'string' && p.includes('"latestEvaluatedOn"')).map((p) => JSON.parse(p) as SearchableInstitution)
      this.version++
      this.changed = facts
      return rows([])
    }
    throw new Error(`bench database: unexpected ${sql.slice(0, 60)}`)
  }

  /** The region as regions-repository.ts reads it: one row with its districts and departments as JSON. */
  private regionRow() {
    const r = this.region
    return {
      code: r.code,
      id_prefix: r.idPrefix,
      name: r.name,
      province: r.province,
      centre_lat: r.centre.lat,
      centre_lng: r.centre.lng,
      languages: r.languages,
      source_document: r.sourceDocument,
      policy: r.policy,
      is_sample: r.isSample,
      tracking_prefix: r.idPrefix.toUpperCase(),
      districts: r.districts.map((d) => ({ code: d.code, name: d.name, lat: d.centre.lat, lng: d.centre.lng, streets: d.streets })),
      departments: r.departments,
      rules: []
    }
  }

  async exec(): Promise<void> {}
  transaction<R>(work: (tx: Queryable) => Promise<R>): Promise<R> {
    return work(this)
  }
  async close(): Promise<void> {}
}

function searchQuery(regionCode: string, origin: LatLng) {
  return searchInputSchema.parse({ regionCode, origin, radiusM: RADIUS_M, pageSize: PAGE, ...FILTERS })
}

/** Warm search through the service against the bare limit, interleaved so both see the same machine load. */
async function warmSearch(db: Database, region: Region, facts: readonly SearchableInstitution[], label: string): Promise<void> {
  const limit = new BareLimit(facts)
  const random = randomSource(7)
  const origins = Array.from({ length: scaled(1500, 600) }, () => ({ lat: region.centre.lat + (random() - 0.5) * 0.25, lng: region.centre.lng + (random() - 0.5) * 0.25 }))
  const queries = origins.map((o) => searchQuery(region.code, o))
  const service: number[] = []
  const bare: number[] = []
  const kd: number[] = []
  for (let i = 0; i < origins.length; i++) {
    const origin = origins[i] as LatLng
    let t = performance.now()
    const got = await searchInstitutions(db, queries[i]!, NOW)
    service.push(performance.now() - t)
    t = performance.now()
    const expected = limit.search(origin)
    bare.push(performance.now() - t)
    t = performance.now()
    limit.around(origin)
    kd.push(performance.now() - t)
    if (got.total !== expected.total || got.items.map((r) => r.id).join() !== expected.ids.join()) {
      throw new Error(`${label}: the service and the bare limit disagree at ${JSON.stringify(origin)}`)
    }
  }
  // The first third warms the JIT; the figures are the medians of the rest.
  const steady = (xs: number[]) => xs.slice(500)
  const [s, b] = [median(steady(service)), median(steady(bare))]
  report({
    name: `warm search ${label} (20 nearest, 3 km, 托小班+有空位)`,
    value: s,
    unit: 'ms',
    limit: '≤ 3× bare bbox + haversine',
    baseline: { name: 'bare bbox+haversine', value: b },
    ratio: { value: s / b, target: 3 }
  })
  console.log(`    p95 ${percentile(steady(service), 95).toFixed(3)} ms; bare kdbush around ${median(steady(kd)).toFixed(3)} ms; answers identical on ${origins.length} points`)
}

/** A vacancy report edited, then the first search that must see it. */
async function editThenSearch(db: Database, region: Region, city: InstitutionDetail[], label: string, limitMs: number): Promise<void> {
  const times: number[] = []
  for (let k = 0; k < 5; k++) {
    const target = city[(k * 7919) % city.length] as InstitutionDetail
    const edited: InstitutionDetail = { ...target, vacancies: [{ serviceType: 'full_day', ageBand: 'toddler', places: k + 1, reportedOn: REFERENCE_DATE }] }
    await saveInstitutions(db, [edited])
    const t = performance.now()
    // No filters: whatever the template's classes, the edited institution is the nearest to its own door.
    const got = await searchInstitutions(db, searchInputSchema.parse({ regionCode: region.code, origin: edited.location, radiusM: RADIUS_M }), NOW)
    times.push(performance.now() - t)
    if (!got.items.some((i) => i.id === edited.id && i.vacancyReportedOn === REFERENCE_DATE)) throw new Error(`${label}: the edit is not visible`)
  }
  const m = median(times)
  report({ name: `first search after a vacancy edit ${label}`, value: m, unit: 'ms', limit: `≤ ${limitMs} ms`, ratio: { value: m / limitMs, target: 1 } })
  // Eight searches arriving together after an edit: one refresh, the others answered by the previous index.
  const target = city[1] as InstitutionDetail
  await saveInstitutions(db, [{ ...target, vacancies: [] }])
  const t = performance.now()
  await Promise.all(Array.from({ length: 8 }, () => searchInstitutions(db, searchQuery(region.code, target.location), NOW)))
  console.log(`    max of 5 edits ${Math.max(...times).toFixed(1)} ms; 8 searches together after an edit: all answered in ${(performance.now() - t).toFixed(1)} ms`)
}

async function coldAndMemory(db: Database, region: Region, count: number, label: string): Promise<void> {
  const t = performance.now()
  const { index } = await regionSearchData(db, region.code)
  const built = performance.now() - t
  const perInstitution = index.bytes / count
  report({ name: `index memory ${label}`, value: perInstitution, unit: 'B/inst', limit: '≤ 200 B per institution', ratio: { value: perInstitution / 200, target: 1 } })
  console.log(`    cold build (read the narrow projection + build) ${built.toFixed(0)} ms`)
}

/** 10k on the real database (PostgreSQL under `npm run bench`), 100k on the in-memory stand-in. */
export async function benchFinder(db: Database): Promise<void> {
  const region10k = benchRegion('benchcity')
  const city10k = syntheticCity(region10k, scaled(10_000), 'bc')
  await saveBenchRegion(db, region10k)
  const t = performance.now()
  await saveInstitutions(db, city10k)
  console.log(`    filed 10k synthetic institutions on ${db.kind} in ${((performance.now() - t) / 1000).toFixed(1)} s`)
  await coldAndMemory(db, region10k, city10k.length, `10k (${db.kind})`)
  await warmSearch(db, region10k, city10k.map(toSearchable), `10k (${db.kind})`)
  await editThenSearch(db, region10k, city10k, `10k (${db.kind})`, 50)

  const region100k = benchRegion('benchmetro')
  const city100k = syntheticCity(region100k, scaled(100_000), 'bm')
  const facts100k = city100k.map(toSearchable)
  const memory = new FactsOnlyDatabase(region100k, facts100k)
  await coldAndMemory(memory, region100k, city100k.length, '100k (in-memory stand-in)')
  await warmSearch(memory, region100k, facts100k, '100k')
  await editThenSearch(memory, region100k, city100k, '100k', 500)
}
