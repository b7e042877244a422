import { describe, expect, it } from '@jest/globals'
import { zhCN, type MessageTree } from '../../src/i18n/catalogue'
import { LOCALES } from '../../src/i18n/locales'
import { catalogues } from '../../src/i18n/all-catalogues'

/**
 * Every locale says everything zh-CN says, and nothing else: a key missing in en or ug would show Chinese to a
 * family that chose another language, an extra one is a leftover nobody reads, and a placeholder that differs
 * ({name} in one, {nickname} in the other) would print the braces to a parent.
 */

function leaves(tree: MessageTree, prefix = ''): Map<string, string> {
  const found = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    const path = `${prefix}${key}`
    if (typeof value === 'string') found.set(path, value)
    else for (const [inner, text] of leaves(value, `${path}.`)) found.set(inner, text)
  }
  return found
}

const placeholders = (text: string): string[] => [...new Set(text.match(/\{\w+\}/g) ?? [])].sort()

const reference = leaves(zhCN)
const others = LOCALES.filter((locale) => locale !== 'zh-CN')

describe.each(others)('the %s catalogue', (locale) => {
  const own = leaves(catalogues[locale])

  it('has every key zh-CN has', () => {
    expect([...reference.keys()].filter((key) => !own.has(key))).toEqual([])
  })

  it('has no key zh-CN lacks', () => {
    expect([...own.keys()].filter((key) => !reference.has(key))).toEqual([])
  })

  it('fills the same placeholders as zh-CN in each message', () => {
    const mismatched = [...reference]
      .filter(([key, text]) => own.has(key) && placeholders(own.get(key) ?? '').join() !== placeholders(text).join())
      .map(([key, text]) => `${key}: zh-CN ${placeholders(text).join(' ')} / ${locale} ${placeholders(own.get(key) ?? '').join(' ')}`)
    expect(mismatched).toEqual([])
  })

  it('leaves no message empty or still in Chinese', () => {
    // Chinese characters may appear on purpose only where a label quotes the Chinese name a family will see on a
    // sign or form (e.g. 备案); a message made mostly of them was copied, not translated.
    const untranslated = [...own].filter(([, text]) => text.trim() === '' || (text.match(/[\u4e00-\u9fff]/g) ?? []).length > 6).map(([key]) => key)
    expect(untranslated).toEqual([])
  })
})

describe('the Uyghur catalogue', () => {
  it('is written in Arabic script', () => {
    const arabic = [...leaves(catalogues.ug)].filter(([, text]) => /[\u0600-\u06ff]/.test(text)).length
    // Symbols-only messages (›, ✓, —, {value} ▾, ¥{yuan}) carry no letters of any script.
    const withLetters = [...leaves(catalogues.ug)].filter(([, text]) => /\p{L}/u.test(text.replace(/\{\w+\}/g, ''))).length
    expect(arabic / withLetters).toBeGreaterThan(0.97)
  })
})
