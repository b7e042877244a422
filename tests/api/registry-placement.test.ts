import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Database } from '../../src/cloud/db/database'
import type { InstitutionDetail, InstitutionSummary } from '../../src/domain/finder/institution-schema'
import type { UnlocatedList } from '../../src/domain/registry/registry-schema'
import { callAs } from './support/call-action'
import { codeOf, newParent, regulatorOf, staffOf, unwrap } from './support/complaint-fixtures'
import { testDatabase } from './support/test-database'

let db: Database
beforeAll(async () => {
  db = await testDatabase()
})

const hebiRegulator = regulatorOf('hebi', '鹤壁市卫健委 李科员')
const hebiReadOnly = { ...regulatorOf('hebi'), readOnly: true }
const zhujiRegulator = regulatorOf('zhuji')

// A street in 淇滨区 (GCJ-02), well inside the region; the sample institutions nearby are sample data too.
const QIBIN = { lat: 35.7412, lng: 114.2971 }

let serial = 0
async function fileUnlocated(): Promise<{ id: string; name: string }> {
  serial += 1
  const name = `待定位托育园${serial}（样例）`
  const { institutionId } = unwrap(
    await callAs<{ institutionId: string }>(db, hebiRegulator, 'registry', 'fileInstitution', {
      name,
      districtCode: 'qibin',
      address: `淇滨区定位路${serial}号`,
      phone: '0392-7654321',
      operatorKind: 'private',
      serviceTypes: ['full_day'],
      isAffordable: false,
      location: null,
      filingNumber: `鹤卫托备〔2026〕P${process.pid}${serial}号`,
      receiptDate: '2026-10-08',
      registrationAuthority: '鹤壁市市场监督管理局',
      creditCode: '91410600MA9XXXXX1Q'
    })
  )
  return { id: institutionId, name }
}

const unlocated = async (user = hebiRegulator) => unwrap(await callAs<UnlocatedList>(db, user, 'registry', 'unlocatedInstitutions', {}))
const getInstitution = async (id: string) => unwrap(await callAs<InstitutionDetail>(db, null, 'finder', 'get', { id }))
const nearby = async (origin: { lat: number; lng: number }) =>
  unwrap(await callAs<{ items: InstitutionSummary[] }>(db, null, 'finder', 'search', { regionCode: 'hebi', origin, radiusM: 1000, pageSize: 50 })).items.map((i) => i.id)
const place = (id: string, location: unknown, user: unknown = hebiRegulator) => callAs(db, user as typeof hebiRegulator, 'registry', 'placeInstitution', { institutionId: id, location })

describe('placing an unlocated institution', () => {
  it('lists it as 待定位, and once placed it leaves the list and is found by distance search near the pin', async () => {
    const { id } = await fileUnlocated()
    const before = await unlocated()
    expect(before.canPlace).toBe(true)
    expect(before.items.map((i) => i.id)).toContain(id)
    expect(before.items.find((i) => i.id === id)).toMatchObject({ districtName: '淇滨区', address: expect.stringContaining('定位路') })
    expect(await nearby(QIBIN)).not.toContain(id)

    unwrap(await place(id, { ...QIBIN, datum: 'gcj02' }))

    expect(await nearby(QIBIN)).toContain(id)
    const after = await unlocated()
    expect(after.items.map((i) => i.id)).not.toContain(id)
    expect(after.total).toBe(before.total - 1)
    const page = await getInstitution(id)
    expect(page).toMatchObject({ located: true, location: QIBIN })
    expect(page.changes[0]).toMatchObject({ kind: 'details_changed', fields: ['location'], actor: '鹤壁市卫生健康委员会' })
    const audit = unwrap(await callAs<{ items: { institutionId: string; actorName: string }[] }>(db, hebiRegulator, 'registry', 'auditLog', { institutionId: id, limit: 5 }))
    expect(audit.items[0]).toMatchObject({ institutionId: id, actorName: '鹤壁市卫健委 李科员' })
  })

  it('converts a WGS-84 point to GCJ-02 before storing it', async () => {
    const { id } = await fileUnlocated()
    unwrap(await place(id, { ...QIBIN, datum: 'wgs84' }))
    const { location } = await getInstitution(id)
    // In China the shift is hundreds of metres; stored as the GCJ-02 point, not the typed one.
    expect(location.lng).not.toBeCloseTo(QIBIN.lng, 3)
    expect(Math.abs(location.lng - QIBIN.lng)).toBeLessThan(0.02)
  })
})

