import { randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

export const MIN_SECRET_CHARS = 32
const SECRET_FILE = 'session-secret'

/**
 * The key session tokens are signed with. SESSION_SECRET when set; in production nothing else will do,
 * because a made-up key would sign everyone out on each restart and differ between servers. In
 * development a random key is kept in the data directory so sign-ins survive restarts, or held in memory
 * when there is no directory.
 */
export function resolveSessionSecret(env: Readonly<Record<string, string | undefined>>, dataDir?: string): string {
  const configured = env.SESSION_SECRET
  if (configured) {
    if (configured.length < MIN_SECRET_CHARS) {
      throw new Error(`SESSION_SECRET must be at least ${MIN_SECRET_CHARS} characters (e.g. openssl rand -hex 32).`)
    }
    return configured
  }
  if (env.NODE_ENV === 'production') {
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
