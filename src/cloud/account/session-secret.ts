import { randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const SECRET_FILE = 'session-secret'

/**
 * The key session tokens are signed with. SESSION_SECRET when set (its length is checked with the rest of
 * the configuration, app/config.ts); in production nothing else will do,
 * because a made-up key would sign everyone out on each restart and differ between servers. In
 * development a random key is kept in the data directory so sign-ins survive restarts, or held in memory
 * when there is no directory.
 */
export function resolveSessionSecret(config: { sessionSecret: string | undefined; production: boolean }, dataDir?: string): string {
  if (config.sessionSecret) return config.sessionSecret
  if (config.production) {
    throw new Error('SESSION_SECRET is not set. In production the server signs sessions only with a configured secret (e.g. openssl rand -hex 32).')
  }
  if (!dataDir) return randomBytes(32).toString('hex')
  mkdirSync(dataDir, { recursive: true })
  const file = path.join(dataDir, SECRET_FILE)
  try {
    writeFileSync(file, randomBytes(32).toString('hex'), { flag: 'wx', mode: 0o600 })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  }
  return readFileSync(file, 'utf8').trim()
}
