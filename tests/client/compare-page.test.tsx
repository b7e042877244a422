import { act, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, it } from '@jest/globals'
import { expect } from '../support/expect-with-message'
import ComparePage from '../../src/pages/compare/index'
import { useCompareStore } from '../../src/stores/compare-store'
import { daysAgo, detail, region } from './support/sample-data'
import { taroFake } from './support/taro'

const second = detail({
  id: 'zj-0002',
  name: '陶朱社区托育点（示例）',
  fees: [{ serviceType: 'full_day', ageBand: 'toddler', amountFen: 190_000, unit: 'month', includesMeals: true }],
  classes: [{ id: 'c9', name: '托小班', ageBand: 'toddler', capacity: 15, enrolled: 10, caregivers: 2 }],
  vacancies: [{ serviceType: 'full_day', ageBand: 'toddler', places: 3, reportedOn: daysAgo(40) }],
  safety: { monitoring24h: true, videoRetentionDays: 90, oneKeyAlarm: true, liabilityInsurance: false },
  evaluations: []
})

function serve(...records: ReturnType<typeof detail>[]) {
  taroFake.respond('finder', 'get', (input) => {
    const found = records.find((r) => r.id === input.id)
    return found ? { data: found } : { status: 404, envelope: { ok: false, error: { code: 'NOT_FOUND', message: '没有找到相关信息，可能已下线或地址有误。' } } }
  })
  taroFake.respond('regions', 'get', () => ({ data: region('zhuji') }))
}

describe('compare page', () => {
  it('puts the chosen institutions side by side, fact by fact', async () => {
    useCompareStore.setState({ ids: ['zj-0001', 'zj-0002'] })
    serve(detail(), second)
    render(<ComparePage />)
    const columns = await screen.findAllByTestId('compare-column')
    expect(columns.map((c) => c.getAttribute('data-id'))).toEqual(['zj-0001', 'zj-0002'])
    const [a, b] = columns.map((c) => within(c))

    await waitFor(() => expect(a!.getByTestId('compare-cell-fee-full_day-toddler')).toHaveTextContent('补贴后¥2,500'))
    expect(b!.getByTestId('compare-cell-fee-full_day-toddler')).toHaveTextContent('补贴后¥1,600')
    // Each fact as the row's cell, what the first column says and what the second says (null: not checked).
    const facts: [cell: string, first: string | null, second: string | null][] = [
      ['kind', '普惠 · 民办', null],
      ['grade', 'A级', '暂无评估'],
      ['fee-full_day-toddler', '¥2,800/月', '¥1,900/月'],
      ['fee-full_day-preschool', null, '未提供'],
      // 计时托 is compared by its price per hour, without a monthly subsidy sum.
      ['fee-hourly-toddler', '¥40/小时', '未提供'],
      ['vacancy', '2个', '空位信息已过期'],
      ['staffing', '1/2个班低于比例', '1个班全部达标'],
      ['retention', '60天（不足90天）', '90天'],
      ['alarm', '未公示', null],
      ['insurance', null, '无'],
      ['disclosure', '未公示17项 · 过期1项', null]
    ]
    for (const [cell, first, second] of facts) {
      if (first) expect(a!.getByTestId(`compare-cell-${cell}`), cell).toHaveTextContent(first)
      if (second) expect(b!.getByTestId(`compare-cell-${cell}`), cell).toHaveTextContent(second)
    }
  })

  it('removes a column', async () => {
    useCompareStore.setState({ ids: ['zj-0001', 'zj-0002'] })
    serve(detail(), second)
    const user = userEvent.setup()
    render(<ComparePage />)
    const columns = await screen.findAllByTestId('compare-column')
    await user.click(within(columns[0]!).getByTestId('compare-remove'))
    expect(useCompareStore.getState().ids).toEqual(['zj-0002'])
    expect(screen.getAllByTestId('compare-column').map((c) => c.getAttribute('data-id'))).toEqual(['zj-0002'])
    expect(screen.getByTestId('compare-add-more')).toBeInTheDocument()
  })

  it('picks up an institution added on a detail page while it was open', async () => {
    useCompareStore.setState({ ids: ['zj-0001'] })
    serve(detail(), second)
    render(<ComparePage />)
    await screen.findAllByTestId('compare-column')
    act(() => {
      useCompareStore.getState().add('zj-0002')
    })
    await waitFor(() => expect(screen.getAllByTestId('compare-column').map((c) => c.getAttribute('data-id'))).toEqual(['zj-0001', 'zj-0002']))
    expect(within(screen.getAllByTestId('compare-column')[1]!).getByTestId('compare-cell-grade')).toHaveTextContent('暂无评估')
  })

  it('says how to add institutions when none are chosen', async () => {
    const user = userEvent.setup()
    render(<ComparePage />)
    expect(screen.getByTestId('compare-empty')).toHaveTextContent('最多可以同时比较3家')
    await user.click(screen.getByTestId('go-find'))
    expect(taroFake.navigations.at(-1)).toEqual({ kind: 'switchTab', url: '/pages/finder/index' })
  })

  it('keeps the others when one fails to load, and retries it', async () => {
    useCompareStore.setState({ ids: ['zj-0001', 'zj-0002'] })
    let down = true
    taroFake.respond('finder', 'get', (input) => (input.id === 'zj-0002' && down ? 'network-down' : { data: input.id === 'zj-0002' ? second : detail() }))
    taroFake.respond('regions', 'get', () => ({ data: region('zhuji') }))
    const user = userEvent.setup()
    render(<ComparePage />)
    const retry = await screen.findByTestId('compare-retry')
    expect(screen.getAllByTestId('compare-column')[1]).toHaveTextContent('网络连接不畅')
    expect(within(screen.getAllByTestId('compare-column')[0]!).getByTestId('compare-cell-grade')).toHaveTextContent('A级')
    down = false
    await user.click(retry)
    await waitFor(() => expect(within(screen.getAllByTestId('compare-column')[1]!).getByTestId('compare-cell-grade')).toHaveTextContent('暂无评估'))
  })
})
