import fc from 'fast-check'
import { describe, expect, it } from '@jest/globals'
import { describeInvalidInput } from '../../src/i18n/invalid-input-message'
import { contract } from '../../src/domain/contract'
import { controlCharacterPath, hasControlCharacter } from '../../src/domain/shared/control-characters'
import { queryTerms, searchArticles } from '../../src/domain/guidance/guidance-search-rules'
import { arbitraryFor } from '../fuzz/zod-arbitrary'

const ACTIONS = Object.entries(contract).flatMap(([fn, actions]) => Object.entries(actions).map(([name, spec]) => ({ fn, name, spec })))

/** Every string leaf of a value, with its path. */
function stringPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'string') return [path]
  if (Array.isArray(value)) return value.flatMap((item, i) => stringPaths(item, [...path, i]))
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => stringPaths(v, [...path, k]))
  return []
}

function withCharacterAt(value: unknown, path: readonly (string | number)[], character: string): unknown {
  if (path.length === 0) return `${String(value).slice(0, 1)}${character}${String(value).slice(1)}`
  const [head, ...rest] = path
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>
  copy[head as string | number] = withCharacterAt(copy[head as string | number], rest, character)
  return copy
}

describe('the contract refuses control characters in every string of every action, by one rule', () => {
  it.each(['\u0000', '\u0007', '\u001b', '\u007f', '\ud800'])('finds %j', (character) => {
    expect(hasControlCharacter(`托育${character}机构`)).toBe(true)
  })

  it('lets tabs, line breaks and any well-formed text through', () => {
    expect(hasControlCharacter('第一行\n第二行\r\n\t缩进 😀 𠀀')).toBe(false)
    expect(controlCharacterPath({ a: ['ok', { b: 'x\u0000' }] })).toEqual(['a', 1, 'b'])
  })

  it.each(ACTIONS.map((a) => [`${a.fn}.${a.name}`, a] as const))('%s', (_, { spec }) => {
    // Accepted inputs drawn from the schema itself; each string in one gets a NUL, one at a time.
    const accepted = fc.sample(arbitraryFor(spec.input), { numRuns: 40, seed: 13 }).filter((input) => spec.input.safeParse(input).success)
    const paths = accepted.flatMap((input) => stringPaths(input).map((path) => ({ input, path })))
    for (const { input, path } of paths.slice(0, 30)) {
      const result = spec.input.safeParse(withCharacterAt(input, path, '\u0000'))
      expect(result.success).toBe(false)
      if (result.success) continue
      const { message } = describeInvalidInput(result.error, input)
      expect(message).toMatch(/[\u4e00-\u9fff]/)
      expect(message).not.toMatch(/errors\.|validation\./)
    }
  })

  it('tells a parent what is wrong in words, at the field', () => {
    const input = { role: 'parent', displayName: '王\u0000女士' }
    const result = contract.account.devLogin.input.safeParse(input)
    expect(result.success).toBe(false)
    if (result.success) return
    expect(describeInvalidInput(result.error, input)).toEqual({ field: 'displayName', message: expect.stringContaining('含有无法识别的字符') })
  })
})

describe('tables indexed by what users type', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])('guidance search treats %s as a plain word', (q) => {
    expect(queryTerms(q)).toEqual([[q.toLowerCase()]])
    const article = { slug: 'a', title: '发热怎么办', summary: '', ageFromMonths: 0, ageToMonths: 36, domains: [], bodyText: '' }
    expect(searchArticles([article], { q })).toEqual([])
  })
})
