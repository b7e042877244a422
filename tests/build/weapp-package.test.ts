import { existsSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, it } from '@jest/globals'
import { expect } from '../support/expect-with-message'
import { contract } from '../../src/domain/contract'
import { filesUnder, root, weapp } from './support/weapp-files'

// WeChat refuses a package over 2 MB; we hold the main package to 1 MB so first open stays fast on a weak
// network and subpackages have room to grow (786 KiB measured once the English and Uyghur catalogues moved out:
// they are async chunks in the `i18n` subpackage, src/i18n/load-catalogue.ts; 1,205 KiB before).
const MAIN_PACKAGE_BUDGET_BYTES = 1024 * 1024

interface AppJson {
  pages: string[]
  subPackages?: { root: string; pages: string[] }[]
  subpackages?: { root: string; pages: string[] }[]
}

describe('weapp build', () => {
  let app: AppJson

  // The build itself ran once before the build tests (tests/build/support/build-weapp-once.ts).
  beforeAll(() => {
    app = JSON.parse(readFileSync(path.join(weapp, 'app.json'), 'utf8')) as AppJson
  })

  it('lists pages that exist, so WeChat DevTools can open it', () => {
    const subPackages = app.subPackages ?? app.subpackages ?? []
    const pages = [...app.pages, ...subPackages.flatMap((s) => s.pages.map((p) => `${s.root.replace(/\/$/, '')}/${p}`))]
    expect(pages.length).toBeGreaterThan(0)
    for (const page of pages) {
      for (const ext of ['js', 'json', 'wxml']) expect(existsSync(path.join(weapp, `${page}.${ext}`)), `${page}.${ext}`).toBe(true)
    }
  })

  it(`keeps the main package within ${MAIN_PACKAGE_BUDGET_BYTES / 1024} KiB`, () => {
    const subRoots = (app.subPackages ?? app.subpackages ?? []).map((s) => path.join(weapp, s.root))
    const main = filesUnder(weapp).filter((file) => !subRoots.some((r) => file.startsWith(r + path.sep) || file.startsWith(r)))
    const mainBytes = main.reduce((sum, file) => sum + statSync(file).size, 0)
    const subBytes = subRoots.map((r) => (existsSync(r) ? filesUnder(r).reduce((s, f) => s + statSync(f).size, 0) : 0))
    console.log(`weapp main package: ${(mainBytes / 1024).toFixed(1)} KiB of ${MAIN_PACKAGE_BUDGET_BYTES / 1024} KiB; subpackages: ${subBytes.map((b) => `${(b / 1024).toFixed(1)} KiB`).join(', ') || 'none'}`)
    expect(mainBytes).toBeLessThanOrEqual(MAIN_PACKAGE_BUDGET_BYTES)
  })

  it('keeps the statistics page and its charts in their own subpackage, within the 2 MB a subpackage may have', () => {
    const subPackages = app.subPackages ?? app.subpackages ?? []
    expect(app.pages).not.toContain('pages/statistics/index')
    expect(subPackages.map((s) => s.root)).toContain('pages/statistics')
    const subRoots = subPackages.map((s) => path.join(weapp, s.root))
    const main = filesUnder(weapp).filter((file) => !subRoots.some((r) => file.startsWith(r + path.sep)))
    const chartInMain = main.filter((file) => /\.(js|wxss)$/.test(file) && readFileSync(file, 'utf8').includes('stat-chart__plot'))
    expect(chartInMain.map((file) => path.relative(weapp, file)), 'main-package files with the chart component').toEqual([])
    const statisticsBytes = filesUnder(path.join(weapp, 'pages/statistics')).reduce((sum, file) => sum + statSync(file).size, 0)
    expect(statisticsBytes).toBeLessThanOrEqual(2 * 1024 * 1024)
  })

  it('keeps the English and Uyghur catalogues out of the main package, in the i18n subpackage WeChat fetches on demand', () => {
    const subPackages = app.subPackages ?? app.subpackages ?? []
    expect(subPackages).toContainEqual({ root: 'i18n', pages: [] })
    // The language setting's hint, as only the Uyghur and only the English catalogue word it.
    const ugOnly = 'بەتلەر ۋە سىزگە ئەۋەتىلگەن ئۇچۇرلار مۇشۇ تىلدا بولىدۇ.'
    const enOnly = 'Pages and the messages sent to you use this language.'
    // The minifier writes non-ASCII text as \u escapes.
    const asBuilt = (text: string) => text.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    const carries = (code: string, text: string) => code.includes(text) || code.includes(asBuilt(text))
    const subRoots = subPackages.map((s) => path.join(weapp, s.root))
    const mainJs = filesUnder(weapp).filter((file) => file.endsWith('.js') && !subRoots.some((r) => file.startsWith(r + path.sep)))
    const carrying = mainJs.filter((file) => {
      const code = readFileSync(file, 'utf8')
      return carries(code, ugOnly) || carries(code, enOnly)
    })
    expect(carrying.map((file) => path.relative(weapp, file)), 'main-package files with a non-Chinese catalogue').toEqual([])
    const i18nJs = filesUnder(path.join(weapp, 'i18n')).map((file) => readFileSync(file, 'utf8')).join('\n')
    expect(carries(i18nJs, ugOnly), 'the Uyghur catalogue in the i18n subpackage').toBe(true)
    expect(carries(i18nJs, enOnly), 'the English catalogue in the i18n subpackage').toBe(true)
    // The webpack runtime fetches those chunks through WeChat's require.async, not a <script> element.
    expect(readFileSync(path.join(weapp, 'runtime.js'), 'utf8')).toMatch(/require\.async\(/)
  })

  it('ships a bundle for every cloud function next to the mini-program', () => {
    const project = JSON.parse(readFileSync(path.join(root, 'project.config.json'), 'utf8')) as { cloudfunctionRoot: string }
    const cloudRoot = path.join(root, project.cloudfunctionRoot)
    for (const fn of Object.keys(contract)) {
      expect(existsSync(path.join(cloudRoot, fn, 'index.js')), `${fn}/index.js`).toBe(true)
      const manifest = JSON.parse(readFileSync(path.join(cloudRoot, fn, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }
      // The platform SDK (identity, 云调用) is installed in the cloud, and the 云调用 it makes are declared.
      expect(manifest.dependencies['wx-server-sdk'], `${fn} installs wx-server-sdk`).toBe('4.0.2')
      const config = JSON.parse(readFileSync(path.join(cloudRoot, fn, 'config.json'), 'utf8')) as { permissions: { openapi: string[] }; triggers?: unknown[] }
      expect(config.permissions.openapi, fn).toEqual(expect.arrayContaining(['subscribeMessage.send', 'security.msgSecCheck']))
      // WeChat calls the alert sweep every five minutes; no other function runs on a timer.
      expect(config.triggers, `${fn} timer triggers`).toEqual(fn === 'following' ? [{ name: 'alertSweep', type: 'timer', config: '0 */5 * * * * *' }] : undefined)
    }
  })
})
