import { addDays, chinaDateOf, chinaInstant } from '../../domain/bookings/china-time-rules'
import type { ClassKind } from '../../domain/bookings/offering-schema'
import { ageInMonths } from '../../domain/family/child-rules'
import { MAX_GUIDANCE_AGE_MONTHS } from '../../domain/guidance/article-schema'
import { classFitsAge } from '../../domain/guidance/class-fit-rules'
import { articlesForMonth, searchArticles, type GuidanceQuery } from '../../domain/guidance/guidance-search-rules'
import type { ArticleSummary, ArticleView, ClassSession, ThisMonth } from '../../domain/guidance/guidance-schema'
import { milestonesForAge } from '../../domain/guidance/milestone-rules'
import type { NursingRoom } from '../../domain/guidance/nursing-room-schema'
import { pendingPolicyGuide } from '../../domain/policy/policy-guide-rules'
import type { PolicyGuide } from '../../domain/policy/policy-guide-schema'
import { todayInChina } from '../../domain/shared/clock'
import { DomainError } from '../../domain/shared/error-codes'
import type { LatLng } from '../../domain/shared/geo'
import type { Locale } from '../../i18n/locales'
import type { Database, Queryable } from '../db/database'
import { toSlotView } from '../bookings/booking-views'
import { childOf } from '../family/family-service'
import { regionByCode } from '../regions/regions-service'
import { bookmarkedSlugs, marksOf, recordBookmark, recordRead, type ArticleMarks } from './article-mark-repository'
import { openClassSessions } from './class-session-repository'
import { guidanceLibrary, type LibraryArticle } from './guidance-library'
import { NursingRoomIndex } from './nursing-room-index'
import { listRegionRooms } from './nursing-room-repository'

const NO_MARKS: ArticleMarks = { read: false, bookmarked: false }
/** Classes are listed a month ahead: the bookings engine opens sample slots two weeks ahead. */
const CLASS_DAYS_AHEAD = 30
/** Sessions read from storage before the age filter, so a filtered list still fills its page. */
const CLASS_CANDIDATES = 400
const MONTH_ARTICLES = 8
const MONTH_CLASSES = 5

/** The article's words in the reader's language where it is translated, otherwise the Chinese original's. */
function wordsIn(article: LibraryArticle, locale: Locale) {
  const translated = locale === 'zh-CN' ? undefined : guidanceLibrary().translations[locale].get(article.slug)
  return translated ? { ...translated, language: locale } : { title: article.title, summary: article.summary, tree: article.tree, language: 'zh-CN' as const }
}

function summary(article: LibraryArticle, marks: ArticleMarks, locale: Locale): ArticleSummary {
  const words = wordsIn(article, locale)
  return {
    slug: article.slug,
    title: words.title,
    summary: words.summary,
    language: words.language,
    ageFromMonths: article.ageFromMonths,
    ageToMonths: article.ageToMonths,
    domains: article.domains,
    reviewedOn: article.reviewedOn,
    read: marks.read,
    bookmarked: marks.bookmarked
  }
}

const userMarks = (q: Queryable, userId: string | null) => (userId ? marksOf(q, userId) : Promise.resolve(new Map<string, ArticleMarks>()))

function articleBySlug(slug: string): LibraryArticle {
  const article = guidanceLibrary().bySlug.get(slug)
  if (!article) throw new DomainError('NOT_FOUND')
  return article
}

export async function listArticles(
  q: Queryable,
  userId: string | null,
  input: GuidanceQuery & { offset: number; limit: number },
  locale: Locale
): Promise<{ articles: ArticleSummary[]; total: number }> {
  const library = guidanceLibrary()
  const found = searchArticles(locale === 'zh-CN' ? library.articles : library.searchable[locale], { q: input.q, ageMonths: input.ageMonths, ageRange: input.ageRange, domain: input.domain })
  const marks = await userMarks(q, userId)
  return {
    articles: found.slice(input.offset, input.offset + input.limit).map((article) => summary(article, marks.get(article.slug) ?? NO_MARKS, locale)),
    total: found.length
  }
}

export async function getArticle(q: Queryable, userId: string | null, slug: string, locale: Locale): Promise<ArticleView> {
  const article = articleBySlug(slug)
  const marks = (await userMarks(q, userId)).get(slug) ?? NO_MARKS
  return { ...summary(article, marks, locale), sources: article.sources, body: wordsIn(article, locale).tree }
}

export async function markRead(q: Queryable, userId: string, slug: string, now: Date) {
  articleBySlug(slug)
  return { slug, ...(await recordRead(q, userId, slug, now)) }
}

