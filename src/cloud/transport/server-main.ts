import path from 'node:path'
import { runServer } from './run-server'

// The self-hosting entry bundled into dist/server/index.js; the H5 build sits next to it in dist/h5.
runServer({ staticDir: path.resolve(__dirname, '../h5'), env: process.env }).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
