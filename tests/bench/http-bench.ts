import { createServer as createHttpServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import autocannon from 'autocannon'
import type { Database } from '../../src/cloud/db/database'
import { createServer } from '../../src/cloud/transport/http-server'
import { sampleRegions } from '../../src/cloud/sample-data/sample-regions'
import { NOW } from './finder-bench'
import { report, scaled } from './bench-report'

const CONNECTIONS = 50
const SECONDS = scaled(5)
/**
 * Each server gets this long under the same load before it is measured: the figures are for warm servers, not
 * for the region index's first build or the JIT's first compilations (a few slow requests that would otherwise
 * set the p99 of a five-second run).
 */
const WARM_UP_SECONDS = 1

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

const close = (server: Server) => new Promise((resolve) => server.close(resolve))

interface Load {
  rps: number
  p99: number
  errors: number
}

async function load(url: string, body?: unknown): Promise<Load> {
  const request = {
    url,
    connections: CONNECTIONS,
    method: body === undefined ? ('GET' as const) : ('POST' as const),
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body)
  }
  await autocannon({ ...request, duration: WARM_UP_SECONDS })
  const result = await autocannon({ ...request, duration: SECONDS })
  return { rps: result.requests.average, p99: result.latency.p99, errors: result.errors + result.non2xx }
}

/**
 * `finder/search` and `finder/get` over HTTP at 50 keep-alive connections, against a node:http hello-world
 * measured in the same run and process (the load generator shares the machine with both alike).
 */
export async function benchHttp(db: Database): Promise<void> {
  const hello = createHttpServer((_req, res) => res.end('hello world'))
  const helloUrl = await listen(hello)
  // One load generator is one address: the per-client allowances would answer most calls 429 and the bench
  // would measure the refusal, not the search.
  const api = createServer({ db, sessionSecret: 'bench-session-secret-0123456789abcdef', now: () => NOW, rateLimits: null })
  const apiUrl = await listen(api)
  try {
    const zhuji = sampleRegions().find((r) => r.code === 'zhuji')
    const { rows } = await db.query<{ id: string }>(`SELECT id FROM institutions WHERE region_code = 'zhuji' ORDER BY id LIMIT 1`)
    const baseline = await load(helloUrl)
    const search = await load(`${apiUrl}/api/finder/search`, { regionCode: 'zhuji', origin: zhuji?.centre, radiusM: 3000, ageBands: ['toddler'] })
    const get = await load(`${apiUrl}/api/finder/get`, { id: rows[0]?.id })
    for (const [name, l, target] of [
      ['HTTP finder/search', search, 0.2],
      ['HTTP finder/get', get, 0.4]
    ] as const) {
      report({
        name: `${name} at ${CONNECTIONS} connections (${db.kind})`,
        value: l.rps,
        unit: 'req/s',
        limit: `≥ ${target * 100}% of hello-world${name.endsWith('search') ? ', p99 ≤ 50 ms' : ''}`,
        baseline: { name: 'node:http hello-world', value: baseline.rps },
        ratio: { value: l.rps / baseline.rps, target, higherIsBetter: true }
      })
      console.log(`    p99 ${l.p99} ms; errors + non-2xx ${l.errors}; hello-world p99 ${baseline.p99} ms`)
    }
  } finally {
    await Promise.all([close(hello), close(api)])
  }
}
