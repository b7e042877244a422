import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Database } from '../../src/cloud/db/database'
import { saveInstitutions } from '../../src/cloud/finder/institution-repository'
import { sampleInstitutions } from '../../src/cloud/sample-data/sample-institutions'
import { sampleRegions } from '../../src/cloud/sample-data/sample-regions'
import type { InstitutionDetail } from '../../src/domain/finder/institution-schema'
import type { SearchInput, SearchOutput } from '../../src/domain/finder/search-schema'
import type { Region } from '../../src/domain/regions/region-schema'
import { callAs } from './support/call-action'
import { bruteForceSearch } from './support/finder-oracle'
import { databaseOfKind, STORE_KINDS, TEST_REFERENCE_DATE } from './support/test-database'

const regions = sampleRegions()
const seeded = new Map<string, InstitutionDetail[]>(
  regions.map((r) => [r.code, sampleInstitutions(r, TEST_REFERENCE_DATE)])
)
const region = (code: string): Region => regions.find((r) => r.code === code) as Region

// Deterministic points around each region so a failure names a reproducible place.
function pointsAround(r: Region, count: number): { lat: number; lng: number }[] {
  let s = r.code.length * 7919
  const next = () => {
    s = (s * 48271) % 2147483647
    return s / 2147483647
  }
  return Array.from({ length: count }, () => ({
    lat: r.centre.lat + (next() - 0.5) * 0.12,
    lng: r.centre.lng + (next() - 0.5) * 0.12
  }))
}

async function searchAll(db: Database, input: SearchInput): Promise<SearchOutput['items']> {
  const items: SearchOutput['items'] = []
  let cursor: string | undefined
  for (let guard = 0; guard < 200; guard++) {
    const page = await callAs<SearchOutput>(db, null, 'finder', 'search', { ...input, cursor, pageSize: 7 })
    expect(page.ok).toBe(true)
    if (!page.ok) break
    items.push(...page.data.items)
    if (page.data.nextCursor === null) return items
    cursor = page.data.nextCursor
  }
  throw new Error('paging did not end')
}

const FILTER_CASES: [string, Omit<SearchInput, 'regionCode'>][] = [
  ['no filters', {}],
  ['普惠', { affordableOnly: true }],
  ['示范', { demonstrationOnly: true }],
  ['托小班', { ageBands: ['toddler'] }],
  ['乳儿班 or 混龄班', { ageBands: ['infant', 'mixed'] }],
  ['计时托', { serviceTypes: ['hourly'] }],
  ['全日托 or 半日托', { serviceTypes: ['full_day', 'half_day'] }],
  ['有空位', { hasVacancy: true }],
  ['有空位 for 托小班 full day', { hasVacancy: true, ageBands: ['toddler'], serviceTypes: ['full_day'] }],
  ['社区托育点 or 单位', { operatorKinds: ['community_point', 'employer'] }],
  ['grade B or better', { minGrade: 'B' }],
  ['at most ¥2,000 a month', { maxMonthlyFeeFen: 200_000 }],
  ['计时托 at most ¥60 an hour', { serviceTypes: ['hourly'], maxHourlyFeeFen: 6_000 }],
  ['计时托 with a monthly cap, which says nothing of hourly prices', { serviceTypes: ['hourly'], maxMonthlyFeeFen: 1_000_000 }],
  ['临时托 at most ¥200 a day, or 全日托 at most ¥2,500 a month', { serviceTypes: ['temporary', 'full_day'], maxDailyFeeFen: 20_000, maxMonthlyFeeFen: 250_000 }],
  ['普惠 + 托小班 + 有空位', { affordableOnly: true, ageBands: ['toddler'], hasVacancy: true }],
  ['sorted by grade', { sort: 'grade' }],
  ['sorted by fee for full day', { sort: 'fee', serviceTypes: ['full_day'] }],
  ['wide radius', { radiusM: 30_000 }]
]

describe.each(STORE_KINDS)('finder.search on %s matches a brute-force haversine scan', (kind) => {
  let db: Database
  beforeAll(async () => {
    db = await databaseOfKind(kind)
  })
  afterAll(async () => {
    await db.close()
  })

  for (const r of regions) {
    it.each(FILTER_CASES)(`${r.code}: %s`, async (_label, filters) => {
      for (const origin of pointsAround(r, 3)) {
        const input: SearchInput = { regionCode: r.code, origin, ...filters }
        const expected = bruteForceSearch(seeded.get(r.code) ?? [], origin, input, TEST_REFERENCE_DATE)
        const got = await searchAll(db, input)
        expect(got.map((i) => i.id)).toEqual(expected.map((e) => e.id))
        expect(got.map((i) => i.distanceM)).toEqual(expected.map((e) => Math.round(e.distanceM)))
      }
    })
  }
})

