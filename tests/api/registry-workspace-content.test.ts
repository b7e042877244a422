import ExifReader from 'exifreader'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Database } from '../../src/cloud/db/database'
import type { User } from '../../src/domain/account/account-schema'
import type { InstitutionDetail } from '../../src/domain/finder/institution-schema'
import { callAs } from './support/call-action'
import { newParent, regulatorOf, staffOf, unwrap, uploadPhoto } from './support/complaint-fixtures'
import { TEST_NOW, TEST_REFERENCE_DATE, testDatabase } from './support/test-database'

let db: Database
beforeAll(async () => {
  db = await testDatabase()
})

const REGION = 'bazhou'
const getInstitution = async (id: string) => unwrap(await callAs<InstitutionDetail>(db, null, 'finder', 'get', { id }))
const codeOf = (envelope: { ok: boolean; error?: { code: string } }) => (envelope.ok ? 'OK' : envelope.error?.code)

/** An institution of the region, from the end of the id order (clear of other suites' picks). */
async function pick(index: number): Promise<InstitutionDetail> {
  const { rows } = await db.query<{ id: string }>(`SELECT id FROM institutions WHERE region_code = $1 AND listed ORDER BY id DESC OFFSET $2 LIMIT 1`, [REGION, index])
  expect(rows[0]).toBeDefined()
  return getInstitution(rows[0]!.id)
}

const jpegWithGps = async () =>
  new Uint8Array(
    await sharp({ create: { width: 64, height: 48, channels: 3, background: '#6a8' } })
      .jpeg()
      .withExif({ IFD0: { Make: 'SamplePhone' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '29/1 42/1 52/1', GPSLongitudeRef: 'E', GPSLongitude: '120/1 14/1 10/1' } })
      .toBuffer()
  )

const ticketFor = async (staff: User) => unwrap(await uploadPhoto(db, staff, await jpegWithGps())).ticket

describe('staff keep their 公示 items current', () => {
  it('publishes an item in their words with a photo, EXIF gone, and 信息仍然准确 re-dates it; each on the 变更记录', async () => {
    const inst = await pick(0)
    const staff = staffOf(inst)
    const ticket = await ticketFor(staff)
    unwrap(await callAs(db, staff, 'registry', 'updateDisclosure', { institutionId: inst.id, key: 'weekly_menu', value: '本周食谱已张贴于门厅（示例）', photoTicket: ticket }))
    let page = await getInstitution(inst.id)
    const item = page.disclosures.find((d) => d.key === 'weekly_menu')!
    expect(item).toMatchObject({ value: '本周食谱已张贴于门厅（示例）', updatedOn: TEST_REFERENCE_DATE, section: 'meals', source: inst.name })
    expect(page.changes[0]).toMatchObject({ kind: 'disclosure_updated', fields: ['weekly_menu'] })
    const photo = unwrap(await callAs<{ data: string }>(db, null, 'registry', 'institutionPhoto', { institutionId: inst.id, photoId: item.photoId }))
    expect(Object.keys(ExifReader.load(Buffer.from(photo.data, 'base64'))).some((k) => k.startsWith('GPS') || k === 'Make')).toBe(false)
    // The ticket works once.
    expect(codeOf(await callAs(db, staff, 'registry', 'addPremisesPhoto', { institutionId: inst.id, photoTicket: ticket }))).toBe('NOT_FOUND')

    const nextMonth = new Date(TEST_NOW.getTime() + 40 * 86_400_000)
    unwrap(await callAs(db, staff, 'registry', 'confirmDisclosures', { institutionId: inst.id, keys: ['weekly_menu'] }, nextMonth))
    page = await getInstitution(inst.id)
    expect(page.disclosures.find((d) => d.key === 'weekly_menu')).toMatchObject({ value: item.value, updatedOn: '2027-01-02', photoId: item.photoId })
    expect(page.changes[0]).toMatchObject({ kind: 'disclosures_confirmed' })
    const { rows } = await db.query<{ kind: string }>(`SELECT kind FROM registry_events WHERE institution_id = $1 ORDER BY id DESC LIMIT 2`, [inst.id])
    expect(rows.map((r) => r.kind)).toEqual(['disclosures_confirmed', 'disclosure_updated'])
  })

  it.each([
    ['an unknown item', { key: 'pets_policy', value: '允许（示例）' }, 'INVALID_INPUT'],
    ['an empty text', { key: 'weekly_menu', value: '   ' }, 'INVALID_INPUT'],
    ['a text too long', { key: 'weekly_menu', value: '长'.repeat(501) }, 'INVALID_INPUT'],
    ['a forged ticket', { key: 'weekly_menu', value: '示例', photoTicket: `pt-${'A'.repeat(43)}` }, 'NOT_FOUND'],
    ['a new photo and none at once', { key: 'weekly_menu', value: '示例', photoTicket: `pt-${'A'.repeat(43)}`, removePhoto: true }, 'INVALID_INPUT']
  ])('refuses %s and writes nothing', async (_name, input, code) => {
    const inst = await pick(1)
    const before = await getInstitution(inst.id)
    const got = await callAs(db, staffOf(inst), 'registry', 'updateDisclosure', { institutionId: inst.id, ...input })
    expect(codeOf(got)).toBe(code)
    if (!got.ok) expect(got.error.message).toMatch(/[\u4e00-\u9fff]/)
    expect(await getInstitution(inst.id)).toEqual(before)
  })

  it('refuses to confirm an item never published, or the same one twice', async () => {
    const inst = await pick(1)
    const before = await getInstitution(inst.id)
    const unpublished = ['fee_schedule', 'refund_policy', 'weekly_menu', 'fire_inspection', 'staff_roster'].find((k) => !before.disclosures.some((d) => d.key === k))
    if (unpublished) expect(codeOf(await callAs(db, staffOf(inst), 'registry', 'confirmDisclosures', { institutionId: inst.id, keys: [unpublished] }))).toBe('NOT_FOUND')
    expect(codeOf(await callAs(db, staffOf(inst), 'registry', 'confirmDisclosures', { institutionId: inst.id, keys: ['weekly_menu', 'weekly_menu'] }))).toBe('INVALID_INPUT')
    expect(codeOf(await callAs(db, staffOf(inst), 'registry', 'confirmDisclosures', { institutionId: inst.id, keys: [] }))).toBe('INVALID_INPUT')
    expect(await getInstitution(inst.id)).toEqual(before)
  })
})

