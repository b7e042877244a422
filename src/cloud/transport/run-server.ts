import type { AddressInfo } from 'node:net'
import { resolveSessionSecret } from '../account/session-secret'
import { startBookingTimers } from '../bookings/booking-timers'
import { photoUploadQuota } from '../complaints/photo-upload-quota'
import { openDatabase } from '../db/open-database'
import { createServer } from './http-server'
import { defaultUploadDir, startPhotoSweep } from './photo-upload-route'

export interface RunServerOptions {
  /** The built H5 app to serve next to the API. */
  staticDir: string
  env: Readonly<Record<string, string | undefined>>
}

/**
 * Opens the database the environment names (PostgreSQL from DATABASE_URL, else the embedded one in
 * TUOYU_DATA_DIR), serves the API and the H5 app on PORT (0 = any free port), prints the address, and shuts
 * down cleanly on SIGINT/SIGTERM. Refuses to start in production without SESSION_SECRET.
 */
export async function runServer({ staticDir, env }: RunServerOptions): Promise<void> {
  const dataDir = env.TUOYU_DATA_DIR ?? '.data/pglite'
  const sessionSecret = resolveSessionSecret(env, dataDir)
  const db = await openDatabase({ databaseUrl: env.DATABASE_URL || undefined, dataDir })
  const uploadDir = env.TUOYU_UPLOAD_DIR || defaultUploadDir()
  const server = createServer({ db, staticDir, sessionSecret, uploadDir })
  const stopBookingTimers = startBookingTimers(db)
  const stopPhotoSweep = startPhotoSweep({ db, quota: photoUploadQuota, uploadDir })
  const port = Number(env.PORT ?? 3000)
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, () => resolve())
  })
  console.log(`托育通 running at http://localhost:${(server.address() as AddressInfo).port} (${db.kind === 'postgres' ? 'PostgreSQL' : `embedded database in ${dataDir}`})`)

  let stopping = false
  const stop = (signal: string) => {
    if (stopping) return
    stopping = true
    stopBookingTimers()
    stopPhotoSweep()
    console.log(`${signal}: closing the server and the database`)
    server.close()
    server.closeAllConnections()
    db.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error)
        process.exit(1)
      }
    )
  }
  process.once('SIGINT', () => stop('SIGINT'))
  process.once('SIGTERM', () => stop('SIGTERM'))
}
