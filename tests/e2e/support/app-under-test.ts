import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'

/**
 * The app as a parent meets it: `npm start`'s own script (it builds the H5 app when the build is missing or
 * older than the sources), on a fresh embedded database with the sample data, driven in Debian's Chromium.
 */
const root = path.resolve(__dirname, '../../..')
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]

export interface AppUnderTest {
  url: string
  browser: Browser
  /** A fresh browser profile (own storage), as a second family or a regulator on another device. */
  newContext(): Promise<BrowserContext>
  newPage(): Promise<Page>
  /** Calls an action of the app's HTTP API as an anonymous caller, rejecting unless it answers ok. */
  api<T>(fn: string, action: string, input: unknown): Promise<T>
  /** The newest sign-in code the development SMS gateway wrote to the server's log for a masked number. */
  smsCodeFor(maskedPhone: string): string | null
  stop(): Promise<void>
}

function waitForUrl(server: ChildProcess, log: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      const text = chunk.toString()
      log.push(text)
      const match = /(http:\/\/(?:localhost|127\.0\.0\.1):\d+)/.exec(text)
      if (match?.[1]) resolve(match[1])
    }
    server.stdout?.on('data', onData)
    server.stderr?.on('data', (chunk: Buffer) => log.push(chunk.toString()))
    server.on('exit', (code) => reject(new Error(`npm start exited with ${code}:\n${log.join('')}`)))
  })
}

/** `env`: settings beyond the defaults, as whoever runs the service would give them (e.g. the map's tiles). */
export async function startApp(options: { env?: Record<string, string> } = {}): Promise<AppUnderTest> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`End-to-end tests need Chromium at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH).`)
  }
  const dataDir = mkdtempSync(path.join(tmpdir(), 'tuoyu-e2e-'))
  const log: string[] = []
  const server = spawn(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/start.ts'], {
    cwd: root,
    env: { ...process.env, PORT: '0', TUOYU_DATA_DIR: dataDir, NODE_ENV: 'development', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  const url = await waitForUrl(server, log)
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    // Playwright gives each launch a fresh temporary profile of its own.
    args: CHROMIUM_FLAGS
  })
  const newContext = () => browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
  return {
    url,
    browser,
    newContext,
    async newPage() {
      return (await newContext()).newPage()
    },
    async api<T>(fn: string, action: string, input: unknown): Promise<T> {
      const response = await fetch(`${url}/api/${fn}/${action}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(input) })
      const body = (await response.json()) as { ok: boolean; data: T }
      if (!body.ok) throw new Error(`${fn}.${action} failed: ${JSON.stringify(body)}`)
      return body.data
    },
    smsCodeFor(maskedPhone) {
      const codes = log
        .join('')
        .split('\n')
        .filter((line) => line.includes('development SMS code') && line.includes(maskedPhone))
        .map((line) => /"code":"(\d{6})"/.exec(line)?.[1])
      return codes.at(-1) ?? null
    },
    async stop() {
      await browser.close()
      server.kill('SIGINT')
      await new Promise((resolve) => server.once('exit', resolve))
      rmSync(dataDir, { recursive: true, force: true })
    }
  }
}
