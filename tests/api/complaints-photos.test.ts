import ExifReader from 'exifreader'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Database } from '../../src/cloud/db/database'
import type { ComplaintView, RegulatorComplaintView } from '../../src/domain/complaints/complaint-schema'
import { PHOTO_LIMITS } from '../../src/domain/complaints/photo-rules'
import { callAs } from './support/call-action'
import {
  codeOf,
  complaintInput,
  complaintTableCounts,
  fileComplaint,
  institutionOf,
  newParent,
  regulatorOf,
  submit,
  unwrap,
  uploadPhoto
} from './support/complaint-fixtures'
import { testDatabase } from './support/test-database'

const REGION = 'hebi'
let db: Database
let institution: { id: string }

beforeAll(async () => {
  db = await testDatabase()
  institution = await institutionOf(db, REGION, 0)
})

/** A phone photo as it leaves the camera: camera make, time, and where it was taken. */
async function photoWithGps(width = 320, height = 240): Promise<Uint8Array> {
  const jpeg = await sharp({ create: { width, height, channels: 3, background: { r: 180, g: 120, b: 90 } } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'SamplePhone', Model: 'S1', DateTime: '2026:11:20 09:15:00' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '35/1 44/1 52/1', GPSLongitudeRef: 'E', GPSLongitude: '114/1 17/1 49/1' }
    })
    .toBuffer()
  return new Uint8Array(jpeg)
}

