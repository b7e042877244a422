import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { resolveSessionSecret } from '../../src/cloud/account/session-secret'
import { MIN_SECRET_CHARS } from '../../src/cloud/app/config'

const dirs: string[] = []
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'tuoyu-secret-'))
  dirs.push(dir)
  return dir
}
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })))

describe('session secret', () => {
  const configured = 's'.repeat(MIN_SECRET_CHARS)
  const development = { sessionSecret: undefined, production: false }

  it('uses SESSION_SECRET when it is set', () => {
    expect(resolveSessionSecret({ sessionSecret: configured, production: true }, tempDir())).toBe(configured)
  })

  it('refuses to start in production without SESSION_SECRET, saying what to set', () => {
    expect(() => resolveSessionSecret({ sessionSecret: undefined, production: true }, tempDir())).toThrow(/SESSION_SECRET is not set/)
  })

  it('in development keeps one random secret in the data directory, readable only by its owner', () => {
    const dir = tempDir()
    const first = resolveSessionSecret(development, dir)
    expect(first).toMatch(/^[0-9a-f]{64}$/)
    expect(resolveSessionSecret(development, dir)).toBe(first)
    expect(statSync(path.join(dir, 'session-secret')).mode & 0o077).toBe(0)
    expect(resolveSessionSecret(development, tempDir())).not.toBe(first)
  })

  it('without a data directory makes a fresh secret each time', () => {
    expect(resolveSessionSecret(development)).not.toBe(resolveSessionSecret(development))
  })
})
