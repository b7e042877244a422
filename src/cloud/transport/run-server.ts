import type { AddressInfo } from 'node:net'
import { resolveSessionSecret } from '../account/session-secret'
import { smsGatewayFrom } from '../account/sms-gateway'
import { loadConfig } from '../app/config'
import { openDatabase } from '../app/open-database'
import { startUpkeep } from '../app/upkeep'
import { alertWechatFrom } from '../following/wechat-alert-gateway'
import { subscribeGatewayFrom } from '../bookings/wechat-subscribe-gateway'
import { photoUploadQuota } from '../complaints/photo-upload-quota'
import { createServerLog } from '../shared/pino-server-log'
import { useServerLog } from '../shared/server-log'
import { createServer } from './http-server'
import { defaultUploadDir, startPhotoSweep } from './photo-upload-route'

/**
 * Connections the kernel queues before the server accepts them. Node's default of 511 overflowed under a burst of
 * 1,000 simultaneous requests (clients saw ECONNRESET); the kernel caps this at net.core.somaxconn (4096 here).
 */
const LISTEN_BACKLOG = 4096

interface RunServerOptions {
  /** The built H5 app to serve next to the API, unless TUOYU_STATIC_DIR names another. */
  staticDir: string
  env: Readonly<Record<string, string | undefined>>
}

/**
 * Reads the configuration (app/config.ts), opens the database it names (PostgreSQL from DATABASE_URL, else
 * the embedded one in TUOYU_DATA_DIR), serves the API and the H5 app on PORT (0 = any free port), prints the
 * address, and shuts down cleanly on SIGINT/SIGTERM. Refuses to start on a bad setting, naming it, and in
 * production without SESSION_SECRET.
 */
export async function runServer({ staticDir, env }: RunServerOptions): Promise<void> {
  const config = loadConfig(env)
  useServerLog(createServerLog({ level: config.logLevel, buffered: true }))
  const { dataDir } = config
  const sessionSecret = resolveSessionSecret(config, dataDir)
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir })
  const uploadDir = config.uploadDir ?? defaultUploadDir()
  const server = createServer({
    db,
    staticDir: config.staticDir ?? staticDir,
    sessionSecret,
    devLogin: config.devLogin,
    wechat: config.wechat,
    wechatOfficialAccount: config.wechatOfficialAccount,
    smsGateway: smsGatewayFrom(config),
    uploadDir,
    rateLimits: config.rateLimits,
    mapTiles: config.mapTiles
  })
  const stopUpkeep = startUpkeep(db, { wechat: subscribeGatewayFrom(config.wechat), alertWechat: alertWechatFrom(config.wechat) })
  const stopPhotoSweep = startPhotoSweep({ db, quota: photoUploadQuota, uploadDir })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen({ port: config.port, backlog: LISTEN_BACKLOG }, () => resolve())
  })
  console.log(`托育通 running at http://localhost:${(server.address() as AddressInfo).port} (${db.kind === 'postgres' ? 'PostgreSQL' : `embedded database in ${dataDir}`})`)

  let stopping = false
  const stop = (signal: string) => {
    if (stopping) return
    stopping = true
    stopUpkeep()
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
