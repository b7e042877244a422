import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { pageinspect } from '@electric-sql/pglite/contrib/pageinspect'
import sharp from 'sharp'
import { afterAll, describe, expect, it } from '@jest/globals'
import type { Database, Queryable } from '../../src/cloud/db/database'
import { openDatabase } from '../../src/cloud/app/open-database'
import { complaintInput, fileComplaint, institutionOf, newParent, TEST_UPLOAD_DIR, unwrap, uploadPhoto } from './support/complaint-fixtures'
import { databaseOfKind, STORE_KINDS, TEST_REFERENCE_DATE } from './support/test-database'

/**
 * What an anonymous complaint's photo leaves at storage level, read the way someone holding the disk would:
 * every file under the data directory (tables, TOAST, WAL) and every row version on every page, dead ones
 * included. The original bytes must be nowhere, and no row version may tie the photo to its parent.
 */

const scratch: string[] = []
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true })
})

/** A camera photo with GPS, camera make and a comment carrying `marker`, which only the original bytes hold. */
async function photoWithMarker(marker: string): Promise<Uint8Array> {
  const jpeg = await sharp({ create: { width: 640, height: 480, channels: 3, background: { r: 90, g: 140, b: 200 } } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'SamplePhone', Model: 'S1', ImageDescription: marker },
      IFD2: { UserComment: marker },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '29/1 42/1 52/1', GPSLongitudeRef: 'E', GPSLongitude: '120/1 14/1 10/1' }
    })
    .toBuffer()
  expect(jpeg.includes(marker)).toBe(true)
  return new Uint8Array(jpeg)
}

/** Every file under `dir` that contains `needle`. */
function filesContaining(dir: string, needle: string): string[] {
  const bytes = Buffer.from(needle)
  const found: string[] = []
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const file = path.join(at, name)
      const info = statSync(file, { throwIfNoEntry: false })
      if (!info) continue
      if (info.isDirectory()) walk(file)
      else if (info.isFile() && readFileSync(file).includes(bytes)) found.push(file)
    }
  }
  walk(dir)
  return found
}

interface RowVersion {
  relation: string
  xmin: string
  xmax: string
  hasUser: boolean
  hasPhoto: boolean
}

/**
 * Every row version (live or dead) in the public tables and their TOAST that mentions the user or the photo,
 * read from the pages with pageinspect, with the transactions that wrote and replaced it.
 */
async function rowVersions(q: Queryable, userId: string, photoNeedles: readonly string[]): Promise<RowVersion[]> {
  const { rows: relations } = await q.query<{ name: string; blocks: number }>(
    `SELECT c.oid::regclass::text AS name, (pg_relation_size(c.oid) / current_setting('block_size')::int)::int AS blocks
       FROM pg_class c
      WHERE (c.relkind = 'r' AND c.relnamespace = 'public'::regnamespace)
         OR c.oid IN (SELECT reltoastrelid FROM pg_class WHERE relnamespace = 'public'::regnamespace AND reltoastrelid <> 0)`
  )
  const found: RowVersion[] = []
  for (const relation of relations) {
    if (relation.blocks === 0) continue
    const { rows } = await q.query<{ xmin: string; xmax: string; has_user: boolean; has_photo: boolean }>(
      `SELECT t_xmin::text AS xmin, t_xmax::text AS xmax,
              position($3::bytea IN t_data) > 0 AS has_user,
              EXISTS (SELECT 1 FROM unnest($4::bytea[]) AS needle WHERE position(needle IN t_data) > 0) AS has_photo
         FROM generate_series(0, $2::int - 1) AS block, LATERAL heap_page_items(get_raw_page($1, block)) AS item
        WHERE t_data IS NOT NULL`,
      [relation.name, relation.blocks, Buffer.from(userId), photoNeedles.map((needle) => Buffer.from(needle))]
    )
    for (const row of rows) {
      if (row.has_user || row.has_photo) found.push({ relation: relation.name, xmin: row.xmin, xmax: row.xmax, hasUser: row.has_user, hasPhoto: row.has_photo })
    }
  }
  return found
}

