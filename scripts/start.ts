/**
 * `npm start`: builds the H5 app when its build is missing or older than the sources (`--no-build` skips
 * that), then serves it and the API on one port and prints the URL.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { runServer } from '../src/cloud/transport/run-server'

const root = path.resolve(__dirname, '..')
const h5 = path.join(root, 'dist/h5')
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

function buildIsCurrent(): boolean {
  const index = path.join(h5, 'index.html')
  if (!existsSync(index)) return false
  const built = statSync(index).mtimeMs
  return SOURCES.every((source) => newestMtime(path.join(root, source)) <= built)
}

function buildH5(): void {
  console.error('Building the H5 app (taro build --type h5)…')
  // The build's output goes to stderr: stdout carries only the line with the URL, which scripts read.
  const result = spawnSync(path.join(root, 'node_modules/.bin/taro'), ['build', '--type', 'h5'], {
    cwd: root,
    stdio: ['ignore', process.stderr, process.stderr],
    env: { ...process.env, NODE_ENV: 'production' }
  })
  if (result.status !== 0) {
    console.error(`The H5 build failed (exit ${result.status ?? result.signal}); see the output above.`)
    process.exit(1)
  }
}

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build') && !buildIsCurrent()) buildH5()
  await runServer({ staticDir: h5, env: process.env })
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
