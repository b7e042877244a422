import path from 'node:path'
import type { BuildOptions, Plugin } from 'esbuild'

/** Installed by the cloud (package.json dependencies of each function), so left out of the bundle. */
export const EXTERNAL = ['pg-native', 'sharp', 'wx-server-sdk']

/**
 * Cloud functions run on PostgreSQL alone (openCloudDatabase refuses without DATABASE_URL), so the
 * embedded database's adapter is left out: PGlite's WebAssembly cannot be bundled and would add megabytes.
 */
const withoutEmbeddedDatabase: Plugin = {
  name: 'without-embedded-database',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]cloud[\\/]db[\\/]pglite-database\.ts$/ }, () => ({
      loader: 'ts',
      contents: `export async function openPgliteDatabase(): Promise<never> {
        throw new Error('The embedded database is not part of cloud functions: set DATABASE_URL.')
      }`
    }))
  }
}

/** How one cloud function is bundled: by `npm run build:cloud`, and by the bench that times a cold start. */
export function cloudBundleOptions(root: string, fn: string, outfile: string): BuildOptions & { metafile: true } {
  return {
    entryPoints: [path.join(root, 'src/cloud/functions', fn, 'index.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node16',
    minify: true,
    legalComments: 'none',
    // The catalogues as UTF-8, not \u escapes: Chinese and Uyghur text is then half to a third the bytes to read.
    charset: 'utf8',
    external: EXTERNAL,
    plugins: [withoutEmbeddedDatabase],
    metafile: true,
    logLevel: 'warning'
  }
}
