import type { IncomingMessage } from 'node:http'

const MAX_BODY_BYTES = 64 * 1024

type BodyResult = { kind: 'json'; value: unknown } | { kind: 'too_large' } | { kind: 'not_json' }

/**
 * Reads a JSON request body of at most MAX_BODY_BYTES. A declared or actual size over the limit stops the
 * reading at once, so an oversized upload costs the server no more than the limit. An empty body is `{}`,
 * so actions without input can be called without one.
 */
export function readJsonBody(req: IncomingMessage): Promise<BodyResult> {
  const declared = Number(req.headers['content-length'])
  if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) return Promise.resolve({ kind: 'too_large' })
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const onData = (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES) {
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
      if (size > MAX_BODY_BYTES) return
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
