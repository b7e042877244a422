import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, jest } from '@jest/globals'
import { guidanceLibrary } from '../../src/cloud/guidance/guidance-library'
import { ArticleBody } from '../../src/components/guidance/article-body'
import { ClassSessionCard } from '../../src/components/guidance/class-session-card'
import { markdownToTree } from '../../src/domain/guidance/markdown-tree'
import { articleViewSchema, thisMonthOutputSchema, type ArticleSummary } from '../../src/domain/guidance/guidance-schema'
import { milestonesForAge } from '../../src/domain/guidance/milestone-rules'
import ArticlePage from '../../src/pages/guidance/article/index'
import GuidancePage from '../../src/pages/guidance/index'
import NursingRoomsPage from '../../src/pages/guidance/nursing-rooms/index'
import PolicyPage from '../../src/pages/policy/index'
import ThisMonthPage from '../../src/pages/this-month/index'
import BookmarksPage from '../../src/pages/guidance/bookmarks/index'
import { sampleNursingRooms } from '../../src/cloud/sample-data/sample-nursing-rooms'
import { child, offering, signInAs, slot } from './support/booking-data'
import { region, regionSummaries } from './support/sample-data'
import { taroFake } from './support/taro'

const library = guidanceLibrary()
const summaryOf = (slug: string): ArticleSummary => {
  const article = library.bySlug.get(slug)
  if (!article) throw new Error(`no article ${slug}`)
  const { slug: s, title, summary, ageFromMonths, ageToMonths, domains, reviewedOn } = article
  return { slug: s, title, summary, language: 'zh-CN', ageFromMonths, ageToMonths, domains, reviewedOn, read: false, bookmarked: false }
}
const articleView = (slug: string, body = library.bySlug.get(slug)?.tree ?? []) =>
  articleViewSchema.parse({ ...summaryOf(slug), sources: library.bySlug.get(slug)?.sources, body })

const respondRegions = () => {
  taroFake.respond('regions', 'list', () => ({ data: regionSummaries() }))
  taroFake.respond('regions', 'get', (input) => ({ data: region(String(input.code)) }))
}

describe('guidance library page', () => {
  it('lists articles and narrows them by age band, topic and keyword', async () => {
    taroFake.respond('guidance', 'articles', (input) => ({
      data: input.q === '没有这种词' ? { articles: [], total: 0 } : { articles: [summaryOf('first-steps'), summaryOf('toddler-sleep')], total: 2 }
    }))
    const user = userEvent.setup()
    render(<GuidancePage />)
    expect(await screen.findAllByTestId('article-card')).toHaveLength(2)
    expect(screen.getAllByTestId('article-card')[0]).toHaveTextContent('迈出第一步')
    expect(screen.getAllByTestId('article-card')[0]).toHaveTextContent('12–15个月')

    await user.click(screen.getByTestId('age-m12'))
    await waitFor(() => expect(taroFake.lastInput('guidance', 'articles')).toEqual({ ageRange: { fromMonths: 12, toMonths: 15 }, offset: 0, limit: 20 }))
    await user.click(screen.getByTestId('domain-motor'))
    await waitFor(() => expect(taroFake.lastInput('guidance', 'articles')).toMatchObject({ domain: 'motor' }))

    await user.type(screen.getByTestId('guidance-search'), '没有这种词')
    await user.click(screen.getByTestId('guidance-search-go'))
    expect(await screen.findByTestId('empty-state')).toHaveTextContent('没有找到相关文章')
    await user.click(screen.getByTestId('clear-filters'))
    await waitFor(() => expect(taroFake.lastInput('guidance', 'articles')).toEqual({ offset: 0, limit: 20 }))

    await user.click(await screen.findByTestId('entry-thisMonth'))
    expect(taroFake.navigations.at(-1)?.url).toBe('/pages/this-month/index')
  })
})

