import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { request, type IncomingHttpHeaders, type Server } from 'node:http'
import { connect, type AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import { expect } from '../support/expect-with-message'
import { createServer } from '../../src/cloud/transport/http-server'
import { contract } from '../../src/domain/contract'
import { testDatabase } from './support/test-database'

interface Reply {
  status: number
  headers: IncomingHttpHeaders
  body: Buffer
  text: string
  json(): unknown
}

let server: Server
let port: number
let site: string
let outside: string

/** A raw request, so paths reach the server exactly as written (fetch would normalise `..`). */
function send(method: string, urlPath: string, options: { body?: string | Buffer; headers?: Record<string, string> } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path: urlPath, headers: options.headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => {
        const body = Buffer.concat(chunks)
        const text = body.toString('utf8')
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body, text, json: () => JSON.parse(text) })
      })
    })
    req.on('error', reject)
    req.end(options.body)
  })
}

const post = (fn: string, action: string, input: unknown, token?: string) =>
  send('POST', `/api/${fn}/${action}`, {
    body: JSON.stringify(input),
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) }
  })

beforeAll(async () => {
  outside = mkdtempSync(path.join(tmpdir(), 'tuoyu-http-'))
  site = path.join(outside, 'h5')
  mkdirSync(path.join(site, 'js'), { recursive: true })
  writeFileSync(path.join(outside, 'secret.txt'), 'outside the site')
  writeFileSync(path.join(site, 'index.html'), '<!doctype html><title>托育通</title>')
  writeFileSync(path.join(site, 'js', 'app.1a2b3c4d.js'), `console.log(${JSON.stringify('托育'.repeat(2000))})`)
  writeFileSync(path.join(site, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]))
  symlinkSync(path.join(outside, 'secret.txt'), path.join(site, 'leak.txt'))
  const db = await testDatabase()
  server = createServer({ db, staticDir: site, sessionSecret: 'transport-http-test-secret-0123456789', devLogin: true })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
  rmSync(outside, { recursive: true, force: true })
})

