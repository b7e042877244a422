import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Database } from '../../src/cloud/db/database'
import type { ArticleSummary, ArticleView, ClassSession, ThisMonth } from '../../src/domain/guidance/guidance-schema'
import type { NursingRoom } from '../../src/domain/guidance/nursing-room-schema'
import type { PolicyGuide } from '../../src/domain/policy/policy-guide-schema'
import type { SlotView } from '../../src/domain/bookings/slot-schema'
import { haversineMetres } from '../../src/domain/shared/geo'
import { dayjs } from '../../src/domain/shared/clock'
import { callAs, callIn } from './support/call-action'
import { addChild, codeOf, newParent, someInstitutions, staffOf, unwrap } from './support/booking-fixtures'
import { databaseOfKind, STORE_KINDS, TEST_NOW, testDatabase } from './support/test-database'

let db: Database
beforeAll(async () => {
  db = await testDatabase()
})

type Listed = { articles: ArticleSummary[]; total: number }
type Room = NursingRoom & { distanceM: number | null }
const REGION = 'zhuji'

describe('guidance library', () => {
  it('finds articles by age and domain, and by everyday words, for anyone', async () => {
    const motor = unwrap(await callAs<Listed>(db, null, 'guidance', 'articles', { ageMonths: 14, domain: 'motor' }))
    expect(motor.articles[0]?.slug).toBe('first-steps')
    expect(motor.articles.every((a) => a.domains.includes('motor') && a.ageFromMonths <= 14 && a.ageToMonths > 14)).toBe(true)
    expect(motor.articles.every((a) => !a.read && !a.bookmarked)).toBe(true)
    const fever = unwrap(await callAs<Listed>(db, null, 'guidance', 'articles', { q: '发烧', limit: 2 }))
    expect(fever.articles).toHaveLength(2)
    expect(fever.total).toBeGreaterThanOrEqual(2)
    expect(fever.articles.map((a) => a.slug)).toEqual(expect.arrayContaining(['fever-home-care']))
    const pregnancy = unwrap(await callAs<Listed>(db, null, 'guidance', 'articles', { ageMonths: -6 }))
    expect(pregnancy.articles.every((a) => a.ageToMonths <= 0)).toBe(true)
  })

  it('finds a translated article by the words of the reader’s language, and still by the Chinese', async () => {
    const english = unwrap(await callIn<Listed>(db, 'en', null, 'guidance', 'articles', { q: 'Fever' }))
    expect(english.articles[0]).toMatchObject({ slug: 'fever-home-care', language: 'en', title: 'Fever: caring at home and when to go to hospital' })
    const uyghur = unwrap(await callIn<Listed>(db, 'ug', null, 'guidance', 'articles', { q: 'قىزىتما' }))
    expect(uyghur.articles.map((a) => a.slug)).toContain('fever-home-care')
    expect(uyghur.articles.find((a) => a.slug === 'fever-home-care')?.language).toBe('ug')
    const chineseWords = unwrap(await callIn<Listed>(db, 'en', null, 'guidance', 'articles', { q: '发烧' }))
    expect(chineseWords.articles.map((a) => a.slug)).toContain('fever-home-care')
    const inChinese = unwrap(await callIn<Listed>(db, 'zh-CN', null, 'guidance', 'articles', { q: 'fever' }))
    expect(inChinese.articles.map((a) => a.slug)).not.toContain('fever-home-care')
  })

  it('serves an article as a tree of safe nodes with its sources; unknown and malformed slugs are refused', async () => {
    const article = unwrap(await callAs<ArticleView>(db, null, 'guidance', 'article', { slug: 'first-steps' }))
    expect(article.sources.length).toBeGreaterThan(0)
    expect(article.body.length).toBeGreaterThan(3)
    expect(JSON.stringify(article.body)).not.toMatch(/<[a-z]/i)
    expect(codeOf(await callAs(db, null, 'guidance', 'article', { slug: 'no-such-article' }))).toBe('NOT_FOUND')
    expect(codeOf(await callAs(db, null, 'guidance', 'article', { slug: '../etc/passwd' }))).toBe('INVALID_INPUT')
    expect(codeOf(await callAs(db, null, 'guidance', 'articles', { ageMonths: 40 }))).toBe('INVALID_INPUT')
  })

  it("keeps each reader's read marks and bookmarks to themselves", async () => {
    const parent = newParent()
    const other = newParent()
    expect(codeOf(await callAs(db, null, 'guidance', 'markRead', { slug: 'tantrums' }))).toBe('UNAUTHENTICATED')
    expect(unwrap(await callAs(db, parent, 'guidance', 'markRead', { slug: 'tantrums' }))).toEqual({ slug: 'tantrums', read: true, bookmarked: false })
    expect(unwrap(await callAs(db, parent, 'guidance', 'setBookmark', { slug: 'tantrums', bookmarked: true }))).toEqual({ slug: 'tantrums', read: true, bookmarked: true })
    await callAs(db, parent, 'guidance', 'setBookmark', { slug: 'picky-eating', bookmarked: true }, new Date(TEST_NOW.getTime() + 60_000))
    const mine = unwrap(await callAs<{ articles: ArticleSummary[] }>(db, parent, 'guidance', 'bookmarks', {}))
    expect(mine.articles.map((a) => a.slug)).toEqual(['picky-eating', 'tantrums'])
    expect(unwrap(await callAs<ArticleView>(db, parent, 'guidance', 'article', { slug: 'tantrums' }))).toMatchObject({ read: true, bookmarked: true })
    expect(unwrap(await callAs<ArticleView>(db, other, 'guidance', 'article', { slug: 'tantrums' }))).toMatchObject({ read: false, bookmarked: false })
    expect(unwrap(await callAs<{ articles: ArticleSummary[] }>(db, other, 'guidance', 'bookmarks', {})).articles).toEqual([])
    await callAs(db, parent, 'guidance', 'setBookmark', { slug: 'tantrums', bookmarked: false })
    expect(unwrap(await callAs<{ articles: ArticleSummary[] }>(db, parent, 'guidance', 'bookmarks', {})).articles.map((a) => a.slug)).toEqual(['picky-eating'])
  })

  it('writes nothing for an article that does not exist', async () => {
    const parent = newParent()
    expect(codeOf(await callAs(db, parent, 'guidance', 'setBookmark', { slug: 'no-such-article', bookmarked: true }))).toBe('NOT_FOUND')
    const { rows } = await db.query('SELECT 1 FROM guidance_marks WHERE user_id = $1', [parent.id])
    expect(rows).toEqual([])
  })
})

