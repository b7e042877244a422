/**
 * `npm run build:server`: the HTTP server as one file, dist/server/index.js, for self-hosting next to the H5
 * build in dist/h5. PGlite (which loads its WebAssembly from its own package) and sharp (a native binary)
 * stay installed dependencies, so run it where `npm install --omit=dev` has been done.
 */
import path from 'node:path'
import { build } from 'esbuild'

const root = path.resolve(__dirname, '..')

async function main(): Promise<void> {
  const outfile = path.join(root, 'dist/server/index.js')
  const result = await build({
    entryPoints: [path.join(root, 'src/cloud/transport/server-main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    minify: true,
    sourcemap: true,
    legalComments: 'none',
    external: ['@electric-sql/pglite', 'pg-native', 'sharp'],
    metafile: true,
    logLevel: 'warning'
  })
  const bytes = result.metafile.outputs[path.relative(process.cwd(), outfile)]?.bytes ?? 0
  console.log(`server bundle: ${path.relative(root, outfile)} ${(bytes / 1024).toFixed(1)} KiB (run: NODE_ENV=production SESSION_SECRET=… node ${path.relative(root, outfile)})`)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
