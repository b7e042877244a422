import { randomUUID } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises'
import type { IncomingMessage } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import busboy from 'busboy'
import type { User } from '../../domain/account/account-schema'
import type { PhotoUpload } from '../../domain/complaints/complaint-schema'
import { PHOTO_LIMITS } from '../../domain/complaints/photo-rules'
import type { Envelope } from '../../domain/shared/envelope-schema'
import { DomainError, type ErrorCode } from '../../domain/shared/error-codes'
import { t, type MessageKey } from '../../i18n/translate'
import type { Database } from '../db/database'
import { errorField, serverLog } from '../shared/server-log'
import { keepUploadedPhoto, sweepUnsentPhotos } from '../complaints/photo-upload-service'
import type { PhotoHold, PhotoUploadQuota } from '../complaints/photo-upload-quota'

/** Where this route answers: one multipart request with the photo in the field `file`. */
export const PHOTO_UPLOAD_PATH = '/api/upload/complaint-photo'
export const PHOTO_FILE_FIELD = 'file'

/** Multipart headers and boundaries around the file: a request this much over the photo limit is not a photo. */
const MULTIPART_SLACK_BYTES = 64 * 1024
/** How much of a too-large request is read and thrown away so the client sees the 413 rather than a reset. */
const DRAIN_LIMIT_BYTES = 4 * PHOTO_LIMITS.maxBytes
const MINUTE_MS = 60_000
const SWEEP_EVERY_MINUTES = 5
const STALE_RAW_FILE_MINUTES = 10

/** The default temporary file store: outside the database's data directory, on the machine's temporary disk. */
export const defaultUploadDir = () => path.join(tmpdir(), 'tuoyu-photo-uploads')

interface PhotoUploadContext {
  db: Database
  user: User | null
  now: Date
  quota: PhotoUploadQuota
  /** The temporary file store the original bytes are streamed to and deleted from. */
  uploadDir: string
}

interface PhotoUploadAnswer {
  status: number
  envelope: Envelope<PhotoUpload>
  /** The request was not read to its end: the connection must close after the answer. */
  close: boolean
}

const STATUS: Partial<Record<ErrorCode, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  INVALID_INPUT: 400,
  PHOTO_TOO_LARGE: 413,
  PHOTO_TYPE_NOT_ALLOWED: 415,
  RATE_LIMITED: 429
}

function refused(code: ErrorCode, params: Record<string, string | number> = {}, close = false): PhotoUploadAnswer {
  return { status: STATUS[code] ?? 422, envelope: { ok: false, error: { code, message: t(`errors.${code}` as MessageKey, params) } }, close }
}

const tooLarge = (close: boolean) => refused('PHOTO_TOO_LARGE', { maxMb: PHOTO_LIMITS.maxBytes / 1024 / 1024 }, close)
const noFile = () => refused('INVALID_INPUT', { field: t('validation.noPhotoFile') })

/** Reads the rest of a refused request into nothing, up to a limit, so the client gets to read the answer. */
function drain(req: IncomingMessage): Promise<boolean> {
  if (req.readableEnded) return Promise.resolve(true)
  return new Promise((resolve) => {
    let read = 0
    const onData = (chunk: Buffer) => {
      read += chunk.length
      if (read > DRAIN_LIMIT_BYTES) {
        req.off('data', onData)
        req.pause()
        resolve(false)
      }
    }
    req.on('data', onData)
    req.once('end', () => resolve(true))
    req.once('error', () => resolve(false))
  })
}

type Received = { kind: 'file'; path: string } | { kind: 'too_large' } | { kind: 'no_file' } | { kind: 'broken' }

/** Streams the request's `file` part to a new file in `dir`; other parts are read and dropped. */
function receiveFile(req: IncomingMessage, dir: string): Promise<Received> {
  return new Promise((resolve) => {
    let parser: busboy.Busboy
    try {
      // Busboy reports reaching the limit, not passing it: one byte over the largest photo is the first too many.
      parser = busboy({ headers: req.headers, limits: { files: 1, fileSize: PHOTO_LIMITS.maxBytes + 1, fields: 8, fieldSize: 1024 } })
    } catch {
      // Not multipart/form-data, or no boundary.
      resolve({ kind: 'no_file' })
      return
    }
    let saving: Promise<Received> | null = null
    parser.on('file', (name, stream) => {
      if (name !== PHOTO_FILE_FIELD || saving) {
        stream.resume()
        return
      }
      const file = path.join(dir, randomUUID())
      let truncated = false
      stream.once('limit', () => {
        truncated = true
      })
      saving = pipeline(stream, createWriteStream(file, { mode: 0o600 })).then(
        (): Received => (truncated ? { kind: 'too_large' } : { kind: 'file', path: file }),
        (): Received => ({ kind: 'broken' })
      )
      // A refused or broken upload leaves nothing behind.
      void saving.then((received) => (received.kind === 'file' ? undefined : rm(file, { force: true })))
    })
    parser.once('close', () => resolve(saving ?? { kind: 'no_file' }))
    parser.once('error', () => {
      // The form ended early (the client gave up): a file already written whole is still good.
      req.unpipe(parser)
      resolve(saving ?? { kind: 'broken' })
    })
    req.pipe(parser)
  })
}