describe('who may place', () => {
  it('shows a read-only regulator the list but refuses its pin', async () => {
    const { id } = await fileUnlocated()
    const seen = await unlocated(hebiReadOnly)
    expect(seen.canPlace).toBe(false)
    expect(seen.items.map((i) => i.id)).toContain(id)
    expect(codeOf(await place(id, { ...QIBIN, datum: 'gcj02' }, hebiReadOnly))).toBe('FORBIDDEN')
    expect(await getInstitution(id)).toMatchObject({ located: false })
  })

  it('keeps another region’s regulator from seeing or placing them, and parents and staff from either', async () => {
    const { id } = await fileUnlocated()
    expect((await unlocated(zhujiRegulator)).items.map((i) => i.id)).not.toContain(id)
    expect(codeOf(await place(id, { ...QIBIN, datum: 'gcj02' }, zhujiRegulator))).toBe('FORBIDDEN')
    const parent = newParent()
    const staff = staffOf({ id, regionCode: 'hebi' })
    for (const user of [null, parent, staff]) {
      expect(codeOf(await place(id, { ...QIBIN, datum: 'gcj02' }, user))).toMatch(/^(UNAUTHENTICATED|FORBIDDEN)$/)
      expect(codeOf(await callAs(db, user, 'registry', 'unlocatedInstitutions', {}))).toMatch(/^(UNAUTHENTICATED|FORBIDDEN)$/)
    }
    expect(await getInstitution(id)).toMatchObject({ located: false })
  })
})

describe('bad points', () => {
  it.each([
    ['outside the region (Beijing)', { lat: 39.9087, lng: 116.3975, datum: 'gcj02' }, 'LOCATION_OUTSIDE_REGION'],
    ['outside China (a digit dropped from the longitude)', { lat: QIBIN.lat, lng: 14.2971, datum: 'gcj02' }, 'LOCATION_OUTSIDE_CHINA'],
    ['with latitude and longitude swapped', { lat: QIBIN.lng, lng: QIBIN.lat, datum: 'gcj02' }, 'INVALID_INPUT'],
    ['outside China (London)', { lat: 51.5, lng: -0.12, datum: 'wgs84' }, 'LOCATION_OUTSIDE_CHINA'],
    ['not a number', { lat: 'NaN', lng: QIBIN.lng, datum: 'gcj02' }, 'INVALID_INPUT'],
    ['NaN as JSON sends it (null)', { lat: null, lng: QIBIN.lng, datum: 'gcj02' }, 'INVALID_INPUT'],
    ['an unknown datum', { ...QIBIN, datum: 'bd09' }, 'INVALID_INPUT'],
    ['no datum', { ...QIBIN }, 'INVALID_INPUT'],
    ['beyond the poles', { lat: 95, lng: QIBIN.lng, datum: 'gcj02' }, 'INVALID_INPUT']
  ])('refuses a point %s and changes nothing', async (_what, location, code) => {
    const { id } = await fileUnlocated()
    expect(codeOf(await place(id, location))).toBe(code)
    expect(await getInstitution(id)).toMatchObject({ located: false, changes: [{ kind: 'filed' }] })
  })

  it('refuses a NaN that reaches the service directly', async () => {
    const { id } = await fileUnlocated()
    expect(codeOf(await place(id, { lat: Number.NaN, lng: QIBIN.lng, datum: 'gcj02' }))).toBe('INVALID_INPUT')
  })

  it('refuses an unknown institution and a typed change outside the region alike', async () => {
    expect(codeOf(await place('hb-9999', { ...QIBIN, datum: 'gcj02' }))).toBe('NOT_FOUND')
    const { id } = await fileUnlocated()
    const typed = await callAs(db, hebiRegulator, 'registry', 'changeDetails', { institutionId: id, changes: { location: { lat: 39.9087, lng: 116.3975, datum: 'gcj02' } } })
    expect(codeOf(typed)).toBe('LOCATION_OUTSIDE_REGION')
  })
})
