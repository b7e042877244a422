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
import { cloudPhotoFilesFrom, useCloudPhotoFiles } from '../../src/cloud/complaints/cloud-photo-files'
import { photoUploadQuota } from '../../src/cloud/complaints/photo-upload-quota'
import { sweepUnsentPhotos } from '../../src/cloud/complaints/photo-upload-service'
import { TEST_NOW, testDatabase } from './support/test-database'

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
    const { complaint } = await fileComplaint(db, parent, complaintInput(institution.id, { photoTickets: [photo.ticket] }))
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
    const { complaint } = await fileComplaint(db, parent, complaintInput(institution.id, { photoTickets: [fromPng.ticket, fromWebp.ticket] }))
    const fetched = unwrap(await callAs<{ data: string }>(db, parent, 'complaints', 'photo', { trackingNo: complaint.trackingNo, photoId: fromWebp.id }))
    expect((await sharp(Buffer.from(fetched.data, 'base64')).metadata()).format).toBe('jpeg')
  })

  it('takes a 5 MB photo in one upload and answers with a ticket, not an owner', async () => {
    const noisy = await sharp(Buffer.from(Array.from({ length: 1400 * 1200 * 3 }, (_, i) => (i * 7919) % 251)), { raw: { width: 1400, height: 1200, channels: 3 } })
      .jpeg({ quality: 100 })
      .toBuffer()
    const padded = Buffer.concat([noisy, Buffer.alloc(PHOTO_LIMITS.maxBytes - noisy.length)])
    const photo = unwrap(await uploadPhoto(db, newParent(), new Uint8Array(padded)))
    expect(photo.ticket).toMatch(/^pt-[A-Za-z0-9_-]{43}$/)
    expect(photo).toMatchObject({ width: 1400, height: 1200 })
    const { rows } = await db.query<{ ticket_hash: string }>(`SELECT ticket_hash FROM complaint_photos WHERE id = $1`, [photo.id])
    expect(rows[0]?.ticket_hash).toMatch(/^[0-9a-f]{64}$/)
    expect(rows[0]?.ticket_hash).not.toContain(photo.ticket.slice(3))
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

  it('refuses a photo over 5 MB and keeps nothing of it', async () => {
    const before = await complaintTableCounts(db)
    const result = await uploadPhoto(db, newParent(), new Uint8Array(Buffer.concat([await photoWithGps(), Buffer.alloc(PHOTO_LIMITS.maxBytes)])))
    expect(codeOf(result)).toBe('PHOTO_TOO_LARGE')
    if (!result.ok) expect(result.error.message).toContain('5 MB')
    expect(await complaintTableCounts(db)).toEqual(before)
  })

  it('attaches a photo only with its ticket, and only once', async () => {
    const owner = newParent()
    const photo = unwrap(await uploadPhoto(db, owner, await photoWithGps()))
    const before = await complaintTableCounts(db)
    const guessed = await submit(db, newParent(), complaintInput(institution.id, { photoTickets: [`pt-${'A'.repeat(43)}`] }))
    expect(codeOf(guessed)).toBe('NOT_FOUND')
    if (!guessed.ok) expect(guessed.error.field).toBe('photoTickets')
    expect(await complaintTableCounts(db)).toEqual(before)
    unwrap(await submit(db, owner, complaintInput(institution.id, { photoTickets: [photo.ticket] })))
    expect(codeOf(await submit(db, owner, complaintInput(institution.id, { photoTickets: [photo.ticket] })))).toBe('NOT_FOUND')
  })

  it('lets a parent hold at most 12 photos not yet sent', async () => {
    const parent = newParent()
    const small = new Uint8Array(await sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } }).jpeg().toBuffer())
    const tickets: string[] = []
    for (let i = 0; i < PHOTO_LIMITS.maxPending; i += 1) tickets.push(unwrap(await uploadPhoto(db, parent, small)).ticket)
    const refused = await uploadPhoto(db, parent, small)
    expect(codeOf(refused)).toBe('RATE_LIMITED')
    if (!refused.ok) expect(refused.error.message).toContain('稍后')
    // Another parent is not held back by this one.
    expect(codeOf(await uploadPhoto(db, newParent(), small))).toBe('OK')
    // Photos sent with a complaint no longer count.
    unwrap(await submit(db, parent, complaintInput(institution.id, { photoTickets: tickets.slice(0, 2) })))
    expect(codeOf(await uploadPhoto(db, parent, small))).toBe('OK')
  })

  it('shows the complainant only their own photos of a complaint', async () => {
    const parent = newParent()
    const photo = unwrap(await uploadPhoto(db, parent, await photoWithGps()))
    const { complaint } = await fileComplaint(db, parent, complaintInput(institution.id, { photoTickets: [photo.ticket] }))
    const other = await fileComplaint(db, newParent(), complaintInput(institution.id))
    expect(codeOf(await callAs(db, parent, 'complaints', 'photo', { trackingNo: other.complaint.trackingNo, photoId: photo.id }))).toBe('NOT_FOUND')
    const view = unwrap(await callAs<ComplaintView>(db, parent, 'complaints', 'get', { trackingNo: complaint.trackingNo }))
    expect(view.photos).toHaveLength(1)
  })

  it('in the mini-program on WeChat cloud, takes a photo from cloud storage, deletes it there and re-encodes it', async () => {
    // wx-server-sdk's storage stood in for by a map: what downloadFile reads and deleteFile removes.
    const stored = new Map<string, Buffer>()
    const sdk = {
      downloadFile: async ({ fileID }: { fileID: string }) => {
        const content = stored.get(fileID)
        if (!content) throw { errCode: -503003, errMsg: 'downloadFile:fail file not exist' }
        return { fileContent: content }
      },
      deleteFile: async ({ fileList }: { fileList: string[] }) => ({ fileList: fileList.map((fileID) => ({ fileID, status: stored.delete(fileID) ? 0 : -1, errMsg: '' })) })
    }
    const fileId = (n: number) => `cloud://sample-env-1a2b.7361-sample-env-1a2b-1300000000/complaint-uploads/${String(n).padStart(32, '0')}.jpg`
    const parent = newParent()
    const claim = (input: Record<string, unknown>) => callAs<{ id: string; ticket: string; width: number }>(db, parent, 'complaints', 'claimCloudPhoto', input)

    // The self-hosted server has no cloud storage: photos come by multipart upload there.
    expect(codeOf(await claim({ fileId: fileId(1) }))).toBe('UNKNOWN_ACTION')
    useCloudPhotoFiles(cloudPhotoFilesFrom(sdk))
    try {
      stored.set(fileId(1), Buffer.from(await photoWithGps()))
      const photo = unwrap(await claim({ fileId: fileId(1) }))
      expect(photo).toMatchObject({ width: 320, ticket: expect.stringMatching(/^pt-/) })
      expect(stored.size).toBe(0)
      const { complaint } = await fileComplaint(db, parent, complaintInput(institution.id, { photoTickets: [photo.ticket] }))
      const fetched = unwrap(await callAs<{ data: string }>(db, parent, 'complaints', 'photo', { trackingNo: complaint.trackingNo, photoId: photo.id }))
      expect(Object.keys(ExifReader.load(Buffer.from(fetched.data, 'base64'))).some((k) => k.startsWith('GPS'))).toBe(false)

      // A document is refused and still deleted; a file that is not there, or outside the upload folder, is refused.
      stored.set(fileId(2), Buffer.from('%PDF-1.7\n'))
      expect(codeOf(await claim({ fileId: fileId(2) }))).toBe('PHOTO_TYPE_NOT_ALLOWED')
      expect(stored.size).toBe(0)
      expect(codeOf(await claim({ fileId: fileId(3) }))).toBe('NOT_FOUND')
      expect(codeOf(await claim({ fileId: 'cloud://sample-env-1a2b/someone-else/avatar.jpg' }))).toBe('INVALID_INPUT')
      expect(codeOf(await callAs(db, null, 'complaints', 'claimCloudPhoto', { fileId: fileId(4) }))).toBe('UNAUTHENTICATED')
      expect(codeOf(await callAs(db, regulatorOf(REGION), 'complaints', 'claimCloudPhoto', { fileId: fileId(4) }))).toBe('FORBIDDEN')
    } finally {
      useCloudPhotoFiles(null)
    }
  })

  // Last in this file: the sweep deletes every photo of the earlier tests that was not sent.
  it('deletes a photo not sent within the hour, after which its ticket no longer works', async () => {
    const parent = newParent()
    const photo = unwrap(await uploadPhoto(db, parent, await photoWithGps()))
    const stored = async () => (await db.query(`SELECT 1 FROM complaint_photos WHERE id = $1`, [photo.id])).rows.length
    const minutesLater = (minutes: number) => new Date(TEST_NOW.getTime() + minutes * 60_000)
    await sweepUnsentPhotos(db, photoUploadQuota, minutesLater(PHOTO_LIMITS.pendingMinutes - 1))
    expect(await stored()).toBe(1)
    await sweepUnsentPhotos(db, photoUploadQuota, minutesLater(PHOTO_LIMITS.pendingMinutes + 1))
    expect(await stored()).toBe(0)
    expect(PHOTO_LIMITS.pendingMinutes + 5).toBeLessThan(60)
    expect(codeOf(await submit(db, parent, complaintInput(institution.id, { photoTickets: [photo.ticket] }), minutesLater(50)))).toBe('NOT_FOUND')
  })
})
