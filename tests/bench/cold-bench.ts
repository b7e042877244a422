import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { build } from 'esbuild'
import { cloudBundleOptions, cloudCatalogueOptions } from '../../scripts/cloud-bundle'
import { sampleRegions } from '../../src/cloud/sample-data/sample-regions'
import { median, report } from './bench-report'

const ROOT = path.resolve(__dirname, '../..')
const RUNS = 3

/**
 * The part the limit leaves out, in a process of its own: a bare connection and `SELECT 1`, timed after pg is
 * loaded (loading it is the function's own cold-start work, and would otherwise warm Node's net, tls and
 * fetch modules for the function measured after it).
 */
const BARE_CONNECTION = `
const { performance } = require('node:perf_hooks')
const pg = require('pg')
async function run() {
  const t0 = performance.now()
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await client.connect()
  await client.query('SELECT 1')
  const connect = performance.now() - t0
  await client.end()
  console.log(JSON.stringify({ connect }))
  process.exit(0)
}
run().catch((error) => { console.error(error); process.exit(1) })
`

/**
 * What one cold instance does, in a fresh process with nothing loaded: loading the function's bundle and its
 * first `main()`, a search, as a parent opening the finder would. Prints the times as JSON.
 */
const COLD_INSTANCE = `
const { performance } = require('node:perf_hooks')
async function run() {
  const t1 = performance.now()
  const cpu0 = process.cpuUsage()
  const { main } = require(process.env.BENCH_BUNDLE)
  const load = performance.now() - t1
  const reply = await main(JSON.parse(process.env.BENCH_EVENT), { request_id: 'bench-cold' })
  const total = performance.now() - t1
  const spent = process.cpuUsage(cpu0)
  console.log(JSON.stringify({ load, total, cpu: (spent.user + spent.system) / 1000, ok: reply.ok, code: reply.ok ? null : reply.error.code }))
  process.exit(0)
}
run().catch((error) => { console.error(error); process.exit(1) })
`

/** Runs one of the scripts above in a process of its own; its last line of output, parsed. */
function runChild<T>(script: string, env: Record<string, string>, args: readonly string[] = []): T {
  const child = spawnSync(process.execPath, [...args, '-e', script], { env: { ...process.env, ...env, LOG_LEVEL: 'silent', NODE_OPTIONS: '' }, encoding: 'utf8' })
  if (child.status !== 0) throw new Error(`cold start run failed: ${child.stderr}`)
  return JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}') as T
}

interface ColdRun {
  load: number
  /** CPU time of load + first main(), which a busy machine inflates far less than the wall-clock times. */
  cpu: number
  total: number
  ok: boolean
  code: string | null
}

/** A cold `main()` of the finder function, built as `npm run build:cloud` builds it, against a migrated database. */
export async function benchColdStart(databaseUrl: string): Promise<void> {
  // Under node_modules so the bundle finds wx-server-sdk, which the cloud installs beside it.
  const bundle = path.join(ROOT, 'node_modules/.cache/tuoyu-bench/finder/index.js')
  // BENCH_COLD_PROFILE=dir writes a CPU profile of each cold instance there (node --cpu-prof), of a bundle built
  // unminified so the profile names functions and modules; its times are then a little longer.
  const profileDir = process.env.BENCH_COLD_PROFILE
  await build({ ...cloudBundleOptions(ROOT, 'finder', bundle), ...(profileDir ? { minify: false } : {}) })
  await Promise.all(cloudCatalogueOptions(ROOT, path.dirname(bundle)).map((options) => build(options)))
  const zhuji = sampleRegions().find((r) => r.code === 'zhuji')
  const event = { action: 'search', input: { regionCode: 'zhuji', origin: zhuji?.centre, radiusM: 3000 } }
  const profile = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(profileDir)}`] : []
  const runs: ColdRun[] = []
  const connects: number[] = []
  for (let i = 0; i < RUNS; i++) {
    connects.push(runChild<{ connect: number }>(BARE_CONNECTION, { DATABASE_URL: databaseUrl }).connect)
    const run = runChild<ColdRun>(COLD_INSTANCE, { DATABASE_URL: databaseUrl, BENCH_BUNDLE: bundle, BENCH_EVENT: JSON.stringify(event) }, profile)
    if (!run.ok) throw new Error(`cold finder main() answered ${run.code}`)
    runs.push(run)
  }
  const connect = median(connects)
  const beyond = median(runs.map((r) => r.total)) - connect
  report({ name: 'cold finder main() beyond the DB connection', value: beyond, unit: 'ms', limit: '≤ 150 ms', ratio: { value: beyond / 150, target: 1 } })
  console.log(`    median of ${RUNS}: bare connection ${connect.toFixed(0)} ms (pg loaded), loading the bundle ${median(runs.map((r) => r.load)).toFixed(0)} ms, load + first main() ${median(runs.map((r) => r.total)).toFixed(0)} ms (CPU ${median(runs.map((r) => r.cpu)).toFixed(0)} ms)`)
}
