import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { ErrorBody } from '../../../src/domain/shared/envelope-schema'

export type Reply<T> = { status: number; headers: Headers; body: { ok: true; data: T } | { ok: false; error: ErrorBody } }

/** Listens on a free loopback port and answers a caller for `POST /api/{fn}/{action}` with an optional bearer token. */
export async function listening(server: Server) {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  async function post<T = unknown>(fn: string, action: string, input: unknown, token?: string): Promise<Reply<T>> {
    const res = await fetch(`${base}/api/${fn}/${action}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(input)
    })
    return { status: res.status, headers: res.headers, body: (await res.json()) as Reply<T>['body'] }
  }
  /** The data of a successful reply; anything else fails the test with the error it carried. */
  async function ok<T = unknown>(fn: string, action: string, input: unknown, token?: string): Promise<T> {
    const reply = await post<T>(fn, action, input, token)
    if (!reply.body.ok) throw new Error(`${fn}.${action} answered ${reply.status} ${JSON.stringify(reply.body.error)}`)
    return reply.body.data
  }
  const close = () => new Promise<void>((resolve) => server.close(() => resolve()))
  return { base, post, ok, close }
}

/** Stands in for the SMS provider at the server's seam: remembers the last code sent to each number. */
export function fakeSmsGateway() {
  const sent = new Map<string, string>()
  return {
    gateway: {
      async sendCode(phone: string, code: string) {
        sent.set(phone, code)
      }
    },
    codeFor(phone: string): string {
      const code = sent.get(phone)
      if (!code) throw new Error(`no code was sent to ${phone}`)
      return code
    }
  }
}
