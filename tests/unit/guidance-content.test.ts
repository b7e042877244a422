import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, it } from '@jest/globals'
import { expect } from '../support/expect-with-message'
import { parseArticle } from '../../src/domain/guidance/article-parser'
import { articleFitsAge, GUIDANCE_DOMAINS, MAX_GUIDANCE_AGE_MONTHS, type Article } from '../../src/domain/guidance/article-schema'
import { markdownToTree, treeText, type BlockNode, type InlineNode } from '../../src/domain/guidance/markdown-tree'
import { todayInChina } from '../../src/domain/shared/clock'

const DIR = path.resolve(__dirname, '../../content/guidance')
const files = readdirSync(DIR).filter((name) => name.endsWith('.md')).sort()
const articles: Article[] = files.map((file) => parseArticle(file, readFileSync(path.join(DIR, file), 'utf8')))

/** The national documents articles may cite, with their issuers: anything else is a typo or an invention. */
const KNOWN_SOURCES: Record<string, string> = {
  '3岁以下婴幼儿健康养育照护指南（试行）': '国家卫生健康委员会',
  '托育机构保育指导大纲（试行）': '国家卫生健康委员会',
  '国家基本公共卫生服务规范（第三版）': '国家卫生和计划生育委员会',
  '国家免疫规划疫苗儿童免疫程序及说明（2021年版）': '国家卫生健康委员会',
  '中国居民膳食指南（2022）': '中国营养学会',
  '女职工劳动保护特别规定': '国务院'
}

const readingLength = (article: Article): number => Array.from(treeText(markdownToTree(article.body)).replace(/\s/g, '')).length

function hasRawMarkup(nodes: readonly (BlockNode | InlineNode)[]): boolean {
  return nodes.some((node) => {
    if (node.type === 'text') return /<\/?[a-z][^>]*>/i.test(node.text)
    if (node.type === 'hr') return false
    if (node.type === 'list') return node.items.some((item) => hasRawMarkup(item))
    return hasRawMarkup(node.children)
  })
}

describe('guidance articles (content/guidance)', () => {
  it('are Markdown files, at least 60 of them, each parsing with complete, valid front matter', () => {
    expect(files.every((file) => file.endsWith('.md'))).toBe(true)
    expect(articles.length).toBeGreaterThanOrEqual(60)
  })

  it('have unique slugs equal to their file names', () => {
    expect(new Set(articles.map((a) => a.slug)).size).toBe(articles.length)
    articles.forEach((article, index) => expect(files[index]).toBe(`${article.slug}.md`))
  })

  it('run from a sane age range: -9 (pregnancy) ≤ from < to ≤ 36', () => {
    for (const article of articles) {
      expect(article.ageFromMonths, article.slug).toBeGreaterThanOrEqual(-9)
      expect(article.ageToMonths, article.slug).toBeLessThanOrEqual(MAX_GUIDANCE_AGE_MONTHS)
      expect(article.ageFromMonths, article.slug).toBeLessThan(article.ageToMonths)
    }
  })

  it('cite only known national documents, with the right issuer, and were reviewed no later than today', () => {
    const today = todayInChina()
    for (const article of articles) {
      expect(article.sources.length, article.slug).toBeGreaterThan(0)
      for (const source of article.sources) expect(KNOWN_SOURCES[source.title], `${article.slug}: ${source.title}`).toBe(source.issuer)
      expect(article.reviewedOn <= today, article.slug).toBe(true)
    }
  })

  it('are 300–800 characters of reading text in plain Markdown, with no raw HTML', () => {
    for (const article of articles) {
      const length = readingLength(article)
      expect(length, article.slug).toBeGreaterThanOrEqual(300)
      expect(length, article.slug).toBeLessThanOrEqual(800)
      expect(hasRawMarkup(markdownToTree(article.body)), article.slug).toBe(false)
      expect(/<[a-z!/]/i.test(article.body), article.slug).toBe(false)
    }
  })

  it('cover pregnancy and every three-month band from 0 to 36 with several articles', () => {
    expect(articles.filter((a) => a.ageToMonths <= 0).length).toBeGreaterThanOrEqual(3)
    for (let from = 0; from < MAX_GUIDANCE_AGE_MONTHS; from += 3) {
      const inBand = articles.filter((a) => [from, from + 1, from + 2].some((month) => articleFitsAge(a, month)))
      expect(inBand.length, `${from}–${from + 3} months`).toBeGreaterThanOrEqual(5)
    }
  })

  it('cover every domain, and each developmental domain in the first, second and third year', () => {
    for (const domain of GUIDANCE_DOMAINS) {
      expect(articles.filter((a) => a.domains.includes(domain)).length, domain).toBeGreaterThanOrEqual(3)
    }
    for (const domain of ['physical', 'motor', 'language', 'cognitive', 'social_emotional'] as const) {
      for (const year of [0, 12, 24]) {
        const found = articles.some((a) => a.domains.includes(domain) && a.ageFromMonths < year + 12 && a.ageToMonths > year)
        expect(found, `${domain} in months ${year}–${year + 12}`).toBe(true)
      }
    }
  })
})
