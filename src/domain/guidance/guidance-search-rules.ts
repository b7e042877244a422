import { articleFitsAge, type ArticleFrontMatter, type GuidanceDomain } from './article-schema'

export interface SearchableArticle extends Pick<ArticleFrontMatter, 'slug' | 'title' | 'summary' | 'ageFromMonths' | 'ageToMonths' | 'domains'> {
  /** The body as plain reading text (see markdown-tree's treeText), never the raw Markdown. */
  bodyText: string
}

export interface GuidanceQuery {
  q?: string | undefined
  /** Articles for a child (or a pregnancy) of exactly this many months. */
  ageMonths?: number | undefined
  /** Articles touching any month of this range, from inclusive to exclusive (a band chip: 12–15). */
  ageRange?: { fromMonths: number; toMonths: number } | undefined
  domain?: GuidanceDomain | undefined
}

/**
 * Everyday words parents and grandparents type, mapped to the words the articles use. Matching either
 * counts, so "拉肚子" finds the article on 腹泻 and "打针" finds vaccination. A Map, because what parents type
 * indexes it: on a plain object "constructor" or "__proto__" would find Object's own members.
 */
const SYNONYMS = new Map<string, readonly string[]>(Object.entries({
  发烧: ['发热'],
  拉肚子: ['腹泻'],
  拉稀: ['腹泻'],
  打针: ['疫苗', '接种'],
  打疫苗: ['疫苗', '接种'],
  长牙: ['出牙', '乳牙'],
  睡觉: ['睡眠', '入睡'],
  说话: ['语言', '说出'],
  走路: ['行走', '学走', '独走'],
  卡住: ['噎呛', '异物'],
  噎住: ['噎呛'],
  手机: ['屏幕'],
  电视: ['屏幕'],
  自闭症: ['孤独症'],
  上厕所: ['如厕', '小马桶'],
  把尿: ['如厕'],
  奶粉: ['配方奶'],
  补钙: ['维生素d', '钙'],
  怀孕: ['孕'],
  坐月子: ['产后'],
  上幼儿园: ['入园', '幼儿园'],
  入托: ['托育'],
  吃饭: ['进食', '喂养', '辅食'],
  脾气: ['发脾气', '情绪'],
  磕碰: ['跌落', '摔']
}))

const WEIGHT = { title: 6, summary: 3, body: 1 } as const
const MAX_BODY_HITS = 3

function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase()
}

function countOccurrences(haystack: string, needle: string): number {
  let count = 0
  for (let at = haystack.indexOf(needle); at !== -1 && count < MAX_BODY_HITS; at = haystack.indexOf(needle, at + needle.length)) count += 1
  return count
}

/** The words of a query; each must match for an article to be found (a grandparent's "宝宝 发烧" is two). */
export function queryTerms(q: string | undefined): string[][] {
  return normalize(q ?? '')
    .split(/[\s,，、;；]+/)
    .filter((term) => term.length > 0)
    .map((term) => [term, ...(SYNONYMS.get(term) ?? []).map(normalize)])
}

/** How well one article matches every term: 0 when some term is absent. */
function score(article: SearchableArticle, terms: readonly string[][]): number {
  const title = normalize(article.title)
  const summary = normalize(article.summary)
  const body = normalize(article.bodyText)
  let total = 0
  for (const alternatives of terms) {
    let best = 0
    for (const word of alternatives) {
      const hit =
        (title.includes(word) ? WEIGHT.title : 0) +
        (summary.includes(word) ? WEIGHT.summary : 0) +
        countOccurrences(body, word) * WEIGHT.body
      best = Math.max(best, hit)
    }
    if (best === 0) return 0
    total += best
  }
  return total
}

const span = (article: SearchableArticle): number => article.ageToMonths - article.ageFromMonths

/**
 * Filters by age (the child's month, or a pregnancy month below zero) and domain, then ranks: keyword score
 * first; for a given age, the article written most specifically for it (the narrowest range); browsing without
 * an age, by age from pregnancy on (孕期 before 0–1个月); then slug, so the order is stable across calls.
 */
export function searchArticles<T extends SearchableArticle>(articles: readonly T[], query: GuidanceQuery): T[] {
  const terms = queryTerms(query.q)
  const { ageMonths, ageRange, domain } = query
  return articles
    .filter((article) => ageMonths === undefined || articleFitsAge(article, ageMonths))
    .filter((article) => ageRange === undefined || (article.ageFromMonths < ageRange.toMonths && ageRange.fromMonths < article.ageToMonths))
    .filter((article) => domain === undefined || article.domains.includes(domain))
    .map((article) => ({ article, score: terms.length > 0 ? score(article, terms) : 0 }))
    .filter((entry) => terms.length === 0 || entry.score > 0)
    .sort(
      (a, b) =>
        b.score - a.score ||
        (ageMonths === undefined
          ? a.article.ageFromMonths - b.article.ageFromMonths || span(a.article) - span(b.article)
          : span(a.article) - span(b.article) || a.article.ageFromMonths - b.article.ageFromMonths) ||
        a.article.slug.localeCompare(b.article.slug)
    )
    .map((entry) => entry.article)
}

/**
 * A month's reading across domains: for each development and care domain, the article most specific to
 * this age, so a parent sees motor, language and sleep side by side rather than five articles on one topic.
 */
export function articlesForMonth<T extends SearchableArticle>(articles: readonly T[], ageMonths: number, limit: number): T[] {
  const ranked = searchArticles(articles, { ageMonths })
  const picked: T[] = []
  const coveredDomains = new Set<GuidanceDomain>()
  for (const article of ranked) {
    if (picked.length >= limit) break
    if (article.domains.some((domain) => !coveredDomains.has(domain))) {
      picked.push(article)
      for (const domain of article.domains) coveredDomains.add(domain)
    }
  }
  for (const article of ranked) {
    if (picked.length >= limit) break
    if (!picked.includes(article)) picked.push(article)
  }
  return picked
}
