import type { IncomingMessage } from 'node:http'

export const MAX_BODY_BYTES = 64 * 1024
/**
 * How much of an oversized body is read and thrown away after the 413 is sent. Closing while the client is
 * still sending makes the kernel reset the connection, and the client sees EPIPE or ECONNRESET instead of the
 * status; past this much the server stops paying for that courtesy and closes anyway.
 */
const MAX_DRAIN_BYTES = 16 * 1024 * 1024

type BodyResult = { kind: 'json'; value: unknown } | { kind: 'too_large' } | { kind: 'not_json' }

/**
 * Reads a JSON request body of at most `limit` bytes (MAX_BODY_BYTES unless the route allows more). A declared or actual size over the limit stops the
 * keeping at once, so an oversized body costs the server no more than the limit (the rest is for
 * `discardRest`). An empty body is `{}`, so actions without input can be called without one.
 */
export function readJsonBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<BodyResult> {
  const declared = Number(req.headers['content-length'])
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve({ kind: 'too_large' })
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const onData = (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        req.off('data', onData)
        req.pause()
        resolve({ kind: 'too_large' })
        return
      }
      chunks.push(chunk)
    }
    req.on('data', onData)
    req.on('error', reject)
    req.on('end', () => {
      if (size > limit) return
      const text = Buffer.concat(chunks).toString('utf8')
      if (text.trim() === '') return resolve({ kind: 'json', value: {} })
      try {
        resolve({ kind: 'json', value: JSON.parse(text) })
      } catch {
        resolve({ kind: 'not_json' })
      }
    })
  })
}

/**
 * Reads what is left of a refused body and throws it away: true once the client has sent all of it, false
 * when it declares or sends more than MAX_DRAIN_BYTES (or goes away), and the connection should just close.
 */
export function discardRest(req: IncomingMessage): Promise<boolean> {
  const declared = Number(req.headers['content-length'])
  if (Number.isFinite(declared) && declared > MAX_DRAIN_BYTES) return Promise.resolve(false)
  if (req.readableEnded) return Promise.resolve(true)
  return new Promise((resolve) => {
    let size = 0
    const onData = (chunk: Buffer) => {
      size += chunk.length
      if (size <= MAX_DRAIN_BYTES) return
      req.off('data', onData)
      resolve(false)
    }
    req.on('data', onData)
    req.once('end', () => resolve(size <= MAX_DRAIN_BYTES))
    req.once('close', () => resolve(req.readableEnded && size <= MAX_DRAIN_BYTES))
    req.resume()
  })
}
