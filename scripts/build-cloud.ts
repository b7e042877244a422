/**
 * `npm run build:cloud`: one self-contained bundle per cloud function in the contract, into
 * dist/cloud/<name>/ (project.config.json's cloudfunctionRoot), each with a package.json so WeChat DevTools
 * can upload and deploy it alone. The set of functions is the contract's; each needs its entry
 * src/cloud/functions/<name>/index.ts.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { build } from 'esbuild'
import { contract, type FunctionName } from '../src/domain/contract'
import { TIMER_TRIGGERS } from '../src/cloud/functions/timer-trigger'
import { cloudBundleOptions, cloudCatalogueOptions } from './cloud-bundle'

const root = path.resolve(__dirname, '..')
const entries = path.join(root, 'src/cloud/functions')
const out = path.join(root, 'dist/cloud')
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string; dependencies: Record<string, string> }

// pg-native is never loaded (pg asks for it only when told to use native bindings). sharp carries a native
// binary per platform, and wx-server-sdk is the platform's own SDK (identity, 云调用), so the functions that
// use them get them installed in the cloud (listed in their package.json) instead of bundled.
const INSTALLED_IN_CLOUD = ['sharp', 'wx-server-sdk']
const FORBIDDEN_INPUT = /node_modules[\\/]@electric-sql[\\/]/
// 云调用 a function may make, declared in its config.json as WeChat requires (subscribe messages, content checks).
const CLOUD_OPENAPI = ['subscribeMessage.send', 'security.msgSecCheck']

async function main(): Promise<void> {
  const functions = Object.keys(contract)
  const missing = functions.filter((fn) => !existsSync(path.join(entries, fn, 'index.ts')))
  if (missing.length > 0) {
    throw new Error(`No entry for cloud function(s) ${missing.join(', ')}: add src/cloud/functions/<name>/index.ts exporting main = createCloudFunction('<name>').`)
  }
  const strays = readdirSync(entries, { withFileTypes: true }).filter((d) => d.isDirectory() && !functions.includes(d.name))
  if (strays.length > 0) throw new Error(`src/cloud/functions has entries for functions the contract does not declare: ${strays.map((d) => d.name).join(', ')}`)

  rmSync(out, { recursive: true, force: true })
  const sizes: string[] = []
  for (const fn of functions) {
    const dir = path.join(out, fn)
    mkdirSync(dir, { recursive: true })
    const result = await build(cloudBundleOptions(root, fn, path.join(dir, 'index.js')))
    const catalogues = await Promise.all(cloudCatalogueOptions(root, dir).map((options) => build(options)))
    const pulledIn = Object.keys(result.metafile.inputs).filter((input) => FORBIDDEN_INPUT.test(input))
    if (pulledIn.length > 0) throw new Error(`${fn} bundles the embedded database (${pulledIn[0]}); cloud functions must reach PostgreSQL only`)
    const imported = new Set(Object.values(result.metafile.outputs).flatMap((output) => output.imports.filter((i) => i.external).map((i) => i.path)))
    const dependencies = Object.fromEntries(INSTALLED_IN_CLOUD.filter((name) => imported.has(name)).map((name) => [name, manifest.dependencies[name]]))
    writeFileSync(
      path.join(dir, 'package.json'),
      `${JSON.stringify({ name: fn, version: manifest.version, private: true, description: `托育通 cloud function: ${fn}`, main: 'index.js', dependencies }, null, 2)}\n`
    )
    // WeChat takes at most one trigger per function, declared next to its permissions.
    const trigger = TIMER_TRIGGERS[fn as FunctionName]
    const config = { permissions: { openapi: CLOUD_OPENAPI }, ...(trigger ? { triggers: [trigger] } : {}) }
    writeFileSync(path.join(dir, 'config.json'), `${JSON.stringify(config, null, 2)}\n`)
    const bytes = Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0)
    const catalogueBytes = catalogues.flatMap((c) => Object.values(c.metafile.outputs)).reduce((sum, output) => sum + output.bytes, 0)
    const installs = Object.keys(dependencies).length > 0 ? `  (installed in the cloud: ${Object.keys(dependencies).join(', ')})` : ''
    sizes.push(`  ${fn.padEnd(10)} ${(bytes / 1024).toFixed(1).padStart(8)} KiB (+ ${(catalogueBytes / 1024).toFixed(1)} KiB of catalogues loaded on first use)${installs}`)
  }
  console.log(`cloud functions in ${path.relative(root, out)}/:\n${sizes.join('\n')}`)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