describe('HTTP transport: actions', () => {
  it('round-trips a POST: sign in, then call an action that needs the session', async () => {
    const login = await post('account', 'devLogin', { role: 'parent', displayName: 'HTTP 测试家长' })
    expect(login.status).toBe(200)
    expect(login.headers['content-type']).toMatch(/^application\/json/)
    const session = login.json() as { ok: true; data: { token: string; user: { id: string } } }
    expect(session.ok).toBe(true)

    const me = await post('account', 'me', {}, session.data.token)
    expect(me.status).toBe(200)
    expect(me.json()).toMatchObject({ ok: true, data: { id: session.data.user.id, displayName: 'HTTP 测试家长' } })
    expect(me.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('calls an action without a body as one with empty input', async () => {
    const reply = await send('POST', '/api/account/me')
    expect(reply.status).toBe(401)
    expect(reply.json()).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
  })

  it('serves an institution page read from the cache exactly as the first time, Chinese text and length intact', async () => {
    const first = await post('finder', 'get', { id: 'zj-0001' })
    const again = await post('finder', 'get', { id: 'zj-0001' })
    expect(first.status).toBe(200)
    expect(again.body.equals(first.body)).toBe(true)
    expect(Number(again.headers['content-length'])).toBe(again.body.length)
    expect(again.json()).toMatchObject({ ok: true, data: { id: 'zj-0001', regionCode: 'zhuji', name: expect.stringMatching(/[\u4e00-\u9fff]/) } })
  })

  it('answers a body that is not JSON with 400 INVALID_INPUT and a readable message', async () => {
    const reply = await send('POST', '/api/account/devLogin', { body: '{"role": parent', headers: { 'Content-Type': 'application/json' } })
    expect(reply.status).toBe(400)
    const body = reply.json() as { error: { code: string; message: string } }
    expect(body.error.code).toBe('INVALID_INPUT')
    expect(body.error.message).toBe('填写的内容有误（提交的内容不是有效的 JSON），请检查后重试。')
  })

  it('answers input the schema refuses with 400 and the field', async () => {
    const reply = await post('account', 'devLogin', { role: 'grandparent' })
    expect(reply.status).toBe(400)
    expect(reply.json()).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'role' } })
  })

  it('refuses a declared body over 64 KiB with 413, keeping none of it', async () => {
    const reply = await send('POST', '/api/account/devLogin', { body: 'x'.repeat(65 * 1024), headers: { 'Content-Type': 'application/json' } })
    expect(reply.status).toBe(413)
    expect(reply.json()).toMatchObject({ ok: false, error: { code: 'PAYLOAD_TOO_LARGE', message: '提交的内容太大，请精简后重试。' } })
  })

  it('answers 413 as soon as a streamed body passes 64 KiB, without waiting for the rest', async () => {
    const reply = await new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, method: 'POST', path: '/api/account/devLogin', headers: { 'Transfer-Encoding': 'chunked' } }, (res) => {
        let text = ''
        res.on('data', (c: Buffer) => (text += c.toString()))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }))
      })
      req.on('error', reject)
      // 80 KiB sent and the request never finished: only a server that stops reading can answer.
      req.write('x'.repeat(80 * 1024))
    })
    expect(reply.status).toBe(413)
    expect(JSON.parse(reply.text)).toMatchObject({ error: { code: 'PAYLOAD_TOO_LARGE' } })
  })

  it('lets a client sending a 10 MB body finish and read the 413, with no EPIPE or reset (raw socket)', async () => {
    const body = Buffer.alloc(10 * 1024 * 1024, 0x61)
    const outcome = await new Promise<{ response: string; error: string | null }>((resolve) => {
      const socket = connect({ host: '127.0.0.1', port })
      let response = ''
      let error: string | null = null
      socket.on('data', (chunk: Buffer) => (response += chunk.toString('latin1')))
      socket.on('error', (e: NodeJS.ErrnoException) => (error = e.code ?? e.message))
      socket.on('close', () => resolve({ response, error }))
      socket.write(`POST /api/account/devLogin HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`)
      // Written in pieces as a phone would, so the server's answer arrives while the client is still sending.
      let offset = 0
      const next = () => {
        while (offset < body.length) {
          const piece = body.subarray(offset, offset + 256 * 1024)
          offset += piece.length
          if (!socket.write(piece)) return void socket.once('drain', next)
        }
      }
      next()
    })
    expect(outcome.error).toBeNull()
    expect(outcome.response).toMatch(/^HTTP\/1\.1 413 /)
    expect(outcome.response).toContain('PAYLOAD_TOO_LARGE')
  })

  it.each(['GET', 'PUT', 'DELETE'])('answers %s on an action with 405 and an envelope', async (method) => {
    const reply = await send(method, '/api/account/me')
    expect(reply.status).toBe(405)
    expect(reply.headers.allow).toBe('POST')
    expect(reply.json()).toMatchObject({ ok: false, error: { code: 'UNKNOWN_ACTION' } })
  })

  it.each(['/api/nope/list', '/api/account/nope', '/api/account', '/api/constructor/name'])('answers an unknown API path %s with 404', async (urlPath) => {
    const reply = await send('POST', urlPath, { body: '{}' })
    expect(reply.status).toBe(404)
    expect(reply.json()).toMatchObject({ ok: false, error: { code: 'UNKNOWN_ACTION' } })
  })

  it('reports health with the kind of database', async () => {
    const reply = await send('GET', '/api/health')
    expect(reply.status).toBe(200)
    expect(reply.json()).toEqual({ ok: true, data: { status: 'ok', database: 'pglite' } })
  })
})

