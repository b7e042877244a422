import { parseArticle, parseArticleTranslation } from '../../domain/guidance/article-parser'
import type { Article, TranslatedLanguage } from '../../domain/guidance/article-schema'
import { markdownToTree, treeText, type BlockNode } from '../../domain/guidance/markdown-tree'
import { composePolicyGuide, parseNationalPolicy, parseRegionPolicy } from '../../domain/policy/policy-guide-rules'
import type { NationalPolicy, PolicyGuide } from '../../domain/policy/policy-guide-schema'
import { ARTICLE_FILES, POLICY_FILES, TRANSLATION_FILES } from './guidance-content-bundle'

export interface LibraryArticle extends Article {
  /** The safe node tree pages render, built once. */
  tree: BlockNode[]
  /** Plain reading text, for search. */
  bodyText: string
}

/** An article's words in another language, rendered like the original. */
interface LibraryTranslation {
  title: string
  summary: string
  tree: BlockNode[]
  bodyText: string
}

interface GuidanceLibrary {
  articles: readonly LibraryArticle[]
  bySlug: ReadonlyMap<string, LibraryArticle>
  /** Per language, the translated articles by slug; an article missing here is read in Chinese. */
  translations: Readonly<Record<TranslatedLanguage, ReadonlyMap<string, LibraryTranslation>>>
  /**
   * Per language, what search reads: a translated article's words beside its Chinese original's, so a reader
   * finds it by the words on their screen ("fever") as well as the Chinese a grandparent might type (发烧).
   */
  searchable: Readonly<Record<TranslatedLanguage, readonly LibraryArticle[]>>
  guides: ReadonlyMap<string, PolicyGuide>
  /** What applies everywhere: the whole guide of a region whose own file is still to be written. */
  national: NationalPolicy
}

let library: GuidanceLibrary | null = null

/** The articles translated into `locale`, each checked against the article it translates. */
function translationsIn(locale: TranslatedLanguage, articles: ReadonlyMap<string, LibraryArticle>): ReadonlyMap<string, LibraryTranslation> {
  const bySlug = new Map<string, LibraryTranslation>()
  for (const file of TRANSLATION_FILES[locale]) {
    const translation = parseArticleTranslation(`translations/${locale}/${file.name}`, file.text)
    if (!articles.has(translation.slug)) throw new Error(`translations/${locale}/${file.name} translates no article`)
    const tree = markdownToTree(translation.body)
    bySlug.set(translation.slug, { title: translation.title, summary: translation.summary, tree, bodyText: treeText(tree) })
  }
  return bySlug
}

function searchableIn(articles: readonly LibraryArticle[], translations: ReadonlyMap<string, LibraryTranslation>): LibraryArticle[] {
  return articles.map((article) => {
    const translated = translations.get(article.slug)
    if (!translated) return article
    return {
      ...article,
      title: `${translated.title}\n${article.title}`,
      summary: `${translated.summary}\n${article.summary}`,
      bodyText: `${translated.bodyText}\n${article.bodyText}`
    }
  })
}

/**
 * The articles and policy guides, parsed from the bundled content on first use and kept for the life of
 * the process (a cloud function instance or the HTTP server): content changes only with a deployment.
 */
export function guidanceLibrary(): GuidanceLibrary {
  if (library) return library
  const articles = ARTICLE_FILES.map((file): LibraryArticle => {
    const article = parseArticle(file.name, file.text)
    const tree = markdownToTree(article.body)
    return { ...article, tree, bodyText: treeText(tree) }
  })
  const nationalFile = POLICY_FILES.find((file) => file.name === 'national.yaml')
  if (!nationalFile) throw new Error('content/policies/national.yaml is missing from the bundle')
  const national = parseNationalPolicy(nationalFile.name, nationalFile.text)
  const guides = new Map<string, PolicyGuide>()
  for (const file of POLICY_FILES) {
    if (file === nationalFile) continue
    const region = parseRegionPolicy(file.name, file.text)
    guides.set(region.region, composePolicyGuide(region, national))
  }
  const bySlug = new Map(articles.map((article) => [article.slug, article]))
  const translations = { en: translationsIn('en', bySlug), ug: translationsIn('ug', bySlug) }
  const searchable = { en: searchableIn(articles, translations.en), ug: searchableIn(articles, translations.ug) }
  library = { articles, bySlug, translations, searchable, guides, national }
  return library
}
