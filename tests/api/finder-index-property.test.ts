import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import type { Database } from '../../src/cloud/db/database'
import { searchFromDatabase, searchInstitutions } from '../../src/cloud/finder/finder-service'
import { saveInstitutions } from '../../src/cloud/finder/institution-repository'
import { RegionIndex } from '../../src/cloud/finder/region-index'
import { regionSearchData } from '../../src/cloud/finder/region-index-cache'
import { writeRegionConfig } from '../../src/cloud/regions/regions-repository'
import { sampleInstitutions } from '../../src/cloud/sample-data/sample-institutions'
import { sampleRegionConfigs, sampleRegions } from '../../src/cloud/sample-data/sample-regions'
import { AGE_BANDS, FEE_UNIT_BY_SERVICE, GRADES, OPERATOR_KINDS, SERVICE_TYPES, SORT_KEYS } from '../../src/domain/finder/finder-enums'
import type { InstitutionDetail } from '../../src/domain/finder/institution-schema'
import { freshVacancyOn, gradeRank, lowestFeeFor, matchesFilters, toSearchable } from '../../src/domain/finder/search-rules'
import { searchInputSchema, type SearchInput, type SearchOutput, type SearchQuery } from '../../src/domain/finder/search-schema'
import { chinaDayNumber, isoDateOfDayNumber, dayNumber } from '../../src/domain/shared/clock'
import { haversineMetres, type LatLng } from '../../src/domain/shared/geo'
import { callAs } from './support/call-action'
import { bruteForceSearch } from './support/finder-oracle'
import { databaseOfKind, STORE_KINDS, TEST_NOW, TEST_REFERENCE_DATE } from './support/test-database'

/*
 * The search index keeps institutions as bit masks, day numbers and typed arrays; these properties check that
 * it answers exactly what a plain scan of the records answers, on random institutions and random queries,
 * and again right after random edits (patched in, not rebuilt).
 */

const home = sampleRegions().find((r) => r.code === 'zhuji') ?? sampleRegions()[0]!
const homeConfig = sampleRegionConfigs().find((r) => r.code === home.code)!
const templates = sampleInstitutions(home, TEST_REFERENCE_DATE)
const template = templates[0]!
const centre = home.centre
const today = dayNumber(TEST_REFERENCE_DATE)
const keywords = [...new Set(templates.slice(0, 6).map((t) => t.name.slice(0, 2)))]

const point = (spread: number) =>
  fc.record({
    lat: fc.double({ min: centre.lat - spread, max: centre.lat + spread, noNaN: true }),
    lng: fc.double({ min: centre.lng - spread, max: centre.lng + spread, noNaN: true })
  })
const isoDay = (from: number, to: number) => fc.integer({ min: today + from, max: today + to }).map(isoDateOfDayNumber)
/*
 * The index stores fees as 32-bit integers and days as 16-bit codes from 2000-01-01; these reach past both
 * (and sit on their edges), for the rows it must answer from its exact copies.
 */
const lastCodedDay = dayNumber('2000-01-01') + 65_532
const extremeDay = fc
  .oneof(
    fc.constantFrom(dayNumber('1999-12-31'), dayNumber('2000-01-01'), lastCodedDay, lastCodedDay + 1),
    fc.integer({ min: dayNumber('1900-01-01'), max: dayNumber('1999-12-31') }),
    fc.integer({ min: lastCodedDay - 5, max: dayNumber('2400-12-31') })
  )
  .map(isoDateOfDayNumber)
const extremeFen = fc.oneof(
  fc.constantFrom(0x7fff_ffff - 1, 0x7fff_ffff, 0x8000_0000, 0xffff_ffff, 2 ** 32, Number.MAX_SAFE_INTEGER),
  fc.integer({ min: 0x7fff_0000, max: Number.MAX_SAFE_INTEGER })
)
const service = fc.constantFrom(...SERVICE_TYPES)
const age = fc.constantFrom(...AGE_BANDS)

