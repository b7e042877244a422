import { describe, expect, it } from '@jest/globals'
import { createServerLog } from '../../src/cloud/shared/pino-server-log'
import { createLineLog, LOG_LEVELS, type ServerLog } from '../../src/cloud/shared/server-log'

const TIME = /"time":"([^"]+)"/

/** The lines a log writes for the same calls, as written, but for the time of each (checked to be an ISO instant). */
function linesOf(make: (destination: { write: (line: string) => void }) => ServerLog): string[] {
  const lines: string[] = []
  const log = make({ write: (line) => void lines.push(line) })
  log.info({ requestId: 'r-1', fn: 'finder', action: 'search', status: 'OK', durationMs: 12, role: 'anonymous' }, 'request')
  log.warn({ cause: 'timeout', nested: { list: [1, 'two', null], flag: true } }, 'WeChat login failed')
  log.error({ error: 'Error: boom\n    at x (y.ts:1:2)', text: '托育 "quoted" \u0007' }, 'handler failed')
  return lines.map((line) => {
    const time = TIME.exec(line)?.[1] ?? ''
    expect(new Date(time).toISOString()).toBe(time)
    return line.replace(TIME, '"time":"…"')
  })
}

describe('the cloud functions’ line log', () => {
  it.each(LOG_LEVELS)('writes, byte for byte, the lines pino writes for the server at level %s', (level) => {
    const pinoLines = linesOf((destination) => createServerLog({ level, destination }))
    expect(linesOf((destination) => createLineLog({ level, destination }))).toEqual(pinoLines)
  })
})