describe('finder.search as a parent uses it', () => {
  let db: Database
  beforeAll(async () => {
    db = await databaseOfKind('pglite')
  })
  afterAll(async () => {
    await db.close()
  })

  it('starts at the region centre when no location is given, and at the district centre when one is chosen', async () => {
    const zhuji = region('zhuji')
    const district = zhuji.districts[1] ?? zhuji.districts[0]
    const atCentre = await callAs<SearchOutput>(db, null, 'finder', 'search', { regionCode: 'zhuji' })
    expect(atCentre.ok && atCentre.data.origin).toEqual(zhuji.centre)
    const inDistrict = await callAs<SearchOutput>(db, null, 'finder', 'search', {
      regionCode: 'zhuji',
      districtCode: district?.code
    })
    expect(inDistrict.ok && inDistrict.data.origin).toEqual(district?.centre)
    if (inDistrict.ok) expect(inDistrict.data.items.every((i) => i.districtCode === district?.code)).toBe(true)
  })

  it('pages without duplicates or gaps and reports the total', async () => {
    const input: SearchInput = { regionCode: 'hebi', radiusM: 50_000 }
    const all = await searchAll(db, input)
    const first = await callAs<SearchOutput>(db, null, 'finder', 'search', { ...input, pageSize: 50 })
    expect(first.ok && first.data.total).toBe(all.length)
    expect(new Set(all.map((i) => i.id)).size).toBe(all.length)
    expect(all.length).toBeGreaterThan(100)
  })

  it('shows a card priced by the hour in its own unit, not as an unpublished monthly fee', async () => {
    const page = await callAs<SearchOutput>(db, null, 'finder', 'search', { regionCode: 'zhuji', serviceTypes: ['hourly'], radiusM: 50_000, pageSize: 50 })
    if (!page.ok) throw new Error('search failed')
    const priced = page.data.items.filter((card) => card.fee !== null)
    expect(priced.length).toBeGreaterThan(0)
    for (const card of priced) {
      const detail = seeded.get('zhuji')?.find((i) => i.id === card.id) as InstitutionDetail
      const hourly = detail.fees.filter((f) => f.serviceType === 'hourly' && f.unit === 'hour').map((f) => f.amountFen)
      expect(card.fee).toEqual({ amountFen: Math.min(...hourly), unit: 'hour' })
      expect(card.monthlyFeeFen).toBeNull()
    }
  })

  it('shows each card the fee, freshness of the vacancy and latest grade the detail page holds', async () => {
    const page = await callAs<SearchOutput>(db, null, 'finder', 'search', {
      regionCode: 'zhuji',
      ageBands: ['toddler'],
      serviceTypes: ['full_day'],
      pageSize: 50
    })
    expect(page.ok).toBe(true)
    if (!page.ok) return
    for (const card of page.data.items) {
      const detail = seeded.get('zhuji')?.find((i) => i.id === card.id) as InstitutionDetail
      const fees = detail.fees.filter((f) => f.serviceType === 'full_day' && f.ageBand === 'toddler')
      expect(card.monthlyFeeFen).toBe(fees.length ? Math.min(...fees.map((f) => f.amountFen)) : null)
      const latest = [...detail.evaluations].sort((a, b) => b.evaluatedOn.localeCompare(a.evaluatedOn))[0]
      expect(card.latestGrade).toBe(latest?.grade ?? null)
      expect(card.isSample).toBe(true)
    }
  })

  it('sees a newly filed institution and a moved one on the next search', async () => {
    const zhuji = region('zhuji')
    const template = seeded.get('zhuji')?.[0] as InstitutionDetail
    const origin = { lat: zhuji.centre.lat + 0.001, lng: zhuji.centre.lng + 0.001 }
    const before = await callAs<SearchOutput>(db, null, 'finder', 'search', { regionCode: 'zhuji', origin, radiusM: 100 })
    expect(before.ok && before.data.items.map((i) => i.id)).not.toContain('zj-9001')
    await saveInstitutions(db, [{ ...template, id: 'zj-9001', location: origin }])
    const after = await callAs<SearchOutput>(db, null, 'finder', 'search', { regionCode: 'zhuji', origin, radiusM: 100 })
    expect(after.ok && after.data.items[0]).toMatchObject({ id: 'zj-9001', distanceM: 0 })
    await saveInstitutions(db, [{ ...template, id: 'zj-9001', location: { lat: origin.lat + 0.05, lng: origin.lng } }])
    const moved = await callAs<SearchOutput>(db, null, 'finder', 'search', { regionCode: 'zhuji', origin, radiusM: 100 })
    expect(moved.ok && moved.data.items.map((i) => i.id)).not.toContain('zj-9001')
  })
})
