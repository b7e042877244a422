import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from '@jest/globals'
import type { InstitutionDetail } from '../../src/domain/finder/institution-schema'
import WorkspacePage from '../../src/pages/workspace/index'
import { signInAs } from './support/booking-data'
import { daysAgo, detail } from './support/sample-data'
import { taroFake } from './support/taro'

function openWorkspace(record: InstitutionDetail) {
  signInAs('institution_staff', record.id)
  taroFake.respond('finder', 'get', () => ({ data: record }))
  taroFake.respond('bookings', 'workspace', () => ({ data: { institutionId: record.id, offerings: [], nextCursor: null, allOfferings: [] } }))
  render(<WorkspacePage />)
  return userEvent.setup()
}

describe('workspace staleness nudge', () => {
  it('counts the vacancies and 公示 items parents see as out of date, each linking to the page that re-dates them', async () => {
    // detail(): one vacancy and one disclosure 45 days old; the others within 30 days.
    const user = openWorkspace(detail())
    const nudge = await screen.findByTestId('workspace-stale-nudge')
    expect(nudge).toHaveTextContent('有 2 条信息待确认')
    expect(within(nudge).getByTestId('workspace-stale-vacancies')).toHaveTextContent('1 条空位超过30天未确认')
    expect(within(nudge).getByTestId('workspace-stale-disclosures')).toHaveTextContent('1 项公示超过30天未确认')
    await user.click(within(nudge).getByTestId('workspace-stale-disclosures'))
    expect(taroFake.navigations.at(-1)).toEqual({ kind: 'navigateTo', url: '/pages/workspace/disclosures/index' })
    await user.click(within(nudge).getByTestId('workspace-stale-vacancies'))
    expect(taroFake.navigations.at(-1)).toEqual({ kind: 'navigateTo', url: '/pages/workspace/vacancies/index' })
  })

  it('says nothing while everything is within 30 days', async () => {
    const record = detail()
    openWorkspace({
      ...record,
      vacancies: record.vacancies.map((v) => ({ ...v, reportedOn: daysAgo(30) })),
      disclosures: record.disclosures.map((d) => ({ ...d, updatedOn: daysAgo(2) }))
    })
    // Both of the page's requests have been answered once its own list shows.
    await screen.findByText('还没有发布可预约的服务。')
    expect(taroFake.lastInput('finder', 'get')).toEqual({ id: record.id })
    expect(screen.queryByTestId('workspace-stale-nudge')).toBeNull()
    expect(screen.queryByTestId('workspace-vacancies-stale')).toBeNull()
  })
})