describe('article page', () => {
  it('shows the article with its age, sources, review date and the advice to see a doctor; marks it read and bookmarks it', async () => {
    signInAs('parent')
    taroFake.setRouterParams({ slug: 'first-steps' })
    taroFake.respond('guidance', 'article', () => ({ data: articleView('first-steps') }))
    taroFake.respond('guidance', 'markRead', () => ({ data: { slug: 'first-steps', read: true, bookmarked: false } }))
    taroFake.respond('guidance', 'setBookmark', (input) => ({ data: { slug: 'first-steps', read: true, bookmarked: input.bookmarked } }))
    const user = userEvent.setup()
    render(<ArticlePage />)
    expect(await screen.findByTestId('article-title')).toHaveTextContent('迈出第一步')
    expect(screen.getByTestId('article-body')).toHaveTextContent('18个月还不能独立行走')
    expect(screen.getByTestId('article-sources')).toHaveTextContent('《3岁以下婴幼儿健康养育照护指南（试行）》，国家卫生健康委员会，2022年')
    expect(screen.getByTestId('article-disclaimer')).toHaveTextContent('不能代替医生的诊断')
    await waitFor(() => expect(taroFake.lastInput('guidance', 'markRead')).toEqual({ slug: 'first-steps' }))
    await user.click(screen.getByTestId('bookmark'))
    await waitFor(() => expect(screen.getByTestId('bookmark')).toHaveTextContent('已收藏'))
    expect(taroFake.lastInput('guidance', 'setBookmark')).toEqual({ slug: 'first-steps', bookmarked: true })
  })

  it('offers no bookmark and records nothing for a reader who is not signed in', async () => {
    taroFake.setRouterParams({ slug: 'first-steps' })
    taroFake.respond('guidance', 'article', () => ({ data: articleView('first-steps') }))
    render(<ArticlePage />)
    await screen.findByTestId('article-title')
    expect(screen.queryByTestId('bookmark')).toBeNull()
    expect(taroFake.requestsTo('guidance', 'markRead')).toEqual([])
  })
})

describe('rendering content safely', () => {
  const hostile = [
    '正文开头',
    '<script>window.__pwned = true</script>',
    '内联 <script>window.__pwned = true</script> 结尾 <img src=x onerror="window.__pwned = true">',
    '<iframe src="https://evil.example"></iframe>',
    '[点我](javascript:window.__pwned=true) [官网](https://www.nhc.gov.cn)',
    '<a href="javascript:window.__pwned=true">链接</a>'
  ].join('\n\n')

  it('never turns a <script>, <img onerror> or javascript: link in content into an element, so nothing runs', async () => {
    const user = userEvent.setup()
    const { container } = render(<ArticleBody nodes={markdownToTree(hostile)} />)
    expect(container.querySelector('script, img, iframe, a, [onerror]')).toBeNull()
    expect(container.textContent).not.toMatch(/__pwned|<script|onerror/)
    expect(container.textContent).toContain('正文开头')
    expect((window as { __pwned?: boolean }).__pwned).toBeUndefined()
    const links = screen.getAllByTestId('md-link')
    expect(links).toHaveLength(1)
    await user.click(links[0]!)
    expect(taroFake.clipboard).toEqual(['https://www.nhc.gov.cn'])
  })

  it('shows markup that arrives as text as plain characters, not as elements', async () => {
    taroFake.setRouterParams({ slug: 'first-steps' })
    taroFake.respond('guidance', 'article', () => ({
      data: articleView('first-steps', [{ type: 'paragraph', children: [{ type: 'text', text: '<script>window.__pwned = true</script>' }] }])
    }))
    const { container } = render(<ArticlePage />)
    expect(await screen.findByTestId('article-body')).toHaveTextContent('<script>window.__pwned = true</script>')
    expect(container.querySelector('script')).toBeNull()
    expect((window as { __pwned?: boolean }).__pwned).toBeUndefined()
  })
})

describe('sign-in screens', () => {
  it('say what signing in is for on each page, not 登录后预约 everywhere', async () => {
    const { unmount } = render(<ThisMonthPage />)
    expect(await screen.findByTestId('sign-in-gate')).toHaveTextContent('登录后查看宝宝本月')
    expect(screen.getByTestId('sign-in-gate')).not.toHaveTextContent('预约')
    unmount()
    render(<BookmarksPage />)
    expect(await screen.findByTestId('sign-in-gate')).toHaveTextContent('登录后查看收藏')
    expect(screen.getByTestId('sign-in-gate')).not.toHaveTextContent('预约')
  })
})

describe('class session card', () => {
  const talk = offering({ id: 'of-zhuji-talk', kind: 'class', classKind: 'health_talk', title: '健康讲座：秋冬季呼吸道疾病', hostKind: 'community_centre', institutionId: null })

  it('offers 去报名 only while booking is open, and says when a later window opens', async () => {
    const user = userEvent.setup()
    const { unmount } = render(<ClassSessionCard session={{ offering: talk, slot: slot('sl-talk-1', '2026-11-29', { offeringId: talk.id }) }} />)
    await user.click(screen.getByTestId('book-class'))
    expect(taroFake.navigations.at(-1)?.url).toBe('/pages/bookings/book/index?offeringId=of-zhuji-talk')
    unmount()
    const later = slot('sl-talk-2', '2026-12-20', { offeringId: talk.id, bookable: false, unavailableReason: 'BOOKING_WINDOW_NOT_OPEN', windowOpensAtInstant: '2026-12-13T00:00:00.000Z' })
    render(<ClassSessionCard session={{ offering: talk, slot: later }} />)
    expect(screen.queryByTestId('book-class')).toBeNull()
    expect(screen.getByTestId('class-not-bookable')).toHaveTextContent('12月13日 08:00开放预约')
  })
})

