import { createServerLog } from '../../src/cloud/shared/pino-server-log'
import type { ServerLog } from '../../src/cloud/shared/server-log'

/** A server log whose lines land, parsed, in `lines` instead of on stdout. */
export function capturedLog(): { log: ServerLog; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = []
  const log = createServerLog({ level: 'info', destination: { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) } })
  return { log, lines }
}
