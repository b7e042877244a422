import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Database } from '../../src/cloud/db/database'
import { sampleInstitutions } from '../../src/cloud/sample-data/sample-institutions'
import { sampleRegions } from '../../src/cloud/sample-data/sample-regions'
import type { Place } from '../../src/domain/finder/place-schema'
import { rateClassOf } from '../../src/domain/shared/rate-limit-rules'
import { haversineMetres } from '../../src/domain/shared/geo'
import { callAs } from './support/call-action'
import { TEST_REFERENCE_DATE, testDatabase } from './support/test-database'

// 选点 on H5: a parent types part of a district, street or institution name and gets points to search from.
let db: Database
beforeAll(async () => {
  db = await testDatabase()
})

const zhuji = sampleRegions().find((r) => r.code === 'zhuji')!
const jiyang = zhuji.districts.find((d) => d.code === 'jiyang')!

async function places(input: unknown): Promise<Place[]> {
  const answer = await callAs<{ places: Place[] }>(db, null, 'finder', 'places', input)
  if (!answer.ok) throw new Error(JSON.stringify(answer.error))
  return answer.data.places
}

describe('finder.places', () => {
  it('finds a district at its centre, without signing in', async () => {
    const found = await places({ regionCode: 'zhuji', query: '暨阳' })
    expect(found[0]).toEqual({ kind: 'district', name: '暨阳街道', context: '诸暨市', point: jiyang.centre })
  })

  it('finds a street, named with its district and placed among the institutions on it', async () => {
    const found = await places({ regionCode: 'zhuji', query: '浣纱南路' })
    const street = found.find((p) => p.kind === 'street')
    expect(street).toMatchObject({ name: '浣纱南路', context: '暨阳街道' })
    const onIt = sampleInstitutions(zhuji, TEST_REFERENCE_DATE).filter((i) => i.districtCode === 'jiyang' && i.address.includes('浣纱南路'))
    expect(onIt.length).toBeGreaterThan(0)
    for (const institution of onIt) expect(haversineMetres(street!.point, institution.location)).toBeLessThan(10_000)
  })

  it('finds a filed institution by part of its name, at its own location (GCJ-02, as stored)', async () => {
    const institution = sampleInstitutions(zhuji, TEST_REFERENCE_DATE)[3]!
    const found = await places({ regionCode: 'zhuji', query: institution.name.slice(0, 8) })
    expect(found).toContainEqual({ kind: 'institution', name: institution.name, context: institution.address, point: institution.location })
  })

  it('answers a short list, and nothing for a name that is nowhere', async () => {
    expect((await places({ regionCode: 'zhuji', query: '托育' })).length).toBeLessThanOrEqual(12)
    expect(await places({ regionCode: 'zhuji', query: '没有这个地方' })).toEqual([])
  })

  it('counts against the search allowance, like other public reads that cost the server', () => {
    expect(rateClassOf('finder', 'places')).toBe('search')
  })

  it.each([
    ['no query', { regionCode: 'zhuji' }],
    ['a blank query', { regionCode: 'zhuji', query: '   ' }],
    ['a query of 31 characters', { regionCode: 'zhuji', query: '路'.repeat(31) }],
    ['a number for a query', { regionCode: 'zhuji', query: 42 }],
    ['a region code that is not one', { regionCode: "zhuji'; --", query: '暨阳' }],
    ['an unknown field', { regionCode: 'zhuji', query: '暨阳', near: { lat: 1, lng: 2 } }],
    ['no input', undefined]
  ])('refuses %s with a readable message', async (_what, input) => {
    const answer = await callAs(db, null, 'finder', 'places', input)
    expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    if (!answer.ok) expect(answer.error.message).toMatch(/[\u4e00-\u9fff]/)
  })

  it('says plainly when the region does not exist', async () => {
    expect(await callAs(db, null, 'finder', 'places', { regionCode: 'atlantis', query: '暨阳' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })
})