describe('HTTP transport: OpenAPI document', () => {
  interface Operation {
    summary: string
    requestBody: { content: { 'application/json': { schema: { $ref: string } } } }
    responses: Record<string, { content?: { 'application/json': { schema: Record<string, unknown> } } }>
    security?: unknown[]
  }
  let doc: { openapi: string; paths: Record<string, { post?: Operation }>; components: { schemas: Record<string, Record<string, unknown>> } }

  beforeAll(async () => {
    const reply = await send('GET', '/api/openapi.json')
    expect(reply.status).toBe(200)
    doc = reply.json() as typeof doc
  })

  it('is OpenAPI 3.1', () => {
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/)
  })

  it('lists every contract action as a POST with its summary, request schema and envelope responses', () => {
    const resolve = (ref: string) => doc.components.schemas[ref.replace('#/components/schemas/', '')]
    for (const [fn, actions] of Object.entries(contract)) {
      for (const [action, spec] of Object.entries(actions)) {
        const op = doc.paths[`/api/${fn}/${action}`]?.post
        expect(op, `${fn}.${action}`).toBeDefined()
        if (!op) continue
        expect(op.summary).toBe(spec.summary)
        const input = resolve(op.requestBody.content['application/json'].schema.$ref)
        expect(Object.keys(input ?? {}).some((k) => ['type', 'anyOf', 'oneOf'].includes(k)), `${fn}.${action} input`).toBe(true)
        expect(op.responses['200']?.content?.['application/json'].schema).toMatchObject({ properties: { ok: { const: true } } })
        expect(op.responses['400']).toBeDefined()
        expect(op.security !== undefined).toBe(spec.access.kind !== 'public')
      }
    }
  })

  it('carries the real constraints of the schemas', () => {
    const devLogin = doc.components.schemas.AccountDevLoginInput as { properties: { role: { enum: string[] } }; required: string[] }
    expect(devLogin.properties.role.enum).toEqual(['parent', 'institution_staff', 'regulator', 'operator'])
    expect(devLogin.required).toEqual(['role'])
    const search = doc.components.schemas.FinderSearchInput as { properties: { keyword: { maxLength: number } }; additionalProperties: boolean }
    expect(search.properties.keyword.maxLength).toBe(40)
    expect(search.additionalProperties).toBe(false)
  })

  it('has no references that point outside the document', () => {
    const refs = JSON.stringify(doc).match(/"\$ref":"[^"]*"/g) ?? []
    for (const ref of refs) {
      const name = ref.slice('"$ref":"#/components/schemas/'.length, -1)
      expect(ref.startsWith('"$ref":"#/components/schemas/'), ref).toBe(true)
      expect(doc.components.schemas[name], ref).toBeDefined()
    }
  })
})

describe('HTTP transport: the H5 app', () => {
  it('serves index.html at / with an HTML content type and no long caching', async () => {
    const reply = await send('GET', '/')
    expect(reply.status).toBe(200)
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(reply.headers['cache-control']).toBe('no-cache')
    expect(reply.text).toContain('<title>托育通</title>')
  })

  it('serves hashed assets with their type, cached for a year, gzipped when asked', async () => {
    const plain = await send('GET', '/js/app.1a2b3c4d.js')
    expect(plain.status).toBe(200)
    expect(plain.headers['content-type']).toBe('text/javascript; charset=utf-8')
    expect(plain.headers['cache-control']).toContain('immutable')
    const zipped = await send('GET', '/js/app.1a2b3c4d.js', { headers: { 'Accept-Encoding': 'gzip, br' } })
    expect(zipped.headers['content-encoding']).toBe('gzip')
    expect(zipped.body.length).toBeLessThan(plain.body.length)
    expect(gunzipSync(zipped.body).equals(plain.body)).toBe(true)
  })

  it('answers a repeated request for an unchanged file with 304', async () => {
    const first = await send('GET', '/logo.png')
    expect(first.headers['content-type']).toBe('image/png')
    const again = await send('GET', '/logo.png', { headers: { 'If-None-Match': String(first.headers.etag) } })
    expect(again.status).toBe(304)
  })

  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/js/..%2f..%2fsecret.txt', '/..%5csecret.txt', '/leak.txt', '/%00index.html', '/%E0%A4%A'])(
    'refuses %s without revealing anything outside the site',
    async (urlPath) => {
      const reply = await send('GET', urlPath)
      expect(reply.status).toBe(404)
      expect(reply.text).not.toContain('outside the site')
    }
  )

  it('answers a missing file with 404 and a write to the site with 405', async () => {
    const missing = await send('GET', '/nope.js')
    expect(missing.status).toBe(404)
    // In words a parent reads, with the way back: not the English "Not found".
    expect(missing.text).toContain('找不到这个页面')
    expect(missing.text).toContain('<a href="/">回到托育通首页</a>')
    expect(missing.text).not.toContain('Not found')
    expect((await send('POST', '/index.html', { body: 'x' })).status).toBe(405)
  })
})
