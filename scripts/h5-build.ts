/**
 * The H5 build and whether it is current: `npm start` and the end-to-end tests' one-time setup both build it
 * only when it is missing or older than the sources.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

const root = path.resolve(__dirname, '..')
export const H5_DIR = path.join(root, 'dist/h5')
// What the H5 build is made from; a newer file here means the build is out of date. The server's code
// (src/cloud) is not part of the app and runs from source, so changing it needs no rebuild.
const SOURCES = ['src', 'config', 'babel.config.js', 'package.json', 'tsconfig.json']
const NOT_IN_APP = new Set([path.join(root, 'src/cloud')])

function newestMtime(target: string): number {
  if (!existsSync(target) || NOT_IN_APP.has(target)) return 0
  const info = statSync(target)
  if (!info.isDirectory()) return info.mtimeMs
  return readdirSync(target).reduce((newest, name) => Math.max(newest, newestMtime(path.join(target, name))), info.mtimeMs)
}

export function h5BuildIsCurrent(): boolean {
  const index = path.join(H5_DIR, 'index.html')
  if (!existsSync(index)) return false
  const built = statSync(index).mtimeMs
  return SOURCES.every((source) => newestMtime(path.join(root, source)) <= built)
}

/** Builds the H5 app, its output on stderr (stdout carries only the line with the URL, which scripts read). */
export function buildH5(): void {
  console.error('Building the H5 app (taro build --type h5)…')
  const result = spawnSync(path.join(root, 'node_modules/.bin/taro'), ['build', '--type', 'h5'], {
    cwd: root,
    stdio: ['ignore', process.stderr, process.stderr],
    env: { ...process.env, NODE_ENV: 'production' }
  })
  if (result.status !== 0) throw new Error(`The H5 build failed (exit ${result.status ?? result.signal}); see the output above.`)
}

/**
 * The scripts the built index.html names, gzip: what every first visit loads before its first page, whichever
 * page it opens (the bench prints it; tests/build/h5-initial-js.test.ts holds it to a budget).
 */
export function initialJsGzip(): { bytes: number; files: string[] } {
  const html = readFileSync(path.join(H5_DIR, 'index.html'), 'utf8')
  const files = [...html.matchAll(/<script[^>]*\ssrc="([^"]+\.js)"/g)].map((m) => m[1] ?? '').filter((src) => !/^https?:/.test(src))
  const bytes = files.reduce((sum, src) => sum + gzipSync(readFileSync(path.join(H5_DIR, src.replace(/^\//, '')))).length, 0)
  return { bytes, files }
}