describe('premises photos', () => {
  it('adds, orders and removes photos; a removed photo is no longer served', async () => {
    const inst = await pick(2)
    const staff = staffOf(inst)
    for (let i = 0; i < 3; i++) unwrap(await callAs(db, staff, 'registry', 'addPremisesPhoto', { institutionId: inst.id, photoTicket: await ticketFor(staff) }))
    let page = await getInstitution(inst.id)
    const ids = page.premisesPhotos.map((p) => p.id)
    expect(ids).toHaveLength(3)
    expect(page.premisesPhotos[0]).toMatchObject({ width: 64, height: 48 })
    unwrap(await callAs(db, staff, 'registry', 'arrangePremisesPhotos', { institutionId: inst.id, photoIds: [ids[2], ids[0], ids[1]] }))
    page = await getInstitution(inst.id)
    expect(page.premisesPhotos.map((p) => p.id)).toEqual([ids[2], ids[0], ids[1]])
    unwrap(await callAs(db, staff, 'registry', 'removePremisesPhoto', { institutionId: inst.id, photoId: ids[0] }))
    page = await getInstitution(inst.id)
    expect(page.premisesPhotos.map((p) => p.id)).toEqual([ids[2], ids[1]])
    expect(page.changes[0]).toMatchObject({ kind: 'premises_photos_changed' })
    expect(codeOf(await callAs(db, null, 'registry', 'institutionPhoto', { institutionId: inst.id, photoId: ids[0] }))).toBe('NOT_FOUND')
    expect(codeOf(await callAs(db, null, 'registry', 'institutionPhoto', { institutionId: inst.id, photoId: ids[1] }))).toBe('OK')
    // Another institution's id does not reach this institution's photos.
    expect(codeOf(await callAs(db, null, 'registry', 'institutionPhoto', { institutionId: (await pick(3)).id, photoId: ids[1] }))).toBe('NOT_FOUND')
  })

  it('refuses an order that is not the current photos, and an unknown photo; nothing changes', async () => {
    const inst = await pick(2)
    const before = await getInstitution(inst.id)
    const ids = before.premisesPhotos.map((p) => p.id)
    expect(codeOf(await callAs(db, staffOf(inst), 'registry', 'arrangePremisesPhotos', { institutionId: inst.id, photoIds: ids.slice(0, 1) }))).toBe('INVALID_INPUT')
    expect(codeOf(await callAs(db, staffOf(inst), 'registry', 'arrangePremisesPhotos', { institutionId: inst.id, photoIds: [ids[0], ids[0]] }))).toBe('INVALID_INPUT')
    expect(codeOf(await callAs(db, staffOf(inst), 'registry', 'removePremisesPhoto', { institutionId: inst.id, photoId: 'ph-nothing-here' }))).toBe('NOT_FOUND')
    expect(await getInstitution(inst.id)).toEqual(before)
  })

  it('only the institution’s own staff change its 公示 and photos', async () => {
    const inst = await pick(4)
    const other = await pick(5)
    const before = await getInstitution(inst.id)
    const calls: [string, Record<string, unknown>][] = [
      ['updateDisclosure', { key: 'weekly_menu', value: '示例' }],
      ['confirmDisclosures', { keys: ['weekly_menu'] }],
      ['addPremisesPhoto', { photoTicket: `pt-${'B'.repeat(43)}` }],
      ['arrangePremisesPhotos', { photoIds: [] }],
      ['removePremisesPhoto', { photoId: 'ph-nothing-here' }]
    ]
    for (const [action, rest] of calls) {
      const input = { institutionId: inst.id, ...rest }
      expect([action, codeOf(await callAs(db, null, 'registry', action, input))]).toEqual([action, 'UNAUTHENTICATED'])
      expect([action, codeOf(await callAs(db, newParent(), 'registry', action, input))]).toEqual([action, 'FORBIDDEN'])
      expect([action, codeOf(await callAs(db, staffOf(other), 'registry', action, input))]).toEqual([action, 'FORBIDDEN'])
      expect([action, codeOf(await callAs(db, regulatorOf(REGION), 'registry', action, input))]).toEqual([action, 'FORBIDDEN'])
      expect([action, codeOf(await callAs(db, { ...regulatorOf(REGION), readOnly: true }, 'registry', action, input))]).toEqual([action, 'FORBIDDEN'])
    }
    expect(await getInstitution(inst.id)).toEqual(before)
  })
})