describe("a child's month", () => {
  it('shows a 14-month-old the 12–15-month milestones, the 12-month warning signs, articles across domains and classes for the age', async () => {
    const parent = newParent()
    const birthMonth = dayjs(TEST_NOW).subtract(14, 'month').format('YYYY-MM')
    const child = await addChild(db, parent, birthMonth, '小禾')
    const month = unwrap(await callAs<ThisMonth>(db, parent, 'guidance', 'thisMonth', { childId: child.id, regionCode: REGION }))
    expect(month.child).toEqual({ id: child.id, nickname: '小禾', birthMonth, ageMonths: 14 })
    expect([month.fromMonths, month.toMonths]).toEqual([12, 15])
    expect(new Set(month.milestones.map((m) => m.domain)).size).toBe(5)
    expect(month.warningSigns?.atMonths).toBe(12)
    expect(month.nextWarningSigns?.atMonths).toBe(18)
    expect(month.articles.every((a) => a.ageFromMonths <= 14 && a.ageToMonths > 14)).toBe(true)
    expect(new Set(month.articles.flatMap((a) => a.domains)).size).toBeGreaterThanOrEqual(5)
    expect(month.classes.length).toBeGreaterThan(0)
    expect(month.classes.every((c) => c.offering.classKind !== 'prenatal_school' && c.offering.regionCode === REGION)).toBe(true)
  })

  it("refuses another family's child, other roles and a region that does not exist", async () => {
    const parent = newParent()
    const child = await addChild(db, parent, '2025-09')
    expect(codeOf(await callAs(db, newParent(), 'guidance', 'thisMonth', { childId: child.id, regionCode: REGION }))).toBe('NOT_FOUND')
    const [institution] = await someInstitutions(db, 1)
    expect(codeOf(await callAs(db, staffOf(institution!), 'guidance', 'thisMonth', { childId: child.id, regionCode: REGION }))).toBe('FORBIDDEN')
    expect(codeOf(await callAs(db, parent, 'guidance', 'thisMonth', { childId: child.id, regionCode: 'atlantis' }))).toBe('NOT_FOUND')
  })
})

describe('classes', () => {
  it('lists upcoming sessions by date that suit the age, each one the bookings engine can book', async () => {
    const during = unwrap(await callAs<{ sessions: ClassSession[] }>(db, null, 'guidance', 'classes', { regionCode: REGION, ageMonths: -4 }))
    expect(during.sessions.some((s) => s.offering.classKind === 'prenatal_school')).toBe(true)
    expect(during.sessions.every((s) => s.offering.classKind !== 'parent_child_activity')).toBe(true)
    const toddler = unwrap(await callAs<{ sessions: ClassSession[] }>(db, null, 'guidance', 'classes', { regionCode: REGION, ageMonths: 20 }))
    expect(toddler.sessions.every((s) => s.offering.classKind !== 'prenatal_school')).toBe(true)
    const starts = toddler.sessions.map((s) => s.slot.startsAt)
    expect(starts).toEqual([...starts].sort())
    expect(starts.every((start) => Date.parse(start) > TEST_NOW.getTime())).toBe(true)
    const first = toddler.sessions[0]
    if (!first) throw new Error('no class sessions in the sample region')
    const availability = unwrap(await callAs<{ slots: SlotView[] }>(db, null, 'bookings', 'availability', { offeringId: first.offering.id }))
    expect(availability.slots.map((slot) => slot.id)).toContain(first.slot.id)
    expect(codeOf(await callAs(db, null, 'guidance', 'classes', { regionCode: 'atlantis' }))).toBe('NOT_FOUND')
  })
})

