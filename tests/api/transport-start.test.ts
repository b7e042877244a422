import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'

const root = path.resolve(__dirname, '../..')
const dirs: string[] = []
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })))

interface Started {
  url: Promise<string>
  exit: Promise<{ code: number | null; output: string }>
  stop(signal: NodeJS.Signals): void
}

/** `npm start -- --no-build` as a person runs it, on the given data directory and any free port. */
function start(env: Record<string, string>): Started {
  const child = spawn(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/start.ts', '--no-build'], {
    cwd: root,
    env: { ...process.env, PORT: '0', DATABASE_URL: '', SESSION_SECRET: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let output = ''
  const url = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const match = /托育通 running at (http:\/\/localhost:\d+)/.exec(output)
      if (match?.[1]) resolve(match[1])
    })
    child.on('exit', () => reject(new Error(`exited before listening:\n${output}`)))
  })
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exit = new Promise<{ code: number | null; output: string }>((resolve) => child.on('exit', (code) => resolve({ code, output })))
  url.catch(() => undefined)
  return { url, exit, stop: (signal) => child.kill(signal) }
}

describe('npm start', () => {
  it('prints the URL, serves the app on it, stops cleanly on a signal, and starts again on the same data', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'tuoyu-start-'))
    dirs.push(dataDir)
    const first = start({ NODE_ENV: 'development', TUOYU_DATA_DIR: dataDir })
    const url = await first.url
    expect((await fetch(`${url}/api/health`)).status).toBe(200)
    const regions = (await (await fetch(`${url}/api/regions/list`, { method: 'POST', body: '{}' })).json()) as { ok: boolean; data: unknown[] }
    expect(regions.ok).toBe(true)
    expect(regions.data.length).toBeGreaterThan(0)
    const login = await fetch(`${url}/api/account/devLogin`, { method: 'POST', body: JSON.stringify({ role: 'parent' }) })
    const { data } = (await login.json()) as { data: { token: string; user: { id: string } } }
    first.stop('SIGINT')
    const stopped = await first.exit
    expect(stopped.code).toBe(0)
    expect(stopped.output).toContain('closing the server and the database')
    // The request log is written in the background; what was pending still comes out before the process ends.
    expect(stopped.output).toMatch(/"fn":"account","action":"devLogin","status":"OK"/)
    expect(existsSync(path.join(dataDir, 'session-secret'))).toBe(true)

    // The sign-in survives the restart: same database, same development secret.
    const second = start({ NODE_ENV: 'development', TUOYU_DATA_DIR: dataDir })
    const me = await fetch(`${await second.url}/api/account/me`, { method: 'POST', headers: { Authorization: `Bearer ${data.token}` }, body: '{}' })
    expect(await me.json()).toMatchObject({ ok: true, data: { id: data.user.id } })
    second.stop('SIGTERM')
    expect((await second.exit).code).toBe(0)
  })

  it('refuses to start in production without SESSION_SECRET, and says why', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'tuoyu-start-'))
    dirs.push(dataDir)
    const server = start({ NODE_ENV: 'production', TUOYU_DATA_DIR: dataDir })
    const { code, output } = await server.exit
    expect(code).not.toBe(0)
    expect(output).toContain('SESSION_SECRET is not set')
    expect(output).not.toMatch(/running at/)
  })
})