/** Transactions that wrote or replaced a row version about the photo and also one about the user. */
function sharedTransactions(versions: readonly RowVersion[]): string[] {
  const xids = (which: (v: RowVersion) => boolean) =>
    new Set(versions.filter(which).flatMap((v) => [v.xmin, v.xmax]).filter((xid) => xid !== '0'))
  const user = xids((v) => v.hasUser)
  return [...xids((v) => v.hasPhoto)].filter((xid) => user.has(xid))
}

/** Uploads the marked photo and files it anonymously; returns what identifies the photo and the complaint. */
async function fileAnonymousPhoto(db: Database, marker: string) {
  const parent = newParent('匿名上传家长')
  const institution = await institutionOf(db, 'zhuji', 2)
  const photo = unwrap(await uploadPhoto(db, parent, await photoWithMarker(marker)))
  const { complaint } = await fileComplaint(db, parent, complaintInput(institution.id, { identity: 'anonymous', photoTickets: [photo.ticket] }))
  expect(complaint.photos.map((p) => p.id)).toEqual([photo.id])
  const { rows } = await db.query<{ id: string }>(`SELECT id FROM complaints WHERE tracking_no = $1`, [complaint.trackingNo])
  return { parent, needles: [photo.id, rows[0]?.id ?? 'missing', complaint.trackingNo] }
}

describe.each(STORE_KINDS)('an anonymous complaint photo at storage level (%s)', (kind) => {
  it('leaves the original bytes nowhere on disk and no row version tying the photo to its parent', async () => {
    const marker = `MARKER-${kind}-${process.pid}-${Math.random().toString(36).slice(2, 12)}`
    if (kind === 'pglite') {
      const dataDir = mkdtempSync(path.join(tmpdir(), 'tuoyu-photo-storage-'))
      scratch.push(dataDir)
      const db = await openDatabase({ dataDir, referenceDate: TEST_REFERENCE_DATE })
      const { parent, needles } = await fileAnonymousPhoto(db, marker)
      await db.close()

      expect(filesContaining(dataDir, marker)).toEqual([])
      // Read the pages of the stopped database with pageinspect, as someone with the files would.
      const inspector = new PGlite(dataDir, { extensions: { pageinspect } })
      try {
        await inspector.exec('CREATE EXTENSION IF NOT EXISTS pageinspect')
        const versions = await rowVersions(
          { exec: async (sql) => void (await inspector.exec(sql)), query: async (sql, params) => ({ rows: (await inspector.query(sql, params as unknown[])).rows as never[] }) },
          parent.id,
          needles
        )
        expect(versions.some((v) => v.hasPhoto)).toBe(true)
        expect(versions.filter((v) => v.hasUser && v.hasPhoto)).toEqual([])
        expect(sharedTransactions(versions)).toEqual([])
      } finally {
        await inspector.close()
      }
    } else {
      const db = await databaseOfKind('postgres')
      const { parent, needles } = await fileAnonymousPhoto(db, marker)
      await db.exec('CREATE EXTENSION IF NOT EXISTS pageinspect')
      const versions = await rowVersions(db, parent.id, needles)
      expect(versions.some((v) => v.hasPhoto)).toBe(true)
      expect(versions.filter((v) => v.hasUser && v.hasPhoto)).toEqual([])
      expect(sharedTransactions(versions)).toEqual([])
      // The cluster is shared with other test files, so it is not stopped: a checkpoint writes every page out.
      const { rows } = await db.query<{ data_directory: string }>('SHOW data_directory')
      await db.exec('CHECKPOINT')
      expect(filesContaining(rows[0]?.data_directory ?? '', marker)).toEqual([])
      await db.close()
    }
    expect(filesContaining(TEST_UPLOAD_DIR, marker)).toEqual([])
  })
})
