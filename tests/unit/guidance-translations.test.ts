import { describe, expect, it } from '@jest/globals'
import { guidanceLibrary, type LibraryArticle } from '../../src/cloud/guidance/guidance-library'
import { getArticle, listArticles } from '../../src/cloud/guidance/guidance-service'
import type { Queryable } from '../../src/cloud/db/database'
import { MAX_GUIDANCE_AGE_MONTHS, TRANSLATED_LANGUAGES } from '../../src/domain/guidance/article-schema'
import type { BlockNode } from '../../src/domain/guidance/markdown-tree'

/**
 * Issue 15: the 20 articles most relevant to 0–36 months read in English and Uyghur; the others say they are
 * in Chinese only. "Most relevant" is how much of 0–36 months an article covers (pregnancy months do not
 * count); these are the 20 that cover 24 months or more.
 */
const TRANSLATED = [
  'autism-early-signs',
  'burns-and-scalds',
  'car-seat-and-outings',
  'child-health-checkups',
  'choking-prevention',
  'colds-and-coughs',
  'dental-care-toddler',
  'diarrhea-and-rehydration',
  'drowning-prevention',
  'fever-home-care',
  'growth-charts',
  'hand-foot-mouth-disease',
  'medicines-and-chemicals',
  'reading-together',
  'screen-time',
  'toddler-sleep',
  'vaccination-visit-tips',
  'vaccines-second-and-third-year',
  'vision-and-hearing-checks',
  'vitamin-d-supplement'
]

const monthsCovered = (a: LibraryArticle) => Math.max(0, Math.min(a.ageToMonths, MAX_GUIDANCE_AGE_MONTHS) - Math.max(a.ageFromMonths, 0))

/** An article's shape: headings, paragraphs and list items in order; a faithful translation keeps it. */
const shape = (nodes: BlockNode[]): string[] =>
  nodes.map((node) => (node.type === 'list' ? `list:${node.ordered ? 'ordered' : 'bullets'}:${node.items.length}` : node.type === 'heading' ? `h${node.level}` : node.type))

// The service reads marks only for a signed-in reader; these calls are signed out and touch no database.
const noDatabase = {} as Queryable

describe('translated guidance articles', () => {
  const library = guidanceLibrary()

  it('are exactly the 20 articles covering the most of 0–36 months, in both English and Uyghur', () => {
    const byCoverage = [...library.articles].sort((a, b) => monthsCovered(b) - monthsCovered(a) || a.slug.localeCompare(b.slug))
    expect(byCoverage.slice(0, 20).map((a) => a.slug).sort()).toEqual(TRANSLATED)
    expect(monthsCovered(byCoverage[20] as LibraryArticle)).toBeLessThan(monthsCovered(byCoverage[19] as LibraryArticle))
    for (const locale of TRANSLATED_LANGUAGES) expect([...library.translations[locale].keys()].sort()).toEqual(TRANSLATED)
  })

  it('keep each original’s headings, paragraphs and list items, in the right script', () => {
    for (const slug of TRANSLATED) {
      const original = library.bySlug.get(slug) as LibraryArticle
      for (const locale of TRANSLATED_LANGUAGES) {
        const translation = library.translations[locale].get(slug)
        expect([slug, locale, shape(translation?.tree ?? [])]).toEqual([slug, locale, shape(original.tree)])
        const text = JSON.stringify(translation)
        // No Chinese left behind; Uyghur in Arabic script, English in Latin.
        expect([slug, locale, /[\u4e00-\u9fff]/.test(text)]).toEqual([slug, locale, false])
        expect([slug, locale, locale === 'ug' ? /[\u0600-\u06ff]/.test(translation?.title ?? '') : /^[\x20-\x7e\u2013\u2019]+$/.test(translation?.title ?? '')]).toEqual([slug, locale, true])
      }
    }
  })

  it('are served in the reader’s language; every other article comes in Chinese and says so', async () => {
    for (const locale of TRANSLATED_LANGUAGES) {
      const { articles } = await listArticles(noDatabase, null, { offset: 0, limit: 50 }, locale)
      const { articles: rest } = await listArticles(noDatabase, null, { offset: 50, limit: 50 }, locale)
      const all = [...articles, ...rest]
      expect(all).toHaveLength(library.articles.length)
      for (const article of all) {
        const translated = TRANSLATED.includes(article.slug)
        expect([article.slug, article.language]).toEqual([article.slug, translated ? locale : 'zh-CN'])
        const words = translated ? library.translations[locale].get(article.slug) : library.bySlug.get(article.slug)
        expect(article.title).toBe(words?.title)
      }
    }
    const fever = await getArticle(noDatabase, null, 'fever-home-care', 'ug')
    expect(fever).toMatchObject({ language: 'ug', title: library.translations.ug.get('fever-home-care')?.title })
    expect(fever.body).toEqual(library.translations.ug.get('fever-home-care')?.tree)
    expect(await getArticle(noDatabase, null, 'fever-home-care', 'zh-CN')).toMatchObject({ language: 'zh-CN', title: library.bySlug.get('fever-home-care')?.title })
    expect(await getArticle(noDatabase, null, 'first-steps', 'en')).toMatchObject({ language: 'zh-CN', title: library.bySlug.get('first-steps')?.title })
  })
})