describe('complaint photos', () => {
  it('an uploaded JPEG with GPS EXIF comes back without it, for the parent and the regulator', async () => {
    const original = await photoWithGps()
    const before = ExifReader.load(Buffer.from(original))
    expect(before.GPSLatitude?.description).toBeCloseTo(35.7478, 3)
    expect(before.Make?.description).toBe('SamplePhone')

    const parent = newParent()
    const photo = unwrap(await uploadPhoto(db, parent, original))
    expect(photo).toMatchObject({ width: 320, height: 240 })
    const { complaint } = await fileComplaint(db, parent, complaintInput(institution.id, { photoIds: [photo.id] }))
    expect(complaint.photos.map((p) => p.id)).toEqual([photo.id])

    const regulator = regulatorOf(REGION)
    for (const user of [parent, regulator]) {
      const fetched = unwrap(await callAs<{ mimeType: string; data: string }>(db, user, 'complaints', 'photo', { trackingNo: complaint.trackingNo, photoId: photo.id }))
      expect(fetched.mimeType).toBe('image/jpeg')
      const bytes = Buffer.from(fetched.data, 'base64')
      const tags = ExifReader.load(bytes)
      expect(Object.keys(tags).filter((k) => k.startsWith('GPS'))).toEqual([])
      expect(tags.Make).toBeUndefined()
      expect(tags.DateTime).toBeUndefined()
      expect((await sharp(bytes).metadata()).format).toBe('jpeg')
    }
    const stored = await db.query<{ jpeg: Uint8Array }>(`SELECT jpeg FROM complaint_photos WHERE id = $1`, [photo.id])
    expect(Object.keys(ExifReader.load(Buffer.from(stored.rows[0]?.jpeg ?? []))).some((k) => k.startsWith('GPS'))).toBe(false)
    const inspected = unwrap(await callAs<RegulatorComplaintView>(db, regulator, 'complaints', 'inspect', { trackingNo: complaint.trackingNo }))
    expect(inspected.photos).toHaveLength(1)
  })

  it('takes PNG and WebP, re-encoded to JPEG, and shrinks very large pictures', async () => {
    const parent = newParent()
    const png = await sharp({ create: { width: 3000, height: 1000, channels: 3, background: '#3366aa' } }).png().toBuffer()
    const webp = await sharp({ create: { width: 50, height: 80, channels: 3, background: '#aa6633' } }).webp().toBuffer()
    const fromPng = unwrap(await uploadPhoto(db, parent, new Uint8Array(png)))
    expect(fromPng).toMatchObject({ width: PHOTO_LIMITS.maxSidePx, height: 683 })
    const fromWebp = unwrap(await uploadPhoto(db, parent, new Uint8Array(webp)))
    expect(fromWebp).toMatchObject({ width: 50, height: 80 })
    const { complaint } = await fileComplaint(db, parent, complaintInput(institution.id, { photoIds: [fromPng.id, fromWebp.id] }))
    const fetched = unwrap(await callAs<{ data: string }>(db, parent, 'complaints', 'photo', { trackingNo: complaint.trackingNo, photoId: fromWebp.id }))
    expect((await sharp(Buffer.from(fetched.data, 'base64')).metadata()).format).toBe('jpeg')
  })

  it('sends a photo in parts of at most 32 KB, fitting the 64 KB request limit', async () => {
    const noisy = await sharp(Buffer.from(Array.from({ length: 400 * 300 * 3 }, (_, i) => (i * 7919) % 251)), { raw: { width: 400, height: 300, channels: 3 } })
      .jpeg({ quality: 100 })
      .toBuffer()
    expect(noisy.length).toBeGreaterThan(PHOTO_LIMITS.partBytes * 2)
    const begun = unwrap(await callAs<{ parts: number; partBytes: number }>(db, newParent(), 'complaints', 'beginPhoto', { byteLength: noisy.length }))
    expect(begun.parts).toBe(Math.ceil(noisy.length / PHOTO_LIMITS.partBytes))
    expect(JSON.stringify({ uploadId: 'up-x', partIndex: 0, data: noisy.subarray(0, begun.partBytes).toString('base64') }).length).toBeLessThan(64 * 1024)
    expect(codeOf(await uploadPhoto(db, newParent(), new Uint8Array(noisy)))).toBe('OK')
  })

  it('refuses what is not a JPEG, PNG or WebP by its bytes, whatever it claims to be', async () => {
    const gif = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64')
    const pdf = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n')
    for (const bytes of [gif, pdf]) {
      const result = await uploadPhoto(db, newParent(), new Uint8Array(bytes))
      expect(codeOf(result)).toBe('PHOTO_TYPE_NOT_ALLOWED')
      if (!result.ok) expect(result.error.message).toContain('JPG')
    }
    // Right magic bytes, broken body: decoding fails and the parent is told the photo cannot be opened.
    const broken = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(200, 7)])
    expect(codeOf(await uploadPhoto(db, newParent(), new Uint8Array(broken)))).toBe('PHOTO_UNREADABLE')
  })

  it('refuses a photo over 5 MB before a byte is sent', async () => {
    const result = await callAs(db, newParent(), 'complaints', 'beginPhoto', { byteLength: PHOTO_LIMITS.maxBytes + 1 })
    expect(codeOf(result)).toBe('PHOTO_TOO_LARGE')
    if (!result.ok) expect(result.error.message).toContain('5 MB')
  })

  it('keeps parts in order, acknowledges a repeated part once, and will not finish an incomplete upload', async () => {
    const parent = newParent()
    const bytes = Buffer.concat([await photoWithGps(600, 600), Buffer.alloc(PHOTO_LIMITS.partBytes)])
    const { uploadId, parts, partBytes } = unwrap(
      await callAs<{ uploadId: string; parts: number; partBytes: number }>(db, parent, 'complaints', 'beginPhoto', { byteLength: bytes.length })
    )
    expect(parts).toBeGreaterThan(1)
    const part = (i: number) => bytes.subarray(i * partBytes, (i + 1) * partBytes).toString('base64')
    expect(codeOf(await callAs(db, parent, 'complaints', 'putPhotoPart', { uploadId, partIndex: 1, data: part(1) }))).toBe('PHOTO_UPLOAD_INCOMPLETE')
    const first = unwrap(await callAs<{ receivedBytes: number }>(db, parent, 'complaints', 'putPhotoPart', { uploadId, partIndex: 0, data: part(0) }))
    const again = unwrap(await callAs<{ receivedBytes: number }>(db, parent, 'complaints', 'putPhotoPart', { uploadId, partIndex: 0, data: part(0) }))
    expect(again).toEqual(first)
    expect(codeOf(await callAs(db, parent, 'complaints', 'finishPhoto', { uploadId }))).toBe('PHOTO_UPLOAD_INCOMPLETE')
    expect(codeOf(await callAs(db, newParent(), 'complaints', 'putPhotoPart', { uploadId, partIndex: 1, data: part(1) }))).toBe('NOT_FOUND')
    expect(codeOf(await callAs(db, parent, 'complaints', 'putPhotoPart', { uploadId, partIndex: 1, data: 'AAAA' }))).toBe('INVALID_INPUT')
  })

  it('attaches only photos the parent uploaded and has not used yet', async () => {
    const owner = newParent()
    const photo = unwrap(await uploadPhoto(db, owner, await photoWithGps()))
    const before = await complaintTableCounts(db)
    const thief = await submit(db, newParent(), complaintInput(institution.id, { photoIds: [photo.id] }))
    expect(codeOf(thief)).toBe('NOT_FOUND')
    if (!thief.ok) expect(thief.error.field).toBe('photoIds')
    expect(await complaintTableCounts(db)).toEqual(before)
    unwrap(await submit(db, owner, complaintInput(institution.id, { photoIds: [photo.id] })))
    expect(codeOf(await submit(db, owner, complaintInput(institution.id, { photoIds: [photo.id] })))).toBe('NOT_FOUND')
  })

  it('lets a parent hold at most 12 photos not yet sent', async () => {
    const parent = newParent()
    const small = new Uint8Array(await sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } }).jpeg().toBuffer())
    for (let i = 0; i < PHOTO_LIMITS.maxPending; i += 1) unwrap(await uploadPhoto(db, parent, small))
    expect(codeOf(await uploadPhoto(db, parent, small))).toBe('RATE_LIMITED')
  })

  it('shows the complainant only their own photos of a complaint', async () => {
    const parent = newParent()
    const photo = unwrap(await uploadPhoto(db, parent, await photoWithGps()))
    const { complaint } = await fileComplaint(db, parent, complaintInput(institution.id, { photoIds: [photo.id] }))
    const other = await fileComplaint(db, newParent(), complaintInput(institution.id))
    expect(codeOf(await callAs(db, parent, 'complaints', 'photo', { trackingNo: other.complaint.trackingNo, photoId: photo.id }))).toBe('NOT_FOUND')
    const view = unwrap(await callAs<ComplaintView>(db, parent, 'complaints', 'get', { trackingNo: complaint.trackingNo }))
    expect(view.photos).toHaveLength(1)
  })
})