/** With `extremes`, fees and days are sometimes beyond what the index's columns hold. */
const institution = (id: string, extremes = false) =>
  fc
    .record({
      location: point(0.05),
      name: fc.constantFrom(...templates.map((t) => t.name)),
      operatorKind: fc.constantFrom(...OPERATOR_KINDS),
      isAffordable: fc.boolean(),
      isDemonstration: fc.boolean(),
      serviceTypes: fc.uniqueArray(service, { minLength: 1, maxLength: 4 }),
      classAges: fc.uniqueArray(age, { maxLength: 3 }),
      fees: fc.array(
        fc.record({
          serviceType: service,
          ageBand: age,
          amountFen: extremes ? fc.oneof(fc.integer({ min: 0, max: 600_000 }), extremeFen) : fc.integer({ min: 0, max: 600_000 }),
          includesMeals: fc.boolean(),
          // Prices replaced, in effect and still to come: search must count only the one in effect today.
          effectiveFrom: fc.option(extremes ? fc.oneof(isoDay(-30, 30), extremeDay) : isoDay(-30, 30), { nil: undefined })
        }).map((fee) => ({ ...fee, unit: FEE_UNIT_BY_SERVICE[fee.serviceType] })),
        { maxLength: 5 }
      ),
      vacancies: fc.array(
        fc.record({ serviceType: service, ageBand: age, places: fc.integer({ min: 0, max: 3 }), reportedOn: extremes ? fc.oneof(isoDay(-60, 2), extremeDay) : isoDay(-60, 2) }),
        { maxLength: 4 }
      ),
      grades: fc.array(fc.record({ grade: fc.constantFrom(...GRADES), on: extremes ? fc.oneof(isoDay(-900, 0), extremeDay) : isoDay(-900, 0) }), { maxLength: 2 })
    })
    .map(
      (r): InstitutionDetail => ({
        ...template,
        id,
        location: r.location,
        name: r.name,
        operatorKind: r.operatorKind,
        isAffordable: r.isAffordable,
        isDemonstration: r.isDemonstration,
        serviceTypes: r.serviceTypes,
        classes: r.classAges.map((ageBand, i) => ({ id: `${id}-c${i}`, name: '班', ageBand, capacity: 10, enrolled: 5, caregivers: 2 })),
        fees: r.fees,
        vacancies: r.vacancies,
        evaluations: r.grades.map((g, i) => ({ ...template.evaluations[0]!, id: `${id}-e${i}`, grade: g.grade, evaluatedOn: g.on }))
      })
    )

const institutions = (prefix: string, max: number, extremes = false) =>
  fc.integer({ min: 0, max }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => institution(`${prefix}-${String(i).padStart(4, '0')}`, extremes))))

const query = fc.record(
  {
    origin: point(0.06),
    radiusM: fc.integer({ min: 100, max: 12_000 }),
    serviceTypes: fc.uniqueArray(service, { maxLength: 2 }),
    ageBands: fc.uniqueArray(age, { maxLength: 2 }),
    affordableOnly: fc.boolean(),
    demonstrationOnly: fc.boolean(),
    operatorKinds: fc.uniqueArray(fc.constantFrom(...OPERATOR_KINDS), { maxLength: 3 }),
    minGrade: fc.constantFrom(...GRADES),
    maxMonthlyFeeFen: fc.integer({ min: 0, max: 600_000 }),
    maxHourlyFeeFen: fc.integer({ min: 0, max: 20_000 }),
    maxDailyFeeFen: fc.integer({ min: 0, max: 60_000 }),
    hasVacancy: fc.boolean(),
    districtCode: fc.constantFrom(...home.districts.map((d) => d.code), 'nowhere'),
    keyword: fc.constantFrom(...keywords),
    sort: fc.constantFrom(...SORT_KEYS)
  },
  { requiredKeys: ['origin', 'radiusM'] }
)

/**
 * Queries with at most two filters: `query` nearly always sets most of them at once, and so nearly always
 * answers nothing, which compares little beyond "both empty".
 */
const FILTER_KEYS = ['serviceTypes', 'ageBands', 'affordableOnly', 'demonstrationOnly', 'operatorKinds', 'minGrade', 'maxMonthlyFeeFen', 'maxHourlyFeeFen', 'maxDailyFeeFen', 'hasVacancy', 'districtCode', 'keyword']
const fewFilters = fc
  .tuple(query, fc.uniqueArray(fc.constantFrom(...FILTER_KEYS), { maxLength: 2 }))
  .map(([q, keep]) => Object.fromEntries(Object.entries(q).filter(([key]) => !FILTER_KEYS.includes(key) || keep.includes(key))) as typeof q)

/** Mostly queries that find rows, and now and then one with every filter at once. */
const anyQuery = fc.oneof({ arbitrary: fewFilters, weight: 3 }, { arbitrary: query, weight: 1 })

/**
 * A query whose circle runs through an institution due north or south of its centre, so that row sits on
 * the edge of the search's bounding box, where a box read from the database must not lose it.
 */
