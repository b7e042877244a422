import { render, screen, within } from '@testing-library/react'
import { afterEach, describe, it } from '@jest/globals'
import { expect } from '../support/expect-with-message'
import { guidanceLibrary } from '../../src/cloud/guidance/guidance-library'
import { listArticles } from '../../src/cloud/guidance/guidance-service'
import type { Queryable } from '../../src/cloud/db/database'
import { ArticleCard } from '../../src/components/guidance/article-card'
import { setLocale } from '../../src/i18n/translate'
import type { Locale } from '../../src/i18n/locales'

afterEach(() => setLocale('zh-CN'))

/** The cards a reader in `locale` sees: the server's own answer, rendered. */
async function cardsIn(locale: Locale) {
  setLocale(locale)
  const { articles } = await listArticles({} as Queryable, null, { offset: 0, limit: 50, ageMonths: 24 }, locale)
  render(
    <>
      {articles.map((article) => (
        <ArticleCard key={article.slug} article={article} />
      ))}
    </>
  )
  return screen.getAllByTestId('article-card')
}

describe('article list in English and Uyghur', () => {
  for (const [locale, badge] of [['en', 'Chinese only'], ['ug', 'پەقەت خەنزۇچە']] as const) {
    it(`shows the ${locale} translation where there is one, and “${badge}” on every other article`, async () => {
      const translations = guidanceLibrary().translations[locale]
      const cards = await cardsIn(locale)
      expect(cards.length).toBeGreaterThan(5)
      const translated = cards.filter((card) => translations.has(card.getAttribute('data-slug') ?? ''))
      expect(translated.length).toBeGreaterThan(0)
      expect(translated.length).toBeLessThan(cards.length)
      for (const card of cards) {
        const slug = card.getAttribute('data-slug') ?? ''
        const translation = translations.get(slug)
        if (translation) {
          expect(card, slug).toHaveTextContent(translation.title)
          expect(within(card).queryByTestId('chinese-only-badge'), slug).toBeNull()
        } else {
          expect(card, slug).toHaveTextContent(guidanceLibrary().bySlug.get(slug)?.title ?? '')
          expect(within(card).getByTestId('chinese-only-badge'), slug).toHaveTextContent(badge)
        }
      }
    })
  }

  it('shows no badge to a reader in Chinese', async () => {
    const cards = await cardsIn('zh-CN')
    for (const card of cards) expect(within(card).queryByTestId('chinese-only-badge')).toBeNull()
  })
})