describe('this month page', () => {
  it("shows a 14-month-old's milestones, the 12-month warning signs with the advice to see 儿保, articles and classes", async () => {
    signInAs('parent')
    respondRegions()
    const guide = milestonesForAge(14)
    const mimi = child({ id: 'ch-0001-hehe', nickname: '禾禾', birthMonth: '2025-09', ageMonths: 14 })
    taroFake.respond('family', 'listChildren', () => ({ data: { children: [mimi] } }))
    const classOffering = offering({ id: 'of-zhuji-community-parent-child', kind: 'class', classKind: 'parent_child_activity', title: '亲子活动：绘本与律动', hostKind: 'community_centre', institutionId: null, hostName: '诸暨示例社区服务中心' })
    taroFake.respond('guidance', 'thisMonth', () => ({
      data: thisMonthOutputSchema.parse({
        child: { id: mimi.id, nickname: mimi.nickname, birthMonth: mimi.birthMonth, ageMonths: 14 },
        fromMonths: guide.fromMonths,
        toMonths: guide.toMonths,
        milestones: guide.milestones.map((m) => ({ id: m.id, domain: m.domain, latestMonths: m.latestMonths ?? null })),
        warningSigns: guide.warningSigns,
        nextWarningSigns: guide.nextWarningSigns,
        articles: [summaryOf('first-steps'), summaryOf('gestures-and-first-words')],
        classes: [{ offering: classOffering, slot: slot('sl-zhuji-pc-1', '2026-11-29', { offeringId: classOffering.id, priceFen: 0 }) }]
      })
    }))
    const user = userEvent.setup()
    render(<ThisMonthPage />)
    const month = await screen.findByTestId('this-month')
    expect(month).toHaveTextContent('禾禾 · 14个月')
    expect(screen.getByTestId('milestones')).toHaveTextContent('12–15个月发育要点')
    expect(screen.getByTestId('milestones-motor')).toHaveTextContent('开始迈出第一步')
    expect(screen.getByTestId('milestones-motor')).toHaveTextContent('如到18个月仍未做到，请到儿保门诊咨询')
    expect(screen.getByTestId('warning-signs')).toHaveTextContent('12月龄就医信号')
    expect(within(screen.getByTestId('warning-signs')).getAllByTestId('warning-sign')).toHaveLength(4)
    expect(screen.getByTestId('warning-signs')).toHaveTextContent('叫名字没有反应')
    expect(screen.getByTestId('warning-signs')).toHaveTextContent('请及时到儿童保健门诊')
    expect(within(screen.getByTestId('month-articles')).getAllByTestId('article-card')).toHaveLength(2)
    expect(taroFake.lastInput('guidance', 'thisMonth')).toEqual({ childId: mimi.id, regionCode: 'bazhou' })
    // The family has chosen no region: the page says whose classes these are and lets them choose another.
    expect(screen.getByTestId('month-classes-region')).toHaveTextContent('以下是巴州的课堂')
    await user.click(within(screen.getByTestId('region-chips')).getByTestId('region-zhuji'))
    await waitFor(() => expect(taroFake.lastInput('guidance', 'thisMonth')).toEqual({ childId: mimi.id, regionCode: 'zhuji' }))
    await user.click(within(await screen.findByTestId('month-classes')).getByTestId('book-class'))
    expect(taroFake.navigations.at(-1)?.url).toBe('/pages/bookings/book/index?offeringId=of-zhuji-community-parent-child')
    await user.click(screen.getByTestId('more-classes'))
    expect(taroFake.navigations.at(-1)?.url).toBe('/pages/guidance/classes/index?ageMonths=14')
  })

  it('asks a family without a child to add one first', async () => {
    signInAs('parent')
    respondRegions()
    taroFake.respond('family', 'listChildren', () => ({ data: { children: [] } }))
    const user = userEvent.setup()
    render(<ThisMonthPage />)
    expect(await screen.findByTestId('empty-state')).toHaveTextContent('先添加宝宝')
    await user.click(screen.getByTestId('add-child-for-month'))
    expect(taroFake.navigations.at(-1)?.url).toBe('/pages/children/index')
  })
})

