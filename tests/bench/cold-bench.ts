import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { build } from 'esbuild'
import { cloudBundleOptions } from '../../scripts/cloud-bundle'
import { sampleRegions } from '../../src/cloud/sample-data/sample-regions'
import { median, report } from './bench-report'

const ROOT = path.resolve(__dirname, '../..')
const RUNS = 3

/**
 * What one cold instance does, in a process of its own: first a bare connection and `SELECT 1` (the part the
 * limit leaves out), then loading the function's bundle and its first `main()`: a search, as a parent opening
 * the finder would. Prints the times as JSON.
 */
const COLD_INSTANCE = `
const { performance } = require('node:perf_hooks')
async function run() {
  const t0 = performance.now()
  const pg = require('pg')
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await client.connect()
  await client.query('SELECT 1')
  await client.end()
  const connect = performance.now() - t0
  const t1 = performance.now()
  const { main } = require(process.env.BENCH_BUNDLE)
  const load = performance.now() - t1
  const reply = await main(JSON.parse(process.env.BENCH_EVENT), { request_id: 'bench-cold' })
  const total = performance.now() - t1
  console.log(JSON.stringify({ connect, load, total, ok: reply.ok, code: reply.ok ? null : reply.error.code }))
  process.exit(0)
}
run().catch((error) => { console.error(error); process.exit(1) })
`

interface ColdRun {
  connect: number
  load: number
  total: number
  ok: boolean
  code: string | null
}

/** A cold `main()` of the finder function, built as `npm run build:cloud` builds it, against a migrated database. */
export async function benchColdStart(databaseUrl: string): Promise<void> {
  // Under node_modules so the bundle finds wx-server-sdk, which the cloud installs beside it.
  const bundle = path.join(ROOT, 'node_modules/.cache/tuoyu-bench/finder/index.js')
  await build(cloudBundleOptions(ROOT, 'finder', bundle))
  const zhuji = sampleRegions().find((r) => r.code === 'zhuji')
  const event = { action: 'search', input: { regionCode: 'zhuji', origin: zhuji?.centre, radiusM: 3000 } }
  const runs: ColdRun[] = []
  for (let i = 0; i < RUNS; i++) {
    const child = spawnSync(process.execPath, ['-e', COLD_INSTANCE], {
      env: { ...process.env, DATABASE_URL: databaseUrl, BENCH_BUNDLE: bundle, BENCH_EVENT: JSON.stringify(event), LOG_LEVEL: 'silent', NODE_OPTIONS: '' },
      encoding: 'utf8'
    })
    if (child.status !== 0) throw new Error(`cold start run failed: ${child.stderr}`)
    const run = JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}') as ColdRun
    if (!run.ok) throw new Error(`cold finder main() answered ${run.code}`)
    runs.push(run)
  }
  const beyond = median(runs.map((r) => r.total - r.connect))
  report({ name: 'cold finder main() beyond the DB connection', value: beyond, unit: 'ms', limit: '≤ 150 ms', ratio: { value: beyond / 150, target: 1 } })
  console.log(`    median of ${RUNS}: bare connection ${median(runs.map((r) => r.connect)).toFixed(0)} ms, loading the bundle ${median(runs.map((r) => r.load)).toFixed(0)} ms, load + first main() ${median(runs.map((r) => r.total)).toFixed(0)} ms`)
}
