import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, it } from '@jest/globals'
import { expect } from '../support/expect-with-message'
import { parseArticle } from '../../src/domain/guidance/article-parser'
import { articleFitsAge, DEVELOPMENT_DOMAINS } from '../../src/domain/guidance/article-schema'
import { articlesForMonth, queryTerms, searchArticles, type SearchableArticle } from '../../src/domain/guidance/guidance-search-rules'
import { markdownToTree, treeText } from '../../src/domain/guidance/markdown-tree'

const DIR = path.resolve(__dirname, '../../content/guidance')
// The Chinese originals only: translations sit in a folder of their own beside them.
const library: SearchableArticle[] = readdirSync(DIR).filter((file) => file.endsWith('.md')).map((file) => {
  const article = parseArticle(file, readFileSync(path.join(DIR, file), 'utf8'))
  return { ...article, bodyText: treeText(markdownToTree(article.body)) }
})

const fixture = (slug: string, over: Partial<SearchableArticle>): SearchableArticle => ({
  slug,
  title: '标题',
  summary: '摘要',
  bodyText: '',
  ageFromMonths: 0,
  ageToMonths: 36,
  domains: ['sleep'],
  ...over
})

describe('guidance search', () => {
  it('ranks a title match above a summary match above a body mention', () => {
    const articles = [
      fixture('body', { bodyText: '提到了辅食' }),
      fixture('title', { title: '辅食怎么加' }),
      fixture('summary', { summary: '讲辅食' })
    ]
    expect(searchArticles(articles, { q: '辅食' }).map((a) => a.slug)).toEqual(['title', 'summary', 'body'])
  })

  it('needs every word of the query and understands everyday words (发烧 → 发热, 拉肚子 → 腹泻)', () => {
    expect(queryTerms('  宝宝　发烧 ')).toEqual([['宝宝'], ['发烧', '发热']])
    const fever = searchArticles(library, { q: '发烧' }).map((a) => a.slug)
    expect(fever.slice(0, 2)).toEqual(expect.arrayContaining(['fever-home-care', 'fever-young-infant']))
    expect(searchArticles(library, { q: '拉肚子' })[0]?.slug).toBe('diarrhea-and-rehydration')
    expect(searchArticles(library, { q: '发烧 腹泻 如厕 孤独症' })).toEqual([])
  })

  it('filters by the age in months and by domain, most age-specific first', () => {
    const motorAt14 = searchArticles(library, { ageMonths: 14, domain: 'motor' })
    expect(motorAt14[0]?.slug).toBe('first-steps')
    expect(motorAt14.every((a) => articleFitsAge(a, 14) && a.domains.includes('motor'))).toBe(true)
    const pregnancy = searchArticles(library, { ageMonths: -5 })
    expect(pregnancy.length).toBeGreaterThan(2)
    expect(pregnancy.every((a) => a.ageToMonths <= 0)).toBe(true)
  })

  it('filters by a band of months, taking every article that touches it (pregnancy as -9..0)', () => {
    const pregnancy = searchArticles(library, { ageRange: { fromMonths: -9, toMonths: 0 } })
    expect(pregnancy.map((a) => a.slug)).toEqual(expect.arrayContaining(['pregnancy-folic-acid', 'pregnancy-prepare-breastfeeding']))
    expect(pregnancy.every((a) => a.ageFromMonths < 0)).toBe(true)
    const band = searchArticles(library, { ageRange: { fromMonths: 12, toMonths: 15 } })
    expect(band.every((a) => a.ageFromMonths < 15 && a.ageToMonths > 12)).toBe(true)
    expect(band.map((a) => a.slug)).toContain('vitamin-d-supplement')
    expect(band.map((a) => a.slug)).not.toContain('pulling-to-stand')
  })

  it('lists the library without an age from pregnancy on: 孕期 before 0–1个月', () => {
    const all = searchArticles(library, {})
    const firstAfterBirth = all.findIndex((a) => a.ageFromMonths >= 0)
    expect(firstAfterBirth).toBeGreaterThan(0)
    expect(all.slice(0, firstAfterBirth).every((a) => a.ageFromMonths < 0)).toBe(true)
    const starts = all.map((a) => a.ageFromMonths)
    expect(starts).toEqual([...starts].sort((a, b) => a - b))
  })

  it("picks a month's reading across domains rather than several articles on one topic", () => {
    const month = articlesForMonth(library, 14, 8)
    expect(month).toHaveLength(8)
    expect(month.every((a) => articleFitsAge(a, 14))).toBe(true)
    const domains = new Set(month.flatMap((a) => a.domains))
    for (const domain of DEVELOPMENT_DOMAINS) expect(domains.has(domain), domain).toBe(true)
  })
})
