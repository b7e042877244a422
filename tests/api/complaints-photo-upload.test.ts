import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import ExifReader from 'exifreader'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Database } from '../../src/cloud/db/database'
import { createServer } from '../../src/cloud/transport/http-server'
import { PHOTO_LIMITS } from '../../src/domain/complaints/photo-rules'
import { DEFAULT_RATE_LIMITS } from '../../src/domain/shared/rate-limit-rules'
import { complaintInput, complaintTableCounts, institutionOf, multipartBody } from './support/complaint-fixtures'
import { testDatabase } from './support/test-database'

/** `POST /api/upload/complaint-photo` over real HTTP, as `Taro.uploadFile` and the H5 app send it. */

let db: Database
let server: Server
let base: string
let uploadDir: string
let institutionId: string

interface Answer {
  status: number
  headers: Headers
  body: { ok: boolean; data?: { ticket: string; id: string; width: number; height: number }; error?: { code: string; message: string } }
}

async function upload(bytes: Uint8Array, options: { token?: string; field?: string; type?: string; contentType?: string } = {}): Promise<Answer> {
  const { body, contentType } = multipartBody(bytes, { field: options.field, type: options.type })
  const response = await fetch(`${base}/api/upload/complaint-photo`, {
    method: 'POST',
    headers: { 'Content-Type': options.contentType ?? contentType, ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}) },
    body: new Uint8Array(body)
  })
  return { status: response.status, headers: response.headers, body: (await response.json()) as Answer['body'] }
}

let signIns = 0

/** A new account each time (the development sign-in keys accounts by name), so tests do not share quotas. */
async function signIn(role: 'parent' | 'regulator' | 'institution_staff'): Promise<string> {
  signIns += 1
  const scope = role === 'regulator' ? { regionCode: 'zhuji' } : role === 'institution_staff' ? { regionCode: 'zhuji', institutionId } : {}
  const response = await fetch(`${base}/api/account/devLogin`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ role, displayName: `上传测试${signIns}`, ...scope })
  })
  const session = (await response.json()) as { data: { token: string } }
  return session.data.token
}

async function submit(token: string, input: Record<string, unknown>) {
  const response = await fetch(`${base}/api/complaints/submit`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(input)
  })
  return { status: response.status, body: (await response.json()) as { ok: boolean; error?: { code: string; field?: string } } }
}

const jpegWithGps = async (width = 800, height = 600) =>
  new Uint8Array(
    await sharp({ create: { width, height, channels: 3, background: '#8a6' } })
      .jpeg()
      .withExif({ IFD0: { Make: 'SamplePhone' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '29/1 42/1 52/1', GPSLongitudeRef: 'E', GPSLongitude: '120/1 14/1 10/1' } })
      .toBuffer()
  )

beforeAll(async () => {
  db = await testDatabase()
  institutionId = (await institutionOf(db, 'zhuji', 3)).id
  uploadDir = mkdtempSync(path.join(tmpdir(), 'tuoyu-upload-route-'))
  server = createServer({ db, sessionSecret: 'photo-upload-route-test-secret-0123456789', devLogin: true, uploadDir })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
  rmSync(uploadDir, { recursive: true, force: true })
})

