import { describe, expect, it, jest } from '@jest/globals'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { zhCN } from '../../src/i18n/catalogue'

/*
 * The H5 app.js carries only the core zh-CN namespaces (src/i18n/zh-cn-core.ts); the others arrive with the
 * modules that import src/i18n/zh-cn-pages/<namespace>.ts. A module that says such a key without that import
 * would show the bare key to a Chinese reader whenever no other module on the page had imported it.
 */
const root = path.resolve(__dirname, '../..')
const PAGE_NAMESPACES = readdirSync(path.join(root, 'src/i18n/zh-cn-pages')).map((file) => file.replace(/\.ts$/, ''))
// Modules that name such keys without saying them: comments naming an action or a key, and the page titles,
// which each page says itself after its own module (which imports the namespace) has loaded.
const NAMES_ONLY = new Set([
  'src/services/api-client.ts',
  'src/services/app-locale.ts',
  'src/cloud/transport/photo-upload-route.ts',
  'src/domain/guidance/milestone-rules.ts'
])

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    if (statSync(full).isDirectory()) return full.endsWith(path.join('src', 'i18n')) ? [] : sources(full)
    return /\.tsx?$/.test(name) && !/(index|app)\.config\.ts$/.test(name) ? [full] : []
  })
}

describe('zh-CN namespaces outside app.js', () => {
  it('are the namespaces the core leaves out, every one of them', async () => {
    const { zhCNCore } = await import('../../src/i18n/zh-cn-core')
    expect([...PAGE_NAMESPACES].sort()).toEqual(Object.keys(zhCN).filter((ns) => !(ns in zhCNCore)).sort())
  })

  it('hold none of the tab bar labels, which show before any page has loaded', async () => {
    const { zhCNCore } = await import('../../src/i18n/zh-cn-core')
    const tabs = readFileSync(path.join(root, 'src/services/app-locale.ts'), 'utf8')
    const labels = [...tabs.matchAll(/\{ route: '[^']+', text: '([\w.]+)'/g)].map((m) => m[1] ?? '')
    expect(labels).toHaveLength(4)
    expect(labels.filter((key) => !((key.split('.')[0] ?? '') in zhCNCore))).toEqual([])
  })

  it('are imported by every module that says one of their keys', () => {
    const missing = sources(path.join(root, 'src')).flatMap((file) => {
      const relative = path.relative(root, file).split(path.sep).join('/')
      if (NAMES_ONLY.has(relative)) return []
      const text = readFileSync(file, 'utf8')
      return PAGE_NAMESPACES.filter((ns) => new RegExp(`[\`'"]${ns}\\.[a-zA-Z]`).test(text) && !text.includes(`i18n/zh-cn-pages/${ns}'`)).map((ns) => `${relative}: ${ns}`)
    })
    expect(missing).toEqual([])
  })

  it('read in Chinese once the module that uses them has loaded, and not before', async () => {
    await jest.isolateModulesAsync(async () => {
      const { t } = await import('../../src/i18n/translator')
      expect(t('operator.title')).toBe('operator.title')
      await import('../../src/i18n/zh-cn-pages/operator')
      expect(t('operator.title')).toBe(zhCN.operator.title)
    })
  })
})