describe('policy page', () => {
  it("shows the region's lines with their sources and works out the monthly cost after the 育儿补贴", async () => {
    respondRegions()
    taroFake.respond('guidance', 'policyGuide', (input) => ({ data: library.guides.get(String(input.regionCode)) }))
    const user = userEvent.setup()
    render(<PolicyPage />)
    const guide = await screen.findByTestId('policy-guide')
    expect(guide).toHaveAttribute('data-region', 'bazhou')
    expect(screen.getByTestId('policy-basis')).toHaveTextContent('巴政办发〔2020〕46号')
    expect(screen.getByTestId('policy-topic-maternity_leave')).toHaveTextContent('增加产假六十天')
    for (const source of screen.getAllByTestId('policy-source')) expect(source.textContent).toMatch(/^来源：.+/)

    await user.click(screen.getByTestId('region-zhuji'))
    await waitFor(() => expect(screen.getByTestId('policy-guide')).toHaveAttribute('data-region', 'zhuji'))
    // A draft says so once: its title already ends with （征求意见稿）.
    expect(screen.getByTestId('policy-basis').textContent).not.toContain('（征求意见稿）（征求意见稿）')
    expect(screen.getByTestId('policy-basis')).toHaveTextContent('（征求意见稿）》')
    expect(screen.getByTestId('policy-topic-maternity_leave')).not.toHaveTextContent('六十天')
    expect(screen.getByTestId('policy-topic-targets')).toHaveTextContent('4.5')

    await user.type(screen.getByTestId('fee-input'), '1500')
    await user.type(screen.getByTestId('age-input'), '14')
    expect(screen.getByTestId('cost-after')).toHaveTextContent('¥1,200')
    expect(screen.getByTestId('cost-result')).toHaveTextContent('-¥300')
    await user.clear(screen.getByTestId('age-input'))
    await user.type(screen.getByTestId('age-input'), '36')
    expect(screen.getByTestId('cost-after')).toHaveTextContent('¥1,500')
    expect(screen.getByTestId('cost-result')).toHaveTextContent('不再享受育儿补贴')
  })
})

describe('nursing rooms page', () => {
  const rooms = sampleNursingRooms(region('zhuji'))

  it('lists the region’s rooms when location is refused, and the nearest when it is given', async () => {
    respondRegions()
    taroFake.respond('guidance', 'nursingRooms', (input) => ({
      data: { rooms: input.near ? rooms.slice(0, 2).map((room, i) => ({ ...room, distanceM: 250 + i * 900 })) : rooms.map((room) => ({ ...room, distanceM: null })) }
    }))
    const user = userEvent.setup()
    render(<NursingRoomsPage />)
    await user.click(await screen.findByTestId('region-zhuji'))
    await waitFor(() => expect(screen.getAllByTestId('nursing-room')).toHaveLength(rooms.length))
    await user.click(screen.getByTestId('locate-rooms'))
    expect(await screen.findByTestId('location-notice')).toHaveTextContent('没有获得位置权限')

    // The browser's WGS-84 fix for the spot Chinese maps put at 29.71, 120.24 (GCJ-02, the stored datum).
    taroFake.setLocation({ kind: 'ok', latitude: 29.712481, longitude: 120.235555 })
    await user.click(screen.getByTestId('locate-rooms'))
    await waitFor(() => expect(screen.getAllByTestId('nursing-room')).toHaveLength(2))
    const asked = taroFake.lastInput('guidance', 'nursingRooms') as { regionCode: string; near: { lat: number; lng: number } }
    expect(asked.regionCode).toBe('zhuji')
    expect(asked.near.lat).toBeCloseTo(29.71, 5)
    expect(asked.near.lng).toBeCloseTo(120.24, 5)
    const first = screen.getAllByTestId('nursing-room')[0]!
    expect(first).toHaveTextContent('250米')
    const open = jest.spyOn(window, 'open').mockReturnValue({ opener: {} } as unknown as Window)
    await user.click(within(first).getByTestId('navigate-room'))
    expect(String(open.mock.calls[0]?.[0])).toContain(`name=${encodeURIComponent(rooms[0]!.name)}`)
    expect(String(open.mock.calls[0]?.[0])).toContain(`position=${rooms[0]!.location.lng},${rooms[0]!.location.lat}`)
    open.mockRestore()
  })
})