describe('the complaint photo upload', () => {
  it('takes a photo in one request, answers with a ticket, and submit attaches it without EXIF', async () => {
    const parent = await signIn('parent')
    const answer = await upload(await jpegWithGps(), { token: parent })
    expect(answer.status).toBe(200)
    expect(answer.body.data).toMatchObject({ width: 800, height: 600, ticket: expect.stringMatching(/^pt-/) })
    expect(readdirSync(uploadDir)).toEqual([])
    const ticket = answer.body.data?.ticket ?? ''
    const { rows } = await db.query<{ jpeg: Uint8Array }>(`SELECT jpeg FROM complaint_photos WHERE id = $1`, [answer.body.data?.id])
    expect(Object.keys(ExifReader.load(Buffer.from(rows[0]?.jpeg ?? []))).filter((k) => k.startsWith('GPS') || k === 'Make')).toEqual([])
    expect((await submit(parent, complaintInput(institutionId, { identity: 'anonymous', photoTickets: [ticket] }))).body.ok).toBe(true)
  })

  it('refuses a ticket that was never given, or given and used already', async () => {
    const parent = await signIn('parent')
    const before = await complaintTableCounts(db)
    const unknown = await submit(parent, complaintInput(institutionId, { photoTickets: [`pt-${'Q'.repeat(43)}`] }))
    expect(unknown.status).toBe(404)
    expect(unknown.body.error).toMatchObject({ code: 'NOT_FOUND', field: 'photoTickets' })
    const malformed = await submit(parent, complaintInput(institutionId, { photoTickets: ['ph-someone-elses-photo'] }))
    expect(malformed.body.error?.code).toBe('INVALID_INPUT')
    expect(await complaintTableCounts(db)).toEqual(before)
    const ticket = (await upload(await jpegWithGps(), { token: parent })).body.data?.ticket ?? ''
    expect((await submit(parent, complaintInput(institutionId, { photoTickets: [ticket] }))).body.ok).toBe(true)
    expect((await submit(parent, complaintInput(institutionId, { photoTickets: [ticket] }))).body.error?.code).toBe('NOT_FOUND')
  })

  it('refuses what is not a photo by its bytes, whatever it is called, with a message', async () => {
    const parent = await signIn('parent')
    const answer = await upload(new Uint8Array(Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n')), { token: parent, type: 'image/jpeg' })
    expect(answer.status).toBe(415)
    expect(answer.body.error?.code).toBe('PHOTO_TYPE_NOT_ALLOWED')
    expect(answer.body.error?.message).toContain('JPG')
    const broken = await upload(new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(300, 7)])), { token: parent })
    expect(broken.body.error?.code).toBe('PHOTO_UNREADABLE')
    expect(readdirSync(uploadDir)).toEqual([])
  })

  it('refuses a request that carries no photo file', async () => {
    const parent = await signIn('parent')
    const wrongField = await upload(await jpegWithGps(), { token: parent, field: 'picture' })
    expect(wrongField.status).toBe(400)
    expect(wrongField.body.error?.message).toContain('没有收到照片')
    const notMultipart = await upload(await jpegWithGps(), { token: parent, contentType: 'application/json' })
    expect(notMultipart.body.error?.code).toBe('INVALID_INPUT')
  })

  it('answers 413 to a photo over 5 MB, read to the end so the client sees the answer, and keeps nothing', async () => {
    const parent = await signIn('parent')
    const before = await complaintTableCounts(db)
    const big = new Uint8Array(Buffer.concat([await jpegWithGps(), Buffer.alloc(PHOTO_LIMITS.maxBytes)]))
    const answer = await upload(big, { token: parent })
    expect(answer.status).toBe(413)
    expect(answer.body.error?.message).toContain('5 MB')
    const huge = await upload(new Uint8Array(3 * PHOTO_LIMITS.maxBytes), { token: parent })
    expect(huge.status).toBe(413)
    expect(await complaintTableCounts(db)).toEqual(before)
    expect(readdirSync(uploadDir)).toEqual([])
  })

  it('holds a parent to 12 photos not yet sent', async () => {
    const parent = await signIn('parent')
    const small = new Uint8Array(await sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } }).jpeg().toBuffer())
    for (let i = 0; i < PHOTO_LIMITS.maxPending; i += 1) expect((await upload(small, { token: parent })).status).toBe(200)
    const refused = await upload(small, { token: parent })
    expect(refused.status).toBe(429)
    expect(refused.body.error?.code).toBe('RATE_LIMITED')
    expect((await upload(small, { token: await signIn('parent') })).status).toBe(200)
  })

  it('counts uploads against the client\'s upload allowance and says when to come back', async () => {
    const tight = createServer({
      db,
      sessionSecret: 'photo-upload-route-test-secret-0123456789',
      devLogin: true,
      uploadDir,
      rateLimits: { ...DEFAULT_RATE_LIMITS, uploads: { burst: 1, perMinute: 1 } }
    })
    await new Promise<void>((resolve) => tight.listen(0, '127.0.0.1', resolve))
    const tightBase = `http://127.0.0.1:${(tight.address() as AddressInfo).port}`
    try {
      const parent = await signIn('parent')
      const small = new Uint8Array(await sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } }).jpeg().toBuffer())
      const post = () => {
        const { body, contentType } = multipartBody(small, {})
        return fetch(`${tightBase}/api/upload/complaint-photo`, { method: 'POST', headers: { 'Content-Type': contentType, Authorization: `Bearer ${parent}` }, body: new Uint8Array(body) })
      }
      expect((await post()).status).toBe(200)
      const refused = await post()
      expect(refused.status).toBe(429)
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
      expect(((await refused.json()) as Answer['body']).error?.code).toBe('RATE_LIMITED')
    } finally {
      await new Promise((resolve) => tight.close(resolve))
    }
  })

  it('is for signed-in parents and institution staff only', async () => {
    const photo = await jpegWithGps(16, 16)
    const before = await complaintTableCounts(db)
    const signedOut = await upload(photo)
    expect(signedOut.status).toBe(401)
    expect(signedOut.body.error?.code).toBe('UNAUTHENTICATED')
    expect((await upload(photo, { token: 'forged.token' })).status).toBe(401)
    for (const role of ['regulator'] as const) {
      const answer = await upload(photo, { token: await signIn(role) })
      expect(answer.status).toBe(403)
      expect(answer.body.error?.code).toBe('FORBIDDEN')
    }
    expect(await complaintTableCounts(db)).toEqual(before)
    const get = await fetch(`${base}/api/upload/complaint-photo`)
    expect(get.status).toBe(405)
  })
})
