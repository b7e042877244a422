import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from '@jest/globals'
import FinderPage from '../../src/pages/finder/index'
import SavedSearchesPage from '../../src/pages/saved-searches/index'
import { useFinderStore } from '../../src/stores/finder-store'
import { signInAs } from './support/booking-data'
import { region, regionSummaries, searchPage, summary } from './support/sample-data'
import { taroFake } from './support/taro'

const point = { lat: 29.713, lng: 120.236 }
const saved = {
  id: 'ss-sample-0001',
  name: '诸暨 暨阳街道 3 km 计时托（示例）',
  filters: { regionCode: 'zhuji', districtCode: 'jiyang', origin: point, radiusM: 3000, serviceTypes: ['hourly'], ageBands: ['toddler'], hasVacancy: true },
  alerts: true,
  createdAt: '2026-11-20T02:00:00.000Z'
}

describe('a saved search, tapped', () => {
  it('opens the finder with exactly its filters and point, runs the search and names it over the results', async () => {
    signInAs('parent')
    taroFake.respond('following', 'listSavedSearches', () => ({ data: { items: [saved] } }))
    taroFake.respond('regions', 'list', () => ({ data: regionSummaries() }))
    taroFake.respond('regions', 'get', (input) => ({ data: region(String(input.code)) }))
    taroFake.respond('finder', 'search', () => ({ data: searchPage([summary()]) }))
    const user = userEvent.setup()
    render(<SavedSearchesPage />)

    await user.click(await screen.findByTestId('saved-search-open'))
    await waitFor(() => expect(taroFake.requestsTo('finder', 'search')).toHaveLength(1))
    expect(taroFake.lastInput('finder', 'search')).toEqual({
      regionCode: 'zhuji',
      districtCode: 'jiyang',
      origin: point,
      radiusM: 3000,
      serviceTypes: ['hourly'],
      ageBands: ['toddler'],
      hasVacancy: true,
      sort: 'distance',
      pageSize: 20
    })
    expect(useFinderStore.getState().filters).toMatchObject({ serviceTypes: ['hourly'], ageBands: ['toddler'], hasVacancy: true, radiusM: 3000, affordableOnly: false })
    expect(taroFake.navigations).toContainEqual({ kind: 'switchTab', url: '/pages/finder/index' })

    render(<FinderPage />)
    expect(await screen.findByTestId('result-count')).toHaveTextContent('保存的搜索“诸暨 暨阳街道 3 km 计时托（示例）”：共找到 1 家已备案机构')
    // The finder does not start over from the remembered region: the one search is the saved one.
    expect(taroFake.requestsTo('finder', 'search')).toHaveLength(1)
  })

  it('stops naming the saved search once the parent changes the filters', async () => {
    taroFake.respond('finder', 'search', () => ({ data: searchPage([summary()]) }))
    await useFinderStore.getState().openSavedSearch(saved as never)
    expect(useFinderStore.getState().savedSearchName).toBe(saved.name)
    await useFinderStore.getState().relax({ hasVacancy: false })
    expect(useFinderStore.getState().savedSearchName).toBeNull()
  })
})
