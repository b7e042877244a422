import pino, { type DestinationStream, type Logger } from 'pino'
import type { Role } from '../../domain/account/account-schema'

/**
 * The server's structured log: one JSON object per line on stdout (pino), which the host's log collector
 * reads as it is. Lines carry what an operator needs to follow a request and nothing about the people
 * behind it: no openid, phone, name, token or text they typed; a user is only their role.
 */

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const
export type LogLevel = (typeof LOG_LEVELS)[number]
export type ServerLog = Logger

interface ServerLogOptions {
  level?: LogLevel
  destination?: DestinationStream
  /**
   * Lines are written in the background, several at a time, instead of one blocking write per request: a
   * long-running server under load must not wait on its log pipe. pino still writes what is pending when the
   * process exits. Cloud functions keep the synchronous default: their instance may be frozen right after it answers.
   */
  buffered?: boolean
}

export function createServerLog(options: ServerLogOptions = {}): ServerLog {
  return pino(
    {
      level: options.level ?? 'info',
      // Neither host name nor pid: a cloud function's are meaningless, and the collector adds its own.
      base: null,
      messageKey: 'message',
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) }
    },
    // Synchronous unless asked otherwise, so the last lines before process.exit are not lost.
    options.destination ?? pino.destination({ dest: 1, sync: !options.buffered })
  )
}

// Silent until an entry point (the server, a cloud function) configures it from LOG_LEVEL: code run any other
// way, a test above all, prints nothing it did not ask for.
let current: ServerLog = createServerLog({ level: 'silent' })

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