describe('policy guide', () => {
  it('differs between 巴州 and 诸暨 where their documents differ, every line sourced', async () => {
    const bazhou = unwrap(await callAs<PolicyGuide>(db, null, 'guidance', 'policyGuide', { regionCode: 'bazhou' }))
    const zhuji = unwrap(await callAs<PolicyGuide>(db, null, 'guidance', 'policyGuide', { regionCode: 'zhuji' }))
    const maternity = (guide: PolicyGuide) => guide.lines.filter((l) => l.topic === 'maternity_leave' && l.scope === 'region').map((l) => l.text).join()
    expect(maternity(bazhou)).toContain('六十天')
    expect(maternity(zhuji)).not.toContain('六十天')
    for (const guide of [bazhou, zhuji]) expect(guide.lines.every((line) => line.source.document.length > 0)).toBe(true)
    expect(codeOf(await callAs(db, null, 'guidance', 'policyGuide', { regionCode: 'atlantis' }))).toBe('NOT_FOUND')
  })
})

describe('nursing rooms', () => {
  it('finds the nearest sample rooms of a region, nearest first, the same as measuring every room', async () => {
    const all = unwrap(await callAs<{ rooms: Room[] }>(db, null, 'guidance', 'nursingRooms', { regionCode: REGION, limit: 30, publicOnly: false })).rooms
    expect(all.length).toBeGreaterThanOrEqual(15)
    expect(all.every((room) => room.isSample && room.distanceM === null)).toBe(true)
    const origin = all[3]?.location
    if (!origin) throw new Error('no rooms')
    const near = unwrap(await callAs<{ rooms: Room[] }>(db, null, 'guidance', 'nursingRooms', { regionCode: REGION, near: origin, limit: 5, radiusM: 50_000 }))
    const expected = all
      .filter((room) => room.openToPublic)
      .map((room) => ({ id: room.id, d: haversineMetres(origin, room.location) }))
      .sort((a, b) => a.d - b.d || (a.id < b.id ? -1 : 1))
      .slice(0, 5)
    expect(near.rooms.map((room) => room.id)).toEqual(expected.map((room) => room.id))
    expect(near.rooms[0]?.distanceM).toBe(0)
  })

  it('seeds a sample region once, however often it is asked', async () => {
    await callAs(db, null, 'guidance', 'nursingRooms', { regionCode: 'hebi' })
    await callAs(db, null, 'guidance', 'nursingRooms', { regionCode: 'hebi' })
    const { rows } = await db.query<{ n: number; distinct_ids: number }>(`SELECT count(*)::int AS n, count(DISTINCT id)::int AS distinct_ids FROM nursing_rooms WHERE region_code = 'hebi'`)
    expect(rows[0]?.n).toBeGreaterThanOrEqual(15)
    expect(rows[0]?.n).toBe(rows[0]?.distinct_ids)
    expect(codeOf(await callAs(db, null, 'guidance', 'nursingRooms', { regionCode: 'hebi', near: { lat: 95, lng: 0 } }))).toBe('INVALID_INPUT')
  })
})

describe.each(STORE_KINDS)('guidance storage on %s', (kind) => {
  it('keeps marks and nursing rooms the same way on each store', async () => {
    const store = await databaseOfKind(kind)
    try {
      const parent = newParent()
      expect(unwrap(await callAs(store, parent, 'guidance', 'setBookmark', { slug: 'first-steps', bookmarked: true }))).toEqual({ slug: 'first-steps', read: false, bookmarked: true })
      expect(unwrap(await callAs(store, parent, 'guidance', 'markRead', { slug: 'first-steps' }))).toEqual({ slug: 'first-steps', read: true, bookmarked: true })
      const centre = { lat: 29.7135, lng: 120.2363 }
      const rooms = unwrap(await callAs<{ rooms: Room[] }>(store, null, 'guidance', 'nursingRooms', { regionCode: REGION, near: centre, limit: 3 })).rooms
      expect(rooms).toHaveLength(3)
      expect(rooms[0]?.facilities.length).toBeGreaterThan(0)
      const distances = rooms.map((room) => room.distanceM ?? -1)
      expect(distances).toEqual([...distances].sort((a, b) => a - b))
    } finally {
      await store.close()
    }
  })
})
