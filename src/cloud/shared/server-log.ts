import type { Role } from '../../domain/account/account-schema'

/**
 * The server's structured log: one JSON object per line on stdout, which the host's log collector reads as it
 * is. Lines carry what an operator needs to follow a request and nothing about the people behind it: no
 * openid, phone, name, token or text they typed; a user is only their role. The HTTP server writes them with
 * pino (pino-server-log.ts); a cloud function with createLineLog below, the same lines without loading pino.
 */

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const
export type LogLevel = (typeof LOG_LEVELS)[number]

type Write = (fields: object, message: string) => void

/** What code logs through; pino's Logger is one. */
export interface ServerLog {
  error: Write
  warn: Write
  info: Write
}

const RANK: Record<LogLevel, number> = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60, silent: Infinity }

interface LineLogOptions {
  level?: LogLevel
  /** stdout unless given. */
  destination?: { write: (line: string) => unknown }
}

/**
 * Each line written at once, as pino-server-log.ts writes it (tests/unit/server-log.test.ts holds the two to
 * the same lines): what a cloud function logs with. Its instance may be frozen right after it answers, so
 * nothing waits in a buffer, and a cold start does not load pino (about 20 ms of a cold finder main()).
 * stdout is synchronous on Linux for files and pipes, what the platform gives a function.
 */
export function createLineLog(options: LineLogOptions = {}): ServerLog {
  const threshold = RANK[options.level ?? 'info']
  const at =
    (level: 'error' | 'warn' | 'info'): Write =>
    (fields, message) => {
      // stdout is looked up at the first line, not before: a silent log never opens it.
      if (RANK[level] >= threshold) (options.destination ?? process.stdout).write(`${JSON.stringify({ level, time: new Date().toISOString(), ...fields, message })}\n`)
    }
  return { error: at('error'), warn: at('warn'), info: at('info') }
}

// Silent until an entry point (the server, a cloud function) configures it from LOG_LEVEL: code run any other
// way, a test above all, prints nothing it did not ask for.
let current: ServerLog = createLineLog({ level: 'silent' })

/** The process's log, for code with no request at hand (timers, gateways). */
export const serverLog = (): ServerLog => current

export function useServerLog(log: ServerLog): void {
  current = log
}

interface RequestLine {
  requestId: string
  /** `cloud_timer`: the platform's timer trigger called the function, as nobody. */
  transport: 'http' | 'cloud_function' | 'cloud_timer'
  fn: string
  action: string
  /** `OK` or the error code answered. */
  status: string
  durationMs: number
  role: Role | 'anonymous'
}

// Function and action names come from the caller: anything that is not a plain identifier is not echoed.
const IDENTIFIER = /^[A-Za-z][A-Za-z0-9]{0,63}$/
const nameOf = (value: unknown): string => (typeof value === 'string' && IDENTIFIER.test(value) ? value : '(invalid)')

/** The one line of a finished request; server failures at error level so they alert, the rest at info. */
export function logRequest(log: ServerLog, line: Omit<RequestLine, 'fn' | 'action'> & { fn: unknown; action: unknown }): void {
  const entry: RequestLine = { ...line, fn: nameOf(line.fn), action: nameOf(line.action), durationMs: Math.round(line.durationMs) }
  if (line.status === 'INTERNAL') log.error(entry, 'request')
  else log.info(entry, 'request')
}

/** An error as a log field: its message and stack, never the values it was thrown with. */
export const errorField = (error: unknown): string => (error instanceof Error ? (error.stack ?? error.message) : String(error))

/** An error's message alone, for failures of an outside service that need no stack. */
export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error))
