import { spawn } from 'node:child_process'
import { connect, type AddressInfo } from 'node:net'
import { openDatabase } from '../../src/cloud/app/open-database'
import { createServer } from '../../src/cloud/transport/http-server'

/**
 * `tsx tests/bench/burst.ts [--backlog N] [--clients 1000] [--rounds 4]`: opens `clients` raw connections at
 * the same instant, each asking `POST /api/regions/list`, `rounds` times, and counts what came back: an HTTP
 * answer, or a reset / refusal with none. Run it with Node's old default backlog (511) and with the server's
 * (run-server's LISTEN_BACKLOG) to see what the listen queue does to a burst.
 */
function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`)
  return at === -1 ? fallback : Number(process.argv[at + 1])
}

type Outcome = 'answered' | string

function oneRequest(port: number): Promise<Outcome> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port })
    let head = ''
    socket.setTimeout(60_000, () => socket.destroy(new Error('TIMEOUT')))
    socket.on('connect', () => socket.write('POST /api/regions/list HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}'))
    socket.on('data', (chunk: Buffer) => (head += chunk.toString('latin1', 0, 16)))
    socket.on('error', (error: NodeJS.ErrnoException) => resolve(head.startsWith('HTTP/1.1 ') ? 'answered' : (error.code ?? error.message)))
    socket.on('close', () => resolve(head.startsWith('HTTP/1.1 ') ? 'answered' : 'closed without answer'))
  })
}

/** The server side, in its own process so the clients' connects do not wait on its event loop. */
async function serve(backlog: number): Promise<void> {
  const db = await openDatabase({ referenceDate: '2026-11-23' })
  const server = createServer({ db, sessionSecret: 'burst-bench-secret-0123456789abcdef', rateLimits: null })
  await new Promise<void>((resolve) => server.listen({ port: 0, host: '127.0.0.1', backlog }, resolve))
  console.log(`port ${(server.address() as AddressInfo).port}`)
}

async function main(): Promise<void> {
  const backlog = option('backlog', 4096)
  if (process.argv.includes('--serve')) return serve(backlog)
  const clients = option('clients', 1000)
  const rounds = option('rounds', 4)
  const child = spawn(process.execPath, [...process.execArgv, process.argv[1] ?? '', '--serve', '--backlog', String(backlog)], { stdio: ['ignore', 'pipe', 'inherit'] })
  const port = await new Promise<number>((resolve) => {
    child.stdout.on('data', (chunk: Buffer) => {
      const match = /port (\d+)/.exec(chunk.toString())
      if (match) resolve(Number(match[1]))
    })
  })
  const tally = new Map<Outcome, number>()
  const started = Date.now()
  for (let round = 0; round < rounds; round += 1) {
    for (const outcome of await Promise.all(Array.from({ length: clients }, () => oneRequest(port)))) tally.set(outcome, (tally.get(outcome) ?? 0) + 1)
  }
  console.log(JSON.stringify({ backlog, clients, rounds, requests: clients * rounds, seconds: (Date.now() - started) / 1000, ...Object.fromEntries(tally) }))
  child.kill()
}

void main()