/**
 * `POST /api/upload/complaint-photo`, for signed-in parents (and institution staff, whose premises and
 * disclosure photos take the same path and are claimed by `registry` actions): the photo arrives in one multipart request and is
 * streamed to the temporary file store, never into the database. When it has arrived it is read, deleted
 * from the store, checked by its bytes and re-encoded; only the re-encoded JPEG is kept, under the hash of
 * the ticket returned here, which `complaints.submit` takes in `photoTickets`. The per-parent quota of
 * pending photos is counted in memory, so no user id is written next to the photo.
 */
export async function receivePhotoUpload(req: IncomingMessage, ctx: PhotoUploadContext): Promise<PhotoUploadAnswer> {
  if (!ctx.user) return { ...refused('UNAUTHENTICATED'), close: !(await drain(req)) }
  if (ctx.user.role !== 'parent' && ctx.user.role !== 'institution_staff') return { ...refused('FORBIDDEN'), close: !(await drain(req)) }
  const declared = Number(req.headers['content-length'])
  if (Number.isFinite(declared) && declared > PHOTO_LIMITS.maxBytes + MULTIPART_SLACK_BYTES) return tooLarge(!(await drain(req)))

  let hold: PhotoHold
  try {
    hold = ctx.quota.hold(ctx.user.id, Number.isFinite(declared) ? Math.min(declared, PHOTO_LIMITS.maxBytes) : PHOTO_LIMITS.maxBytes, ctx.now)
  } catch (error) {
    if (error instanceof DomainError) return { ...refused(error.code), close: !(await drain(req)) }
    throw error
  }
  let kept = false
  try {
    await mkdir(ctx.uploadDir, { recursive: true, mode: 0o700 })
    const received = await receiveFile(req, ctx.uploadDir)
    if (received.kind === 'too_large') return tooLarge(!(await drain(req)))
    if (received.kind === 'no_file') return noFile()
    if (received.kind === 'broken') return { ...refused('PHOTO_UPLOAD_INCOMPLETE'), close: true }
    let original: Uint8Array
    try {
      original = new Uint8Array(await readFile(received.path))
    } finally {
      await rm(received.path, { force: true })
    }
    const { ticketHash, ...photo } = await keepUploadedPhoto(ctx.db, original, ctx.now)
    hold.keep(ticketHash, photo.bytes)
    kept = true
    return { status: 200, envelope: { ok: true, data: photo }, close: false }
  } catch (error) {
    if (error instanceof DomainError) return refused(error.code, error.params)
    throw error
  } finally {
    if (!kept) hold.release()
  }
}

/**
 * Deletes files in the temporary store not written to since `olderThan`: uploads cut off by a crash or a
 * restart (a file still arriving is written to every few seconds).
 */
async function sweepUploadDir(dir: string, olderThan: Date): Promise<void> {
  const names = await readdir(dir).catch(() => [])
  for (const name of names) {
    const file = path.join(dir, name)
    const info = await stat(file).catch(() => null)
    if (info && info.mtime < olderThan) await rm(file, { force: true })
  }
}

interface PhotoSweepOptions {
  db: Database
  quota: PhotoUploadQuota
  uploadDir: string
  intervalMs?: number
  now?: () => Date
}

/**
 * Deletes abandoned uploads in a long-running server, every five minutes: photos not sent with a complaint
 * within PHOTO_LIMITS.pendingMinutes (so none stays an hour) and raw files left in the temporary store for
 * ten minutes. Returns the function that stops it.
 */
export function startPhotoSweep(options: PhotoSweepOptions): () => void {
  const now = options.now ?? (() => new Date())
  let running = false
  const sweep = async () => {
    if (running) return
    running = true
    try {
      const at = now()
      await sweepUnsentPhotos(options.db, options.quota, at)
      await sweepUploadDir(options.uploadDir, new Date(at.getTime() - STALE_RAW_FILE_MINUTES * MINUTE_MS))
    } catch (error) {
      serverLog().error({ error: errorField(error) }, 'photo sweep failed')
    } finally {
      running = false
    }
  }
  const timer = setInterval(() => void sweep(), options.intervalMs ?? SWEEP_EVERY_MINUTES * MINUTE_MS)
  timer.unref()
  void sweep()
  return () => clearInterval(timer)
}
