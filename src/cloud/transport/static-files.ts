import { createReadStream } from 'node:fs'
import { readFile, realpath, stat } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { gzipSync } from 'node:zlib'
import { t } from '../../i18n/translate'

// A Map: the extension comes from the request's path.
const CONTENT_TYPES = new Map(Object.entries({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm'
}))
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.map', '.txt', '.svg'])
// Webpack names built assets `name.<hash>.ext`: their content never changes under that name.
const HASHED_ASSET = /\.[0-9a-f]{8,}\.[a-z0-9]+$/i
const MAX_COMPRESSED_FILE_BYTES = 8 * 1024 * 1024

const gzipCache = new Map<string, { mtimeMs: number; body: Buffer }>()

function cacheControl(file: string): string {
  if (HASHED_ASSET.test(path.basename(file))) return 'public, max-age=31536000, immutable'
  // index.html names the current hashed bundles, so the browser must ask again each time.
  if (file.endsWith('.html')) return 'no-cache'
  return 'public, max-age=3600'
}

/** A parent who follows a broken link reads why in Chinese, with the way back, not the word "Not found". */
function notFound(res: ServerResponse, securityHeaders: Readonly<Record<string, string>>): void {
  res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', ...securityHeaders })
  res.end(
    `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">` +
      `<title>${t('common.appName')}</title></head><body><p>${t('app.notFound')}</p><p><a href="/">${t('app.backHome')}</a></p></body></html>`
  )
}

function decodePath(urlPath: string): string | null {
  try {
    const decoded = decodeURIComponent(urlPath)
    return decoded.includes('\0') ? null : decoded
  } catch {
    return null
  }
}

/** The file a decoded URL path names inside `root`, or null when it does not exist or would lie outside `root`. */
async function resolveFile(root: string, decoded: string): Promise<string | null> {
  const wanted = path.resolve(root, `.${decoded.endsWith('/') ? `${decoded}index.html` : decoded}`)
  if (wanted !== root && !wanted.startsWith(root + path.sep)) return null
  try {
    // A symlink inside the build must not lead outside it either.
    const real = await realpath(wanted)
    if (!real.startsWith(root + path.sep)) return null
    const info = await stat(real)
    if (info.isDirectory()) return decoded.endsWith('/') ? null : resolveFile(root, `${decoded}/`)
    return info.isFile() ? real : null
  } catch {
    return null
  }
}

async function gzipped(file: string, mtimeMs: number): Promise<Buffer> {
  const cached = gzipCache.get(file)
  if (cached && cached.mtimeMs === mtimeMs) return cached.body
  const body = gzipSync(await readFile(file))
  gzipCache.set(file, { mtimeMs, body })
  return body
}

/**
 * Serves the built H5 app from `root` (GET and HEAD): `/` is index.html, content types by extension,
 * hashed assets cached for a year, text compressed when the browser accepts gzip, nothing outside `root`.
 */
export async function serveStatic(
  req: IncomingMessage,
  res: ServerResponse,
  root: string,
  urlPath: string,
  securityHeaders: Readonly<Record<string, string>>
): Promise<void> {
  const realRoot = await realpath(root).catch(() => null)
  const decoded = decodePath(urlPath)
  const file = realRoot && decoded !== null && (await resolveFile(realRoot, decoded))
  if (!file) return notFound(res, securityHeaders)
  const info = await stat(file)
  const ext = path.extname(file).toLowerCase()
  const etag = `"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`
  const headers: Record<string, string | number> = {
    'Content-Type': CONTENT_TYPES.get(ext) ?? 'application/octet-stream',
    'Cache-Control': cacheControl(file),
    'Last-Modified': info.mtime.toUTCString(),
    ETag: etag,
    ...securityHeaders
  }
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers)
    return void res.end()
  }
  const acceptsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
  if (COMPRESSIBLE.has(ext) && info.size <= MAX_COMPRESSED_FILE_BYTES) {
    headers.Vary = 'Accept-Encoding'
    if (acceptsGzip) {
      const body = await gzipped(file, info.mtimeMs)
      res.writeHead(200, { ...headers, 'Content-Encoding': 'gzip', 'Content-Length': body.length })
      return void res.end(req.method === 'HEAD' ? undefined : body)
    }
  }
  res.writeHead(200, { ...headers, 'Content-Length': info.size })
  if (req.method === 'HEAD') return void res.end()
  try {
    await pipeline(createReadStream(file), res)
  } catch (error) {
    // The browser went away mid-download (a closed tab, a new navigation): nothing is wrong here.
    if ((error as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') throw error
  }
}