export async function setBookmark(q: Queryable, userId: string, slug: string, bookmarked: boolean, now: Date) {
  articleBySlug(slug)
  return { slug, ...(await recordBookmark(q, userId, slug, bookmarked, now)) }
}

export async function bookmarks(q: Queryable, userId: string, locale: Locale): Promise<{ articles: ArticleSummary[] }> {
  const marks = await marksOf(q, userId)
  const library = guidanceLibrary().bySlug
  const articles = (await bookmarkedSlugs(q, userId)).flatMap((slug) => {
    const article = library.get(slug)
    return article ? [summary(article, marks.get(slug) ?? NO_MARKS, locale)] : []
  })
  return { articles }
}

async function regionExists(q: Queryable, regionCode: string) {
  const region = await regionByCode(q, regionCode)
  if (!region) throw new DomainError('NOT_FOUND')
  return region
}

/**
 * Upcoming class sessions in a region that suit the family: by a fixed age in months, or by a child's birth
 * month (its age on each session's day, as booking checks it).
 */
export async function listClasses(
  db: Database,
  input: { regionCode: string; classKind?: ClassKind | undefined; limit: number } & ({ ageMonths?: number | undefined } | { birthMonth: string }),
  now: Date
): Promise<{ sessions: ClassSession[] }> {
  await regionExists(db, input.regionCode)
  const to = chinaInstant(addDays(todayInChina(now), CLASS_DAYS_AHEAD), '00:00')
  const candidates = await openClassSessions(db, { regionCode: input.regionCode, classKind: input.classKind ?? null, from: now, to }, CLASS_CANDIDATES)
  const ageOn = (startsAt: string): number | undefined =>
    'birthMonth' in input ? ageInMonths(input.birthMonth, chinaDateOf(startsAt)) : input.ageMonths
  const sessions = candidates
    .filter(({ offering, slot }) => {
      const age = ageOn(slot.startsAt)
      return age === undefined || classFitsAge(offering.classKind, slot.ageBand, age)
    })
    .slice(0, input.limit)
    .map(({ offering, slot }) => ({ offering, slot: toSlotView(now, slot) }))
  return { sessions }
}

export async function thisMonth(db: Database, guardianId: string, input: { childId: string; regionCode: string }, now: Date, locale: Locale): Promise<ThisMonth> {
  const child = await childOf(db, guardianId, input.childId, now)
  const age = Math.min(child.ageMonths, MAX_GUIDANCE_AGE_MONTHS)
  const guide = milestonesForAge(age)
  const marks = await marksOf(db, guardianId)
  const articles = articlesForMonth(guidanceLibrary().articles, age, MONTH_ARTICLES).map((article) => summary(article, marks.get(article.slug) ?? NO_MARKS, locale))
  const { sessions } = await listClasses(db, { regionCode: input.regionCode, birthMonth: child.birthMonth, limit: MONTH_CLASSES }, now)
  return {
    child: { id: child.id, nickname: child.nickname, birthMonth: child.birthMonth, ageMonths: child.ageMonths },
    fromMonths: guide.fromMonths,
    toMonths: guide.toMonths,
    milestones: guide.milestones.map((m) => ({ id: m.id, domain: m.domain, latestMonths: m.latestMonths ?? null })),
    warningSigns: guide.warningSigns && { atMonths: guide.warningSigns.atMonths, signIds: [...guide.warningSigns.signIds] },
    nextWarningSigns: guide.nextWarningSigns && { atMonths: guide.nextWarningSigns.atMonths, signIds: [...guide.nextWarningSigns.signIds] },
    articles,
    classes: sessions
  }
}

/** The region's guide from its policy file, or, for a region that has none yet, the national guide marked as such. */
export async function policyGuide(db: Database, regionCode: string): Promise<PolicyGuide> {
  const library = guidanceLibrary()
  const guide = library.guides.get(regionCode)
  if (guide) return guide
  return pendingPolicyGuide(await regionExists(db, regionCode), library.national)
}

export async function nursingRooms(
  db: Database,
  input: { regionCode: string; near?: LatLng | undefined; radiusM: number; limit: number; publicOnly: boolean }
): Promise<{ rooms: (NursingRoom & { distanceM: number | null })[] }> {
  await regionExists(db, input.regionCode)
  const rooms = await listRegionRooms(db, input.regionCode)
  const accept = (room: NursingRoom) => !input.publicOnly || room.openToPublic
  if (!input.near) return { rooms: rooms.filter(accept).slice(0, input.limit).map((room) => ({ ...room, distanceM: null })) }
  const nearest = new NursingRoomIndex(rooms).nearest(input.near, input.limit, input.radiusM, accept)
  return { rooms: nearest.map((hit) => ({ ...hit.room, distanceM: Math.round(hit.distanceM) })) }
}
