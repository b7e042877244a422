import pino, { type DestinationStream } from 'pino'
import type { LogLevel, ServerLog } from './server-log'

interface ServerLogOptions {
  level?: LogLevel
  destination?: DestinationStream
  /**
   * Lines are written in the background, several at a time, instead of one blocking write per request: a
   * long-running server under load must not wait on its log pipe. pino still writes what is pending when the
   * process exits.
   */
  buffered?: boolean
}

/** The HTTP server's log (server-log.ts says what goes in a line), kept apart so cloud functions do not bundle pino. */
export function createServerLog(options: ServerLogOptions = {}): ServerLog {
  return pino(
    {
      level: options.level ?? 'info',
      // Neither host name nor pid: the collector adds its own.
      base: null,
      messageKey: 'message',
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) }
    },
    // Synchronous unless asked otherwise, so the last lines before process.exit are not lost.
    options.destination ?? pino.destination({ dest: 1, sync: !options.buffered })
  )
}
