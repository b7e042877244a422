import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'

/**
 * Builds the mini-program (and its cloud functions) once, in production mode, before the build tests read
 * dist/weapp side by side. Asynchronous, so jest's parent process keeps answering while the build runs.
 */
export default async function buildWeappOnce(): Promise<void> {
  const root = path.resolve(__dirname, '../../..')
  console.log('\nBuilding the mini-program (npm run build:weapp)…')
  await promisify(execFile)('npm', ['run', 'build:weapp'], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production' },
    maxBuffer: 64 * 1024 * 1024
  })
}