const onTheEdge = (all: readonly InstitutionDetail[]) =>
  fc
    .record({ at: fc.nat(), radiusM: fc.integer({ min: 100, max: 12_000 }), side: fc.constantFrom(-1, 1), sort: fc.constantFrom(...SORT_KEYS) })
    .map(({ at, radiusM, side, sort }) => {
      const { lat, lng } = all[at % all.length]!.location
      return { origin: { lat: lat + (side * radiusM * 180) / (Math.PI * 6_371_000), lng }, radiusM, sort }
    })

/** Edits as a staff member or regulator makes them: a new vacancy report, a fee change, a move, a new filing. */
const edits = (existing: readonly InstitutionDetail[], prefix: string, extremes = false) =>
  fc.array(
    fc.oneof(
      fc.record({ at: fc.nat(), vacancies: fc.array(fc.record({ serviceType: service, ageBand: age, places: fc.integer({ min: 0, max: 3 }), reportedOn: isoDay(-40, 0) }), { maxLength: 3 }) }).map(
        ({ at, vacancies }) => (existing.length ? [{ ...existing[at % existing.length]!, vacancies }] : [])
      ),
      fc.record({ at: fc.nat(), location: point(0.05) }).map(({ at, location }) => (existing.length ? [{ ...existing[at % existing.length]!, location }] : [])),
      institution(`${prefix}-9000`, extremes).map((inst) => [inst])
    ),
    { maxLength: 4 }
  ).map((lists) => {
    const byId = new Map<string, InstitutionDetail>()
    for (const inst of lists.flat()) byId.set(inst.id, inst)
    return [...byId.values()]
  })

function applyEdits(all: readonly InstitutionDetail[], changed: readonly InstitutionDetail[]): InstitutionDetail[] {
  const byId = new Map(all.map((i) => [i.id, i]))
  for (const c of changed) byId.set(c.id, c)
  return [...byId.values()]
}

type Query = Omit<SearchInput, 'regionCode'> & { origin: LatLng }

function indexAnswers(index: RegionIndex, q: Query) {
  const parsed = searchInputSchema.parse({ ...q, regionCode: 'zhuji' })
  const f = index.compile(parsed, today)
  return index
    .within(parsed.origin as LatLng, parsed.radiusM, f)
    .map(({ row, distanceM }) => ({ id: index.ids[row], distanceM, fee: index.lowestFeeOf(row, f, 'month'), hourly: index.lowestFeeOf(row, f, 'hour'), vacancyOn: index.freshVacancyOn(row, f) }))
    .sort((a, b) => (a.id! < b.id! ? -1 : 1))
}

function scanAnswers(all: readonly InstitutionDetail[], q: Query) {
  const parsed = searchInputSchema.parse({ ...q, regionCode: 'zhuji' })
  const { origin, radiusM } = parsed
  return all
    .map(toSearchable)
    .filter((s) => haversineMetres(origin as LatLng, s.location) <= radiusM && matchesFilters(s, parsed, TEST_REFERENCE_DATE))
    .map((s) => ({
      id: s.id,
      distanceM: haversineMetres(origin as LatLng, s.location),
      fee: lowestFeeFor(s, parsed, 'month', TEST_REFERENCE_DATE),
      hourly: lowestFeeFor(s, parsed, 'hour', TEST_REFERENCE_DATE),
      vacancyOn: freshVacancyOn(s, parsed, TEST_REFERENCE_DATE)
    }))
    .sort((a, b) => (a.id < b.id ? -1 : 1))
}

