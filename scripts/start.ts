/**
 * `npm start`: builds the H5 app when its build is missing or older than the sources (`--no-build` skips
 * that), then serves it and the API on one port and prints the URL.
 */
import { runServer } from '../src/cloud/transport/run-server'
import { buildH5, H5_DIR, h5BuildIsCurrent } from './h5-build'

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build') && !h5BuildIsCurrent()) buildH5()
  await runServer({ staticDir: H5_DIR, env: process.env })
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
