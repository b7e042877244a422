import type { IncomingMessage } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'
import { expect } from '../../support/expect-with-message'
import { photoUploadQuota } from '../../../src/cloud/complaints/photo-upload-quota'
import { PHOTO_FILE_FIELD, receivePhotoUpload } from '../../../src/cloud/transport/photo-upload-route'
import type { Database } from '../../../src/cloud/db/database'
import type { User } from '../../../src/domain/account/account-schema'
import type { ComplaintView, PhotoUpload, RegulatorComplaintView } from '../../../src/domain/complaints/complaint-schema'
import type { Envelope } from '../../../src/domain/shared/envelope-schema'
import { unwrap } from './booking-fixtures'
import { callAs } from './call-action'
import { TEST_NOW } from './test-database'

export { codeOf, newParent, staffOf, unwrap } from './booking-fixtures'

let serial = 0

export function regulatorOf(regionCode: string, name = '卫健委工作人员'): User {
  serial += 1
  return { id: `test-regulator-${process.pid}-${serial}-${Math.random().toString(36).slice(2, 8)}`, role: 'regulator', displayName: name, regionCode, institutionId: null }
}

/** A sample institution of the region, picked by its place in id order so tests can spread over several. */
export async function institutionOf(db: Database, regionCode: string, index = 0): Promise<{ id: string; regionCode: string; name: string }> {
  const { rows } = await db.query<{ id: string; name: string; operator_kind: string }>(
    `SELECT id, name, operator_kind FROM institutions WHERE region_code = $1 AND operator_kind <> 'kindergarten_class' ORDER BY id OFFSET $2 LIMIT 1`,
    [regionCode, index]
  )
  const row = rows[0]
  expect(row, `sample institution ${index} of ${regionCode}`).toBeDefined()
  return { id: row?.id ?? '', regionCode, name: row?.name ?? '' }
}

export const DETAILS = '午睡时老师把孩子一个人关在储物间里，接孩子时发现孩子一直在哭，手臂上有红印。'

export function complaintInput(institutionId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    subject: { kind: 'filed', institutionId },
    category: 'hygiene_health',
    details: DETAILS,
    incidentDate: '2026-11-20',
    identity: 'named',
    ...overrides
  }
}

export interface Submitted {
  complaint: ComplaintView
  followSecret: string | null
  heldForReview: boolean
}

export const submit = (db: Database, user: User, input: Record<string, unknown>, now: Date = TEST_NOW) =>
  callAs<Submitted>(db, user, 'complaints', 'submit', input, now)

export async function fileComplaint(db: Database, user: User, input: Record<string, unknown>, now: Date = TEST_NOW): Promise<Submitted> {
  return unwrap(await submit(db, user, input, now))
}

/** Runs a regulator action and returns the console's view. */
export async function regulatorAct(
  db: Database,
  regulator: User,
  action: string,
  input: Record<string, unknown>,
  now: Date = TEST_NOW
): Promise<Envelope<RegulatorComplaintView>> {
  return callAs<RegulatorComplaintView>(db, regulator, 'complaints', action, input, now)
}

/** A multipart/form-data body with one file part, as `Taro.uploadFile` and browsers send it. */
export function multipartBody(bytes: Uint8Array, options: { field?: string; filename?: string; type?: string } = {}): { body: Buffer; contentType: string } {
  const boundary = `----tuoyu-test-${Math.random().toString(36).slice(2)}`
  const head = [
    `--${boundary}`,
    `Content-Disposition: form-data; name="${options.field ?? PHOTO_FILE_FIELD}"; filename="${options.filename ?? 'photo.jpg'}"`,
    `Content-Type: ${options.type ?? 'image/jpeg'}`,
    '',
    ''
  ].join('\r\n')
  const body = Buffer.concat([Buffer.from(head), Buffer.from(bytes), Buffer.from(`\r\n--${boundary}--\r\n`)])
  return { body, contentType: `multipart/form-data; boundary=${boundary}` }
}

/** The temporary file store of uploads in API tests: it must be empty again once each upload is answered. */
export const TEST_UPLOAD_DIR = path.join(tmpdir(), `tuoyu-test-uploads-${process.pid}`)

/**
 * Uploads a photo the way the app does, through the upload route's own code (one multipart request read as a
 * stream) without a server in between; the answer carries the ticket `submit` takes.
 */
export async function uploadPhoto(db: Database, parent: User | null, bytes: Uint8Array, now: Date = TEST_NOW): Promise<Envelope<PhotoUpload>> {
  const { body, contentType } = multipartBody(bytes)
  const req = Object.assign(Readable.from([body]), { headers: { 'content-type': contentType, 'content-length': String(body.length) } })
  const answer = await receivePhotoUpload(req as unknown as IncomingMessage, { db, user: parent, now, quota: photoUploadQuota, uploadDir: TEST_UPLOAD_DIR })
  return answer.envelope
}

const TABLES = ['complaints', 'complaint_events', 'complaint_photos', 'complaint_daily_quota', 'inbox_messages'] as const

/** Row counts of every table a complaint writes to, to prove a refused request wrote nothing. */
export async function complaintTableCounts(db: Database): Promise<Record<(typeof TABLES)[number], number>> {
  const entries = await Promise.all(
    TABLES.map(async (table) => {
      const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)
      return [table, rows[0]?.n ?? 0] as const
    })
  )
  return Object.fromEntries(entries) as Record<(typeof TABLES)[number], number>
}
