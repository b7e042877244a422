import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { BuildOptions, Plugin } from 'esbuild'
import { MIGRATION_IDS } from '../src/cloud/app/migration-ids'

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

/**
 * What a cold start need not evaluate, settled at build time:
 * - the English and Uyghur catalogues: translate.ts becomes its core, and cloud-catalogues.ts loads either the
 *   first time a message is wanted in it, from a file of its own beside index.js (cloudCatalogueOptions), so
 *   a cold start neither reads nor compiles them;
 * - every migration's SQL: the schema check needs the ids alone (migration-ids.ts), listed here as literals;
 * - zod's messages in 48 languages (z.locales, 195 KB; the app speaks through its own catalogue);
 * - zod's schema compiler and JSON Schema importer (z.compile, z.fromJSONSchema, 42 KB that a cold start
 *   parses and partly runs): no function calls them (uncalledExports);
 * - pg's test for Cloudflare Workers, which constructs a fetch Response and so loads Node's whole fetch
 *   implementation (undici) before the first connection: a cloud function runs on Node.
 */
const coldStartTrimmed: Plugin = {
  name: 'cold-start-trimmed',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/\.\.\/i18n\/(en|ug)$/ }, (args) =>
      /[\\/]cloud-catalogues\.ts$/.test(args.importer) ? { path: `./catalogue-${path.basename(args.path)}.js`, external: true } : undefined
    )
    b.onLoad({ filter: /[\\/]src[\\/]i18n[\\/]translate\.ts$/ }, () => ({ loader: 'ts', contents: `export * from './translator'` }))
    // The server's modules add every catalogue at once (all-catalogues.ts); in a function that is
    // cloud-catalogues.ts's job, on first use.
    b.onLoad({ filter: /[\\/]src[\\/]i18n[\\/]all-catalogues\.ts$/ }, () => ({ loader: 'ts', contents: '' }))
    b.onLoad({ filter: /[\\/]src[\\/]cloud[\\/]app[\\/]migration-ids\.ts$/ }, () => ({
      loader: 'ts',
      contents: `export const MIGRATION_IDS: readonly string[] = ${JSON.stringify(MIGRATION_IDS)}`
    }))
    b.onLoad({ filter: /[\\/]node_modules[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, () => ({ loader: 'js', contents: 'export {}' }))
    b.onLoad({ filter: /[\\/]node_modules[\\/]zod[\\/]v4[\\/](core[\\/]compile|classic[\\/]from-json-schema)\.js$/ }, (args) => ({
      loader: 'js',
      contents: uncalledExports(args.path)
    }))
    b.onLoad({ filter: /[\\/]node_modules[\\/]pg[\\/]lib[\\/]stream\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8')
      const nodeOnly = source.replace('if (isCloudflareRuntime())', 'if (false)')
      if (nodeOnly === source) throw new Error(`pg's ${args.path} no longer tests for Cloudflare as cloud-bundle.ts expects: check it still loads nothing it need not`)
      return { loader: 'js', contents: nodeOnly }
    })
  }
}

/**
 * A module's stand-in with the same exports, each of which throws if used: for a feature of a dependency that
 * the functions never use but cannot be tree-shaken (zod's `z` namespace keeps every export). The build fails,
 * rather than a function at run time, if the module's exports are not the plain declarations read here.
 */
function uncalledExports(file: string): string {
  const source = readFileSync(file, 'utf8')
  const names = [...source.matchAll(/^export (?:const|class|function) ([A-Za-z_$][\w$]*)/gm)].map((m) => m[1])
  if (names.length === 0 || /^export (?!const |class |function )/m.test(source)) {
    throw new Error(`${file} no longer exports only plain declarations as cloud-bundle.ts expects: check what it stands in for`)
  }
  const unused = `() => { throw new Error('${path.basename(file)} is left out of cloud functions (scripts/cloud-bundle.ts)') }`
  return names.map((name) => `export const ${name} = ${unused}`).join('\n')
}

/** How one cloud function is bundled: by `npm run build:cloud`, and by the bench that times a cold start. */
export function cloudBundleOptions(root: string, fn: string, outfile: string): BuildOptions & { metafile: true } {
  return bundleOptions(path.join(root, 'src/cloud/functions', fn, 'index.ts'), outfile)
}

/** The catalogues a function's bundle loads on first use, each built beside its index.js in `dir`. */
export function cloudCatalogueOptions(root: string, dir: string): (BuildOptions & { metafile: true })[] {
  return ['en', 'ug'].map((locale) => bundleOptions(path.join(root, 'src/i18n', locale, 'index.ts'), path.join(dir, `catalogue-${locale}.js`)))
}

function bundleOptions(entry: string, outfile: string): BuildOptions & { metafile: true } {
  return {
    entryPoints: [entry],
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
    plugins: [withoutEmbeddedDatabase, coldStartTrimmed],
    metafile: true,
    logLevel: 'warning'
  }
}
