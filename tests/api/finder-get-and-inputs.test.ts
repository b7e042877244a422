import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Database } from '../../src/cloud/db/database'
import { sampleInstitutions } from '../../src/cloud/sample-data/sample-institutions'
import { sampleRegions } from '../../src/cloud/sample-data/sample-regions'
import { callAs } from './support/call-action'
import { TEST_REFERENCE_DATE, testDatabase } from './support/test-database'

let db: Database
beforeAll(async () => {
  db = await testDatabase()
})

const count = async (table: string) =>
  (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0]?.n

describe('finder.get', () => {
  it('returns an institution exactly as it was filed and disclosed', async () => {
    const zhuji = sampleRegions().find((r) => r.code === 'zhuji')
    const expected = zhuji && sampleInstitutions(zhuji, TEST_REFERENCE_DATE)[4]
    const got = await callAs(db, null, 'finder', 'get', { id: expected?.id })
    expect(got).toEqual({ ok: true, data: expected })
  })

  it('says plainly when an institution does not exist', async () => {
    const got = await callAs(db, null, 'finder', 'get', { id: 'zj-99999' })
    expect(got).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    if (!got.ok) expect(got.error.message).toMatch(/没有找到/)
  })
})

describe('regions', () => {
  it('lists the four sample regions and returns one with its districts and departments', async () => {
    const list = await callAs<{ code: string }[]>(db, null, 'regions', 'list', {})
    expect(list.ok && list.data.map((r) => r.code).sort()).toEqual(['bazhou', 'hebi', 'yuzhong', 'zhuji'])
    const one = await callAs<{ districts: unknown[]; departments: unknown[] }>(db, null, 'regions', 'get', {
      code: 'yuzhong'
    })
    expect(one.ok && one.data.districts.length).toBeGreaterThan(3)
    expect(one.ok && one.data.departments.length).toBeGreaterThan(3)
  })

  it('answers an unknown region with NOT_FOUND', async () => {
    expect(await callAs(db, null, 'regions', 'get', { code: 'atlantis' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' }
    })
  })
})

const BAD_SEARCHES: [string, unknown, string][] = [
  ['latitude out of range', { regionCode: 'zhuji', origin: { lat: 91, lng: 120 } }, 'INVALID_INPUT'],
  ['longitude out of range', { regionCode: 'zhuji', origin: { lat: 29, lng: -181 } }, 'INVALID_INPUT'],
  ['unknown service type', { regionCode: 'zhuji', serviceTypes: ['weekly'] }, 'INVALID_INPUT'],
  ['unknown age band', { regionCode: 'zhuji', ageBands: ['teen'] }, 'INVALID_INPUT'],
  ['unknown grade', { regionCode: 'zhuji', minGrade: 'S' }, 'INVALID_INPUT'],
  ['repeated filter value', { regionCode: 'zhuji', ageBands: ['toddler', 'toddler'] }, 'INVALID_INPUT'],
  ['radius as text', { regionCode: 'zhuji', radiusM: '5000' }, 'INVALID_INPUT'],
  ['radius too large', { regionCode: 'zhuji', radiusM: 10_000_000 }, 'INVALID_INPUT'],
  ['fee as a fraction', { regionCode: 'zhuji', maxMonthlyFeeFen: 12.5 }, 'INVALID_INPUT'],
  ['oversized keyword', { regionCode: 'zhuji', keyword: '托'.repeat(41) }, 'INVALID_INPUT'],
  ['unknown field', { regionCode: 'zhuji', colour: 'red' }, 'INVALID_INPUT'],
  ['missing region', {}, 'INVALID_INPUT'],
  ['region as a number', { regionCode: 42 }, 'INVALID_INPUT'],
  ['input not an object', 'zhuji', 'INVALID_INPUT'],
  ['page size zero', { regionCode: 'zhuji', pageSize: 0 }, 'INVALID_INPUT'],
  ['forged cursor', { regionCode: 'zhuji', cursor: 'distance~abc~zj-0001' }, 'INVALID_INPUT'],
  ['cursor from another sort', { regionCode: 'zhuji', sort: 'fee', cursor: 'distance~12.5~zj-0001' }, 'INVALID_INPUT'],
  ['district of another region', { regionCode: 'zhuji', districtCode: 'jiefangbei' }, 'INVALID_INPUT'],
  ['unknown region', { regionCode: 'atlantis' }, 'NOT_FOUND']
]

describe('finder.search refuses bad input with a stable code and a message a parent can read', () => {
  it.each(BAD_SEARCHES)('%s', async (_label, input, code) => {
    const rowsBefore = await count('institutions')
    const got = await callAs(db, null, 'finder', 'search', input)
    expect(got).toMatchObject({ ok: false, error: { code } })
    if (!got.ok) {
      expect(got.error.message).toMatch(/[\u4e00-\u9fa5]/)
      expect(got.error.message).not.toMatch(/ZodError|stack|undefined/)
    }
    expect(await count('institutions')).toBe(rowsBefore)
  })

  it('refuses a malformed id for finder.get', async () => {
    expect(await callAs(db, null, 'finder', 'get', { id: 42 })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' }
    })
    expect(await callAs(db, null, 'finder', 'get', { id: 'x'.repeat(200) })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' }
    })
  })
})
