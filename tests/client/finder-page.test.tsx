import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from '@jest/globals'
import FinderPage from '../../src/pages/finder/index'
import { region, regionSummaries, searchPage, summary } from './support/sample-data'
import { taroFake, type FakeAnswer, type FakeHandler } from './support/taro'

function serveRegions() {
  taroFake.respond('regions', 'list', () => ({ data: regionSummaries() }))
  taroFake.respond('regions', 'get', (input) => ({ data: region(String(input.code)) }))
}

async function openFinder(search: FakeHandler = () => ({ data: searchPage([summary()]) })) {
  serveRegions()
  taroFake.respond('finder', 'search', search)
  const user = userEvent.setup()
  render(<FinderPage />)
  return user
}

describe('finder page', () => {
  it('on H5 without a configured map offers no map button and tells the parent why', async () => {
    taroFake.respond('finder', 'mapSettings', () => ({ data: { tiles: null } }))
    await openFinder()
    expect(await screen.findByTestId('map-missing')).toHaveTextContent('网页版暂未开通地图')
    expect(screen.queryByTestId('view-toggle')).toBeNull()
  })

  it('on H5 with a configured map offers the map beside the list', async () => {
    const tiles = { urlTemplate: 'https://tiles.example/{z}/{x}/{y}.png', attribution: '© 示例地图', subdomains: '', maxZoom: 18 }
    taroFake.respond('finder', 'mapSettings', () => ({ data: { tiles } }))
    await openFinder()
    expect(await screen.findByTestId('view-toggle')).toHaveTextContent('地图')
    expect(screen.queryByTestId('map-missing')).toBeNull()
  })

  it('searches the first region on open and shows each result with its distance, badges and fee', async () => {
    await openFinder(() =>
      ({
        data: searchPage([
          summary(),
          summary({
            id: 'zj-0002',
            name: '陶朱社区托育点（示例）',
            districtName: '陶朱街道',
            address: '诸暨市陶朱街道望云路1号',
            distanceM: 1234,
            isAffordable: false,
            isDemonstration: true,
            latestGrade: null,
            hasVacancy: false,
            operatorKind: 'community_point',
            monthlyFeeFen: null,
            fee: { amountFen: 3_000, unit: 'hour' }
          })
        ])
      })
    )
    const cards = await screen.findAllByTestId('result-card')
    expect(taroFake.lastInput('finder', 'search')).toMatchObject({ regionCode: 'bazhou', sort: 'distance' })
    expect(cards.map((c) => c.getAttribute('data-id'))).toEqual(['zj-0001', 'zj-0002'])

    const first = within(cards[0]!)
    expect(first.getByText('暨阳街道小星星托育园（示例）')).toBeInTheDocument()
    expect(first.getByTestId('result-distance')).toHaveTextContent('850米')
    expect(first.getByTestId('badge-affordable')).toHaveTextContent('普惠')
    expect(first.getByTestId('badge-grade')).toHaveTextContent('评估A级')
    expect(first.getByTestId('badge-vacancy')).toHaveTextContent('有空位')
    expect(first.queryByTestId('badge-demonstration')).toBeNull()
    expect(first.getByTestId('result-fee')).toHaveTextContent('¥2,800/月起')
    // ¥2,800 less the national ¥3,600 a year spread over twelve months.
    expect(await first.findByTestId('result-fee-after-subsidy')).toHaveTextContent('育儿补贴后¥2,500/月起')

    const second = within(cards[1]!)
    expect(second.getByTestId('result-distance')).toHaveTextContent('1.2公里')
    expect(second.getByTestId('badge-demonstration')).toHaveTextContent('示范')
    expect(second.getByTestId('badge-grade')).toHaveTextContent('暂无评估')
    expect(second.queryByTestId('badge-vacancy')).toBeNull()
    // A community point priced by the hour shows that price, not 月费未公示 as if it hid one.
    expect(second.getByTestId('result-fee')).toHaveTextContent('¥30/小时起')
    expect(second.queryByTestId('result-fee-after-subsidy')).toBeNull()
    // The district is named once, whether or not the address already contains it.
    expect(first.getByText('暨阳街道 · 艮塔东路12号')).toBeInTheDocument()
    expect(second.getByText('诸暨市陶朱街道望云路1号')).toBeInTheDocument()

    expect(screen.getByTestId('sample-banner')).toHaveTextContent('示例数据')
  })

  it('searches by name from a box at the top, without opening 筛选', async () => {
    const user = await openFinder()
    await screen.findAllByTestId('result-card')
    await user.type(screen.getByTestId('search-keyword'), '小星星')
    await user.click(screen.getByTestId('search-submit'))
    await waitFor(() => expect(taroFake.lastInput('finder', 'search')).toMatchObject({ keyword: '小星星' }))
    expect(screen.queryByTestId('filter-panel')).toBeNull()
  })

  it('sends every chosen filter in the search and counts them on the filter button', async () => {
    const user = await openFinder()
    await screen.findAllByTestId('result-card')

    await user.click(screen.getByTestId('filter-button'))
    await user.click(screen.getByTestId('filter-affordable'))
    await user.click(screen.getByTestId('filter-age-toddler'))
    await user.click(screen.getByTestId('filter-service-full_day'))
    await user.click(screen.getByTestId('filter-vacancy'))
    await user.click(screen.getByTestId('filter-demonstration'))
    await user.click(screen.getByTestId('filter-operator-public'))
    await user.click(screen.getByTestId('filter-grade-B'))
    await user.click(screen.getByTestId('filter-fee-300000'))
    await user.click(screen.getByTestId('filter-radius-10000'))
    await user.click(screen.getByTestId('filter-district-taozhu'))
    await user.type(screen.getByTestId('filter-keyword'), ' 星星 ')
    await user.click(screen.getByTestId('filter-apply'))

    await waitFor(() => expect(taroFake.requestsTo('finder', 'search')).toHaveLength(2))
    expect(taroFake.lastInput('finder', 'search')).toEqual({
      regionCode: 'bazhou',
      radiusM: 10000,
      sort: 'distance',
      pageSize: 20,
      districtCode: 'taozhu',
      serviceTypes: ['full_day'],
      ageBands: ['toddler'],
      affordableOnly: true,
      demonstrationOnly: true,
      operatorKinds: ['public'],
      minGrade: 'B',
      maxMonthlyFeeFen: 300000,
      hasVacancy: true,
      keyword: '星星'
    })
    expect(screen.queryByTestId('filter-panel')).toBeNull()
    expect(screen.getByTestId('filter-button')).toHaveTextContent('筛选（11）')
  })

  it('leaves the search alone until the parent applies, and reset clears the draft', async () => {
    const user = await openFinder()
    await screen.findAllByTestId('result-card')
    await user.click(screen.getByTestId('filter-button'))
    // The sheet covers the screen, so the tab bar steps aside until it closes.
    expect(taroFake.tabBarHidden).toBe(true)
    await user.click(screen.getByTestId('filter-vacancy'))
    expect(taroFake.requestsTo('finder', 'search')).toHaveLength(1)
    await user.click(screen.getByTestId('filter-reset'))
    expect(screen.getByTestId('filter-vacancy')).toHaveAttribute('data-selected', 'false')
    await user.click(screen.getByTestId('filter-apply'))
    await waitFor(() => expect(taroFake.requestsTo('finder', 'search')).toHaveLength(2))
    expect(taroFake.lastInput('finder', 'search')).not.toHaveProperty('hasVacancy')
    expect(taroFake.tabBarHidden).toBe(false)
  })

  it('searches the region and district the parent picks, around that place', async () => {
    const user = await openFinder()
    await screen.findAllByTestId('result-card')
    await user.click(screen.getByTestId('region-picker'))
    await user.click(screen.getByTestId('region-option-zhuji'))
    await waitFor(() => expect(taroFake.lastInput('finder', 'search')).toMatchObject({ regionCode: 'zhuji' }))
    expect(screen.getByTestId('region-current')).toHaveTextContent('诸暨市')

    await screen.findAllByTestId('result-card')
    await user.click(screen.getByTestId('district-picker'))
    await user.click(await screen.findByTestId('district-option-jiyang'))
    await waitFor(() => expect(taroFake.lastInput('finder', 'search')).toMatchObject({ regionCode: 'zhuji', districtCode: 'jiyang' }))
    expect(taroFake.lastInput('finder', 'search')).not.toHaveProperty('origin')
    expect(screen.getByTestId('origin-line')).toHaveTextContent('按暨阳街道中心位置')
  })

  it('searches from the family position when location is allowed, switching to the region it falls in', async () => {
    // The browser reports WGS-84; the search gets the same spot in GCJ-02, the datum of the stored locations:
    // here 诸暨's centre, about 500 m from where the browser put it.
    taroFake.setLocation({ kind: 'ok', latitude: 29.716, longitude: 120.2319 })
    const user = await openFinder()
    await screen.findAllByTestId('result-card')
    await user.click(screen.getByTestId('use-location'))
    await waitFor(() => expect(taroFake.lastInput('finder', 'search')).toMatchObject({ regionCode: 'zhuji' }))
    const origin = taroFake.lastInput('finder', 'search')?.origin as { lat: number; lng: number }
    expect(origin.lat).toBeCloseTo(29.713521, 5)
    expect(origin.lng).toBeCloseTo(120.236351, 5)
    expect(screen.getByTestId('origin-line')).toHaveTextContent('按我的位置')
  })

  it('on H5 finds a district, street or institution to search from, and names it over the results', async () => {
    const jiyang = { kind: 'district', name: '暨阳街道', context: '诸暨市', point: { lat: 29.710017, lng: 120.24394 } }
    taroFake.respond('finder', 'places', (input) => ({ data: { places: String(input.query).includes('暨阳') ? [jiyang] : [] } }))
    const user = await openFinder((input) => ({ data: { ...searchPage([summary()]), total: 7, origin: (input.origin as { lat: number; lng: number } | undefined) ?? { lat: 41.7, lng: 86.1 } } }))
    await screen.findAllByTestId('result-card')
    await user.click(screen.getByTestId('pick-place'))
    const sheet = await screen.findByTestId('place-sheet')
    await user.type(within(sheet).getByTestId('place-query'), '火星')
    expect(await within(sheet).findByTestId('place-none')).toHaveTextContent('没有找到“火星”')
    await user.clear(within(sheet).getByTestId('place-query'))
    await user.type(within(sheet).getByTestId('place-query'), '暨阳')
    const option = await within(sheet).findByTestId('place-option')
    expect(option).toHaveTextContent('暨阳街道')
    expect(option).toHaveTextContent('区县')
    expect(taroFake.lastInput('finder', 'places')).toEqual({ regionCode: expect.any(String), query: '暨阳' })
    await user.click(option)
    // The place belongs to the region whose list it came from: the search stays there, around the place.
    const regionCode = taroFake.lastInput('finder', 'places')?.regionCode
    await waitFor(() => expect(taroFake.lastInput('finder', 'search')).toMatchObject({ regionCode, origin: jiyang.point }))
    expect(screen.queryByTestId('place-sheet')).toBeNull()
    expect(await screen.findByTestId('result-count')).toHaveTextContent('“暨阳街道”附近共找到 7 家已备案机构')
    expect(screen.getByTestId('origin-line')).toHaveTextContent('按“暨阳街道”的位置，由近到远')
    expect(taroFake.lastInput('finder', 'search')).not.toHaveProperty('districtCode')
  })

  it('offers the family’s own position in the same place search', async () => {
    taroFake.setLocation({ kind: 'ok', latitude: 29.716, longitude: 120.2319 })
    const user = await openFinder()
    await screen.findAllByTestId('result-card')
    await user.click(screen.getByTestId('pick-place'))
    await user.click(await screen.findByTestId('place-use-location'))
    await waitFor(() => expect(screen.getByTestId('origin-line')).toHaveTextContent('按我的位置'))
    expect(taroFake.lastInput('finder', 'search')).toMatchObject({ regionCode: 'zhuji' })
  })

  it('in the mini-program picks the point on WeChat’s map (GCJ-02) and names it by its address', async () => {
    taroFake.setLocation({ kind: 'ok', latitude: 29.7135, longitude: 120.2363, address: '浙江省绍兴市诸暨市艮塔东路12号' })
    const user = await openFinder()
    await screen.findAllByTestId('result-card')
    process.env.TARO_ENV = 'weapp'
    try {
      await user.click(screen.getByTestId('pick-place'))
      await waitFor(() => expect(taroFake.lastInput('finder', 'search')).toMatchObject({ regionCode: 'zhuji', origin: { lat: 29.7135, lng: 120.2363 } }))
    } finally {
      process.env.TARO_ENV = 'h5'
    }
    expect(screen.queryByTestId('place-sheet')).toBeNull()
    expect(screen.getByTestId('pick-place')).toHaveTextContent('从“浙江省绍兴市诸暨市艮塔东路12号”找')
  })

  it('falls back to the area centre and says so when location is refused', async () => {
    taroFake.setLocation({ kind: 'deny' })
    const user = await openFinder()
    await screen.findAllByTestId('result-card')
    await user.click(screen.getByTestId('use-location'))
    expect(await screen.findByTestId('location-notice')).toHaveTextContent('没有获得定位权限，已按巴州中心位置查找')
    expect(taroFake.lastInput('finder', 'search')).not.toHaveProperty('origin')
  })

  it('asks the server for the chosen order', async () => {
    const user = await openFinder()
    await screen.findAllByTestId('result-card')
    await user.click(screen.getByTestId('sort-fee'))
    await waitFor(() => expect(taroFake.lastInput('finder', 'search')).toMatchObject({ sort: 'fee' }))
    expect(screen.getByTestId('origin-line')).toHaveTextContent('距离按巴州中心位置计算')
  })

  it('loads the next page with the cursor, by button and on reaching the bottom', async () => {
    const user = await openFinder((input) => {
      if (input.cursor === 'c2') return { data: searchPage([summary({ id: 'zj-0003', distanceM: 2000 })], { total: 3 }) }
      if (input.cursor === 'c1') return { data: searchPage([summary({ id: 'zj-0002', distanceM: 1500 })], { nextCursor: 'c2', total: 3 }) }
      return { data: searchPage([summary()], { nextCursor: 'c1', total: 3 }) }
    })
    await screen.findAllByTestId('result-card')
    expect(screen.getByTestId('result-count')).toHaveTextContent('共找到 3 家')
    await user.click(screen.getByTestId('load-more'))
    await waitFor(() => expect(screen.getAllByTestId('result-card')).toHaveLength(2))
    expect(taroFake.lastInput('finder', 'search')).toMatchObject({ cursor: 'c1' })

    taroFake.reachBottom()
    await waitFor(() => expect(screen.getAllByTestId('result-card')).toHaveLength(3))
    expect(screen.getAllByTestId('result-card').map((c) => c.getAttribute('data-id'))).toEqual(['zj-0001', 'zj-0002', 'zj-0003'])
    expect(screen.queryByTestId('load-more')).toBeNull()
    expect(screen.getByTestId('results-end')).toBeInTheDocument()
  })

  it('shows a skeleton while the first page loads', async () => {
    let release: (answer: FakeAnswer) => void = () => undefined
    await openFinder(() => new Promise<FakeAnswer>((resolve) => (release = resolve)))
    expect(await screen.findByTestId('results-loading')).toBeInTheDocument()
    release({ data: searchPage([summary()]) })
    await screen.findAllByTestId('result-card')
    expect(screen.queryByTestId('results-loading')).toBeNull()
  })

  it('names the filters to relax when nothing matches, and one tap drops that filter', async () => {
    const user = await openFinder((input) => ({ data: searchPage(input.hasVacancy ? [] : [summary()]) }))
    await screen.findAllByTestId('result-card')
    await user.click(screen.getByTestId('filter-button'))
    await user.click(screen.getByTestId('filter-vacancy'))
    await user.click(screen.getByTestId('filter-apply'))

    const empty = await screen.findByTestId('results-empty')
    expect(empty).toHaveTextContent('附近没有符合条件的托育机构')
    expect(within(empty).getByTestId('relax-vacancy')).toHaveTextContent('不限空位')
    expect(within(empty).getByTestId('relax-radius')).toHaveTextContent('扩大到10公里')

    await user.click(within(empty).getByTestId('relax-vacancy'))
    await screen.findAllByTestId('result-card')
    expect(taroFake.lastInput('finder', 'search')).not.toHaveProperty('hasVacancy')
  })

  it('names the fee cap and grade in force on the buttons that drop them', async () => {
    const user = await openFinder((input) => ({ data: searchPage(input.minGrade ? [] : [summary()]) }))
    await screen.findAllByTestId('result-card')
    expect(screen.getByTestId('finder-badge-legend')).toHaveTextContent('评估等级A最好、D最差')
    await user.click(screen.getByTestId('filter-button'))
    await user.click(screen.getByTestId('filter-fee-150000'))
    await user.click(screen.getByTestId('filter-grade-A'))
    await user.click(screen.getByTestId('filter-apply'))

    const empty = await screen.findByTestId('results-empty')
    expect(within(empty).getByTestId('relax-fee')).toHaveTextContent('不限收费（现为¥1,500/月以内）')
    expect(within(empty).getByTestId('relax-grade')).toHaveTextContent('不限评估等级（现为A级及以上）')
  })

  it('offers 计时托 a ceiling per hour, and sends it as one', async () => {
    const user = await openFinder(() => ({ data: searchPage([summary()]) }))
    await screen.findAllByTestId('result-card')
    await user.click(screen.getByTestId('filter-button'))
    await user.click(screen.getByTestId('filter-service-hourly'))
    expect(screen.getByTestId('filter-panel')).toHaveTextContent('计时托每小时上限')
    expect(screen.queryByTestId('filter-fee-150000')).toBeNull()
    await user.click(screen.getByTestId('filter-fee-hour-5000'))
    expect(screen.getByTestId('filter-fee-hour-5000')).toHaveTextContent('¥50/小时以内')
    await user.click(screen.getByTestId('filter-apply'))
    await waitFor(() => expect(taroFake.lastInput('finder', 'search')).toMatchObject({ serviceTypes: ['hourly'], maxHourlyFeeFen: 5_000 }))
    expect(taroFake.lastInput('finder', 'search')).not.toHaveProperty('maxMonthlyFeeFen')
  })

  it('explains a failed search in plain words and retries', async () => {
    let down = true
    const user = await openFinder(() => (down ? 'network-down' : { data: searchPage([summary()]) }))
    const error = await screen.findByTestId('error-state')
    expect(error).toHaveTextContent('网络连接不畅，请检查网络后重试。')
    down = false
    await user.click(within(error).getByTestId('retry'))
    expect(await screen.findAllByTestId('result-card')).toHaveLength(1)
    expect(screen.queryByTestId('error-state')).toBeNull()
  })

  it('shows the server message for a refused search', async () => {
    await openFinder(() => ({ status: 429, envelope: { ok: false, error: { code: 'RATE_LIMITED', message: '操作太频繁了，请稍后再试。' } } }))
    expect(await screen.findByTestId('error-state')).toHaveTextContent('操作太频繁了，请稍后再试。')
  })

  it('searches again on pull-down and then stops the refresh spinner', async () => {
    await openFinder()
    await screen.findAllByTestId('result-card')
    taroFake.pullDownRefresh()
    await waitFor(() => expect(taroFake.pullDownStopped).toBe(1))
    expect(taroFake.requestsTo('finder', 'search')).toHaveLength(2)
  })

  it('opens the detail page of a tapped result', async () => {
    const user = await openFinder()
    await user.click((await screen.findAllByTestId('result-card'))[0]!)
    expect(taroFake.navigations.at(-1)).toEqual({ kind: 'navigateTo', url: '/pages/institution/index?id=zj-0001' })
  })
})
