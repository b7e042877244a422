import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createServer } from '../../src/cloud/transport/http-server'
import { loadConfig } from '../../src/cloud/app/config'
import { createRateLimiter } from '../../src/cloud/transport/rate-limiter'
import { COSTLY_ACTIONS, DEFAULT_RATE_LIMITS } from '../../src/domain/shared/rate-limit-rules'
import { contract } from '../../src/domain/contract'
import { testDatabase } from './support/test-database'

let site: string
const servers: Server[] = []

async function serve(options: Partial<Parameters<typeof createServer>[0]> = {}): Promise<string> {
  const server = createServer({ db: await testDatabase(), staticDir: site, sessionSecret: 'transport-hardening-secret-0123456789', devLogin: true, ...options })
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

const post = (base: string, fn: string, action: string, input: unknown, token?: string) =>
  fetch(`${base}/api/${fn}/${action}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(input)
  })

beforeAll(() => {
  site = mkdtempSync(path.join(tmpdir(), 'tuoyu-hardening-'))
  mkdirSync(path.join(site, 'js'))
  writeFileSync(path.join(site, 'index.html'), '<!doctype html><title>托育通</title><script src="/js/app.1a2b3c4d.js"></script>')
  writeFileSync(path.join(site, 'js', 'app.1a2b3c4d.js'), 'console.log(1)')
})

afterAll(async () => {
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))))
  rmSync(site, { recursive: true, force: true })
})

describe('security headers', () => {
  it.each(['/', '/js/app.1a2b3c4d.js', '/no-such-file'])('the H5 app (%s) forbids inline script and framing', async (urlPath) => {
    const reply = await fetch(`${await serve()}${urlPath}`)
    const policy = reply.headers.get('content-security-policy') ?? ''
    expect(policy).toContain("script-src 'self'")
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/)
    expect(policy).toContain("frame-ancestors 'none'")
    expect(reply.headers.get('x-frame-options')).toBe('DENY')
    expect(reply.headers.get('referrer-policy')).toBe('no-referrer')
    expect(reply.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it.each([
    ['an action', (base: string) => post(base, 'regions', 'list', {})],
    ['a refused action', (base: string) => post(base, 'account', 'me', {})],
    ['health', (base: string) => fetch(`${base}/api/health`)],
    ['the OpenAPI document', (base: string) => fetch(`${base}/api/openapi.json`)]
  ])('the API (%s) answers with headers that let nothing load or frame it', async (_, request) => {
    const reply = await request(await serve())
    expect(reply.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'")
    expect(reply.headers.get('x-frame-options')).toBe('DENY')
    expect(reply.headers.get('referrer-policy')).toBe('no-referrer')
    expect(reply.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('lets the H5 app load map tiles from the configured provider and from nowhere else, and tells the app which', async () => {
    const mapTiles = { urlTemplate: 'https://t{s}.tiles.example/{z}/{x}/{y}.png', attribution: '© 示例地图', subdomains: 'ab', maxZoom: 18 }
    const base = await serve({ mapTiles })
    const policy = (await fetch(`${base}/`)).headers.get('content-security-policy') ?? ''
    expect(policy).toContain("img-src 'self' data: blob: https://ta.tiles.example https://tb.tiles.example;")
    expect(policy).toContain("connect-src 'self' blob:;")
    expect(await (await post(base, 'finder', 'mapSettings', {})).json()).toEqual({ ok: true, data: { tiles: mapTiles } })
    const bare = await serve()
    expect((await fetch(`${bare}/`)).headers.get('content-security-policy')).toContain("img-src 'self' data: blob:;")
    expect(await (await post(bare, 'finder', 'mapSettings', {})).json()).toEqual({ ok: true, data: { tiles: null } })
  })

  it('the H5 page template keeps no inline script, so the policy holds for the build', () => {
    const template = readFileSync(path.join(__dirname, '../../src/index.html'), 'utf8')
    const scripts = template.match(/<script\b[^>]*>/g) ?? []
    expect(scripts.length).toBeGreaterThan(0)
    for (const tag of scripts) expect(tag).toMatch(/\bsrc=/)
    expect(template).not.toMatch(/<script\b[^>]*>[^<\s]/)
  })
})

describe('keep-alive', () => {
  it('keeps idle connections longer than clients do, so none is reused just as the server closes it', async () => {
    await serve()
    const server = servers[servers.length - 1]
    expect(server?.keepAliveTimeout).toBeGreaterThanOrEqual(60_000)
    expect(server?.headersTimeout).toBeLessThanOrEqual(server?.requestTimeout ?? 0)
  })
})

describe('rate limits', () => {
  const tight = { ...DEFAULT_RATE_LIMITS, search: { burst: 3, perMinute: 6 }, signIn: { burst: 2, perMinute: 2 } }

  it('answers a client over its allowance with 429 RATE_LIMITED, a readable message and Retry-After', async () => {
    const base = await serve({ rateLimits: tight })
    const search = () => post(base, 'complaints', 'isFiled', { regionCode: 'bazhou', query: '托育' })
    for (let i = 0; i < 3; i += 1) expect((await search()).status).toBe(200)
    const refused = await search()
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
    expect(await refused.json()).toEqual({ ok: false, error: { code: 'RATE_LIMITED', message: '操作太频繁了，请稍后再试。' } })
    // Cheap actions are not counted.
    expect((await post(base, 'regions', 'list', {})).status).toBe(200)
  })

  it('counts sign-ins by address and signed-in calls by account', async () => {
    const base = await serve({ rateLimits: tight })
    const login = () => post(base, 'account', 'devLogin', { role: 'parent', displayName: '限流家长' })
    const first = (await (await login()).json()) as { data: { token: string } }
    expect((await login()).status).toBe(200)
    expect((await login()).status).toBe(429)
    // The signed-in parent has an allowance of their own, apart from the address's anonymous one.
    for (let i = 0; i < 3; i += 1) expect((await post(base, 'complaints', 'isFiled', { regionCode: 'bazhou', query: '托育' })).status).toBe(200)
    expect((await post(base, 'complaints', 'isFiled', { regionCode: 'bazhou', query: '托育' })).status).toBe(429)
    expect((await post(base, 'complaints', 'isFiled', { regionCode: 'bazhou', query: '托育' }, first.data.token)).status).toBe(200)
  })

  it('refills over time', () => {
    const limiter = createRateLimiter(tight)
    const take = (at: number) => limiter.take('finder', 'search', 'addr:1', at)
    expect([take(0), take(0), take(0)]).toEqual([0, 0, 0])
    expect(take(0)).toBe(10)
    expect(take(10_000)).toBe(0)
    expect(limiter.take('finder', 'get', 'addr:1', 0)).toBe(0)
  })

  it('names only actions the contract has', () => {
    for (const [fn, actions] of Object.entries(COSTLY_ACTIONS)) {
      for (const action of Object.keys(actions)) expect(Object.keys((contract as Record<string, object>)[fn] ?? {})).toContain(action)
    }
  })

  it('reads limits from the environment, and refuses ones it cannot read', () => {
    expect(loadConfig({}).rateLimits).toEqual(DEFAULT_RATE_LIMITS)
    expect(loadConfig({ RATE_LIMITS: 'off' }).rateLimits).toBeNull()
    expect(loadConfig({ RATE_LIMIT_SEARCH: '5/50' }).rateLimits?.search).toEqual({ burst: 5, perMinute: 50 })
    expect(() => loadConfig({ RATE_LIMIT_UPLOADS: 'lots' })).toThrow(/RATE_LIMIT_UPLOADS/)
  })
})
