import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { openDatabase } from '../../src/cloud/app/open-database'
import { createServer } from '../../src/cloud/transport/http-server'
import { initialJsGzip } from '../../scripts/h5-build'
import { median, report, section } from './bench-report'
import { REFERENCE_DATE } from './finder-bench'

/**
 * `npm run bench:lighthouse` (after `npm run build:h5`): Lighthouse mobile on the finder home and an
 * institution's page, median of 3 each, and the gzip size of the JS the H5 app loads before its first page.
 * The built app is served by the real server over the embedded database with the sample data.
 */
const ROOT = path.resolve(__dirname, '../..')
const H5 = path.join(ROOT, 'dist/h5')
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3)
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const CHROME_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']

/** Every JS file of the build by gzip size, so what to split next is visible. */
function largestChunks(): string {
  const dir = path.join(H5, 'js')
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => ({ f, kb: gzipSync(readFileSync(path.join(dir, f))).length / 1024 }))
    .sort((a, b) => b.kb - a.kb)
    .slice(0, 6)
    .map(({ f, kb }) => `${f} ${kb.toFixed(0)} KB`)
    .join(', ')
}

interface PageScore {
  score: number
  lcp: number
  tbt: number
  cls: number
}

async function audit(url: string, port: number): Promise<PageScore> {
  const { default: lighthouse } = await import('lighthouse')
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'], formFactor: 'mobile' })
  const lhr = result?.lhr
  if (!lhr) throw new Error(`Lighthouse gave no result for ${url}`)
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN
  return { score: (lhr.categories.performance?.score ?? 0) * 100, lcp: numeric('largest-contentful-paint'), tbt: numeric('total-blocking-time'), cls: numeric('cumulative-layout-shift') }
}

/** Debian's Chromium with a DevTools port for Lighthouse to drive; its own profile, removed afterwards. */
async function launchChromium(profile: string): Promise<{ port: number; process: ChildProcess }> {
  const port = 9222 + (process.pid % 1000)
  const child = spawn(CHROMIUM, [...CHROME_FLAGS, `--user-data-dir=${profile}`, `--remote-debugging-port=${port}`, 'about:blank'], { stdio: 'ignore' })
  for (let tries = 0; tries < 200; tries++) {
    const ready = await fetch(`http://127.0.0.1:${port}/json/version`).then((r) => r.ok, () => false)
    if (ready) return { port, process: child }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  child.kill()
  throw new Error(`Chromium at ${CHROMIUM} opened no DevTools port`)
}

async function main(): Promise<void> {
  if (!existsSync(path.join(H5, 'index.html'))) throw new Error('no dist/h5: run npm run build:h5 first')
  section('H5 (issue 17: Lighthouse mobile ≥ 90, initial JS ≤ 130 KB gzip)')
  const initial = initialJsGzip()
  const kb = initial.bytes / 1024
  report({ name: 'H5 initial JS (gzip)', value: kb, unit: 'KB', limit: '≤ 130 KB', ratio: { value: kb / 130, target: 1 } })
  console.log(`    ${initial.files.join(', ')}; largest chunks: ${largestChunks()}`)

  const db = await openDatabase({ referenceDate: REFERENCE_DATE })
  const server: Server = createServer({ db, staticDir: H5, sessionSecret: 'bench-session-secret-0123456789abcdef', rateLimits: null })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const profile = mkdtempSync(path.join(tmpdir(), 'tuoyu-lighthouse-'))
  const chrome = await launchChromium(profile)
  try {
    const { rows } = await db.query<{ id: string }>(`SELECT id FROM institutions WHERE region_code = 'zhuji' ORDER BY id LIMIT 1`)
    const pages = [
      ['finder home', `${base}/#/pages/finder/index`],
      ['institution page', `${base}/#/pages/institution/index?id=${encodeURIComponent(rows[0]?.id ?? '')}`]
    ] as const
    for (const [name, url] of pages) {
      const runs: PageScore[] = []
      for (let i = 0; i < RUNS; i++) runs.push(await audit(url, chrome.port))
      const score = median(runs.map((r) => r.score))
      report({ name: `Lighthouse mobile, ${name}`, value: score, unit: 'points', limit: '≥ 90 (median of 3)', ratio: { value: score / 90, target: 1, higherIsBetter: true } })
      console.log(`    LCP ${median(runs.map((r) => r.lcp)).toFixed(0)} ms, TBT ${median(runs.map((r) => r.tbt)).toFixed(0)} ms, CLS ${median(runs.map((r) => r.cls)).toFixed(3)}; scores ${runs.map((r) => r.score.toFixed(0)).join(', ')}`)
    }
  } finally {
    // Chromium writes its profile until it has exited; only then can the profile go.
    await new Promise((resolve) => {
      chrome.process.once('exit', resolve)
      chrome.process.kill()
    })
    rmSync(profile, { recursive: true, force: true })
    await new Promise((resolve) => server.close(resolve))
    await db.close()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