describe('the region index answers what a scan of the records answers', () => {
  it('on random institutions and queries, and after random edits are patched in', () => {
    expect(chinaDayNumber(TEST_NOW)).toBe(today)
    let answered = 0
    fc.assert(
      fc.property(
        institutions('pi', 60).chain((all) => fc.tuple(fc.constant(all), edits(all, 'pi'), fc.array(anyQuery, { minLength: 1, maxLength: 5 }))),
        ([all, changed, queries]) => {
          const index = RegionIndex.fromFacts(all.map(toSearchable))
          const edited = applyEdits(all, changed)
          const patched = index.patched(changed.map(toSearchable))
          for (const q of queries) {
            expect(indexAnswers(index, q)).toEqual(scanAnswers(all, q))
            expect(indexAnswers(patched, q)).toEqual(scanAnswers(edited, q))
            if (scanAnswers(edited, q).length > 0) answered++
          }
        }
      ),
      { numRuns: 150, seed: 20261123 }
    )
    // Comparing empty answers proves little: most queries must find something.
    expect(answered).toBeGreaterThan(150)
  })

  it('patched, including removals, holds exactly the rows and cards of an index built afresh', () => {
    fc.assert(
      fc.property(
        institutions('pr', 60).chain((all) =>
          fc.tuple(fc.constant(all), edits(all, 'pr'), fc.subarray(all.map((i) => i.id), { maxLength: Math.min(4, all.length) }), fc.array(anyQuery, { minLength: 1, maxLength: 3 }))
        ),
        ([all, changed, removing, queries]) => {
          // A row is either written or no longer listed in one refresh, never both.
          const removedIds = removing.filter((id) => !changed.some((c) => c.id === id))
          const edited = applyEdits(all, changed).filter((i) => !removedIds.includes(i.id))
          const patched = RegionIndex.fromFacts(all.map(toSearchable)).patched(changed.map(toSearchable), removedIds)
          const fresh = RegionIndex.fromFacts(edited.map(toSearchable))
          expect(patched.ids).toEqual(fresh.ids)
          for (let row = 0; row < fresh.size; row++) expect(patched.card(row)).toEqual(fresh.card(row))
          for (const q of queries) expect(indexAnswers(patched, q)).toEqual(indexAnswers(fresh, q))
        }
      ),
      { numRuns: 150, seed: 20261203 }
    )
  })

  it('with fees and days beyond its 32- and 16-bit columns, built and patched', () => {
    fc.assert(
      fc.property(
        institutions('px', 40, true).chain((all) => fc.tuple(fc.constant(all), edits(all, 'px', true), fc.array(anyQuery, { minLength: 1, maxLength: 4 }))),
        ([all, changed, queries]) => {
          const edited = applyEdits(all, changed)
          const index = RegionIndex.fromFacts(all.map(toSearchable))
          const patched = index.patched(changed.map(toSearchable))
          const fresh = RegionIndex.fromFacts(edited.map(toSearchable))
          for (let row = 0; row < fresh.size; row++) expect(patched.card(row)).toEqual(fresh.card(row))
          for (const q of queries) {
            expect(indexAnswers(index, q)).toEqual(scanAnswers(all, q))
            expect(indexAnswers(patched, q)).toEqual(scanAnswers(edited, q))
          }
        }
      ),
      { numRuns: 150, seed: 20261204 }
    )
  })
})

async function searchAll(db: Database, input: SearchInput): Promise<SearchOutput['items']> {
  const items: SearchOutput['items'] = []
  let cursor: string | undefined
  for (let guard = 0; guard < 100; guard++) {
    const page = await callAs<SearchOutput>(db, null, 'finder', 'search', { ...input, cursor, pageSize: 9 })
    if (!page.ok) throw new Error(JSON.stringify(page.error))
    items.push(...page.data.items)
    if (page.data.nextCursor === null) return items
    cursor = page.data.nextCursor
  }
  throw new Error('paging did not end')
}

const letters = (n: number) => [...String(n)].map((d) => String.fromCharCode(97 + Number(d))).join('')

describe.each(STORE_KINDS)('finder.search on %s equals a full scan, right after edits too', (kind) => {
  let db: Database
  beforeAll(async () => {
    db = await databaseOfKind(kind, { seed: false })
  })
  afterAll(async () => {
    await db?.close()
  })

  it('pages through exactly the scan’s answer before and after each batch of edits', async () => {
    let run = 0
    let answered = 0
    await fc.assert(
      fc.asyncProperty(
        institutions('pq', 40).chain((all) => fc.tuple(fc.constant(all), edits(all, 'pq'), fc.array(fewFilters, { minLength: 1, maxLength: 3 }))),
        async ([generated, changed, queries]) => {
          // Each run files its institutions in a region of its own, so runs never see each other's rows.
          const code = `prop${letters(run++)}`
          const prefix = `p${letters(run)}`.slice(0, 8)
          const rename = (i: InstitutionDetail) => ({ ...i, id: i.id.replace(/^pq/, prefix), regionCode: code })
          const all = generated.map(rename)
          await writeRegionConfig(db, { ...homeConfig, code, idPrefix: prefix })
          await saveInstitutions(db, all)
          for (const q of queries) {
            const input = { regionCode: code, ...q }
            expect((await searchAll(db, input)).map((i) => i.id)).toEqual(bruteForceSearch(all, q.origin, input, TEST_REFERENCE_DATE).map((e) => e.id))
          }
          const edited = changed.map(rename)
          await saveInstitutions(db, edited)
          const after = applyEdits(all, edited)
          for (const q of queries) {
            const input = { regionCode: code, ...q }
            const got = await searchAll(db, input)
            const expected = bruteForceSearch(after, q.origin, input, TEST_REFERENCE_DATE)
            expect(got.map((i) => i.id)).toEqual(expected.map((e) => e.id))
            expect(got.map((i) => i.distanceM)).toEqual(expected.map((e) => Math.round(e.distanceM)))
            if (expected.length > 0) answered++
          }
        }
      ),
      { numRuns: 12, seed: 20261124 }
    )
    expect(answered).toBeGreaterThan(6)
  })
})

/**
 * The ids a search lists, in order, worked out by a scan with the domain's rules (fees count from the day they
 * take effect, as scanAnswers applies them): by the sort's key, then distance, then id.
 */
function scanOrder(all: readonly InstitutionDetail[], q: Query): string[] {
  const grades = new Map(all.map((i) => [i.id, gradeRank(toSearchable(i).latestGrade)]))
  const primary = (a: { id: string; fee: number | null }) =>
    q.sort === 'grade' ? (grades.get(a.id) ?? 0) : q.sort === 'fee' ? (a.fee ?? Number.MAX_SAFE_INTEGER) : 0
  return scanAnswers(all, q)
    .sort((a, b) => primary(a) - primary(b) || a.distanceM - b.distanceM || (a.id < b.id ? -1 : 1))
    .map((a) => a.id)
}

/** Every page of a search, cursor after cursor, exactly as each came back. */
async function pagesOf(search: (q: SearchQuery) => Promise<SearchOutput>, input: SearchInput): Promise<SearchOutput[]> {
  const pages: SearchOutput[] = []
  let cursor: string | undefined
  for (let guard = 0; guard < 100; guard++) {
    const page = await search(searchInputSchema.parse({ ...input, cursor, pageSize: 7 }))
    pages.push(page)
    if (page.nextCursor === null) return pages
    cursor = page.nextCursor
  }
  throw new Error('paging did not end')
}

describe.each(STORE_KINDS)('on %s, a search answered from the database (a cold instance) equals the index and a full scan', (kind) => {
  let db: Database
  beforeAll(async () => {
    db = await databaseOfKind(kind, { seed: false })
  })
  afterAll(async () => {
    await db?.close()
  })

  it('page for page, cursors and cards included, before and right after each batch of edits', async () => {
    let run = 0
    await fc.assert(
      fc.asyncProperty(
        institutions('pd', 40).chain((all) => {
          const queries = all.length ? fc.oneof(fewFilters, onTheEdge(all)) : fewFilters
          return fc.tuple(fc.constant(all), edits(all, 'pd'), fc.array(fc.tuple(queries, fc.boolean()), { minLength: 1, maxLength: 4 }))
        }),
        async ([generated, changed, queries]) => {
          const code = `cold${letters(run++)}`
          const prefix = `d${letters(run)}`.slice(0, 8)
          const rename = (i: InstitutionDetail) => ({ ...i, id: i.id.replace(/^pd/, prefix), regionCode: code })
          await writeRegionConfig(db, { ...homeConfig, code, idPrefix: prefix })
          let all = generated.map(rename)
          await saveInstitutions(db, all)
          await regionSearchData(db, code)
          const check = async () => {
            // Without an origin the search starts from the district's centre, or the region's.
            for (const [q, fromCentre] of queries) {
              const input: SearchInput = fromCentre ? { ...q, regionCode: code, origin: undefined } : { ...q, regionCode: code }
              // A district the region lacks has no centre to start from: both must refuse it alike.
              const outcome = (search: (parsed: SearchQuery) => Promise<SearchOutput>) => pagesOf(search, input).catch((error: unknown) => String(error))
              const fromDatabase = await outcome((parsed) => searchFromDatabase(db, parsed, TEST_NOW))
              expect(fromDatabase).toEqual(await outcome((parsed) => searchInstitutions(db, parsed, TEST_NOW)))
              if (typeof fromDatabase === 'string') continue
              expect(fromDatabase.flatMap((page) => page.items.map((i) => i.id))).toEqual(scanOrder(all, { ...input, origin: fromDatabase[0]!.origin }))
            }
          }
          await check()
          const edited = changed.map(rename)
          await saveInstitutions(db, edited)
          all = applyEdits(all, edited)
          await check()
        }
      ),
      { numRuns: 12, seed: 20261205 }
    )
  })
})
