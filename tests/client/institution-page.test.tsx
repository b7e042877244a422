import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, jest } from '@jest/globals'
import InstitutionPage from '../../src/pages/institution/index'
import { useCompareStore } from '../../src/stores/compare-store'
import { useFavouritesStore } from '../../src/stores/favourites-store'
import type { InstitutionDetail } from '../../src/domain/finder/institution-schema'
import { detail, region } from './support/sample-data'
import { taroFake } from './support/taro'

async function openDetail(record: InstitutionDetail = detail()) {
  taroFake.setRouterParams({ id: record.id })
  taroFake.respond('finder', 'get', (input) => (input.id === record.id ? { data: record } : { status: 404, envelope: { ok: false, error: { code: 'NOT_FOUND', message: '没有找到相关信息，可能已下线或地址有误。' } } }))
  taroFake.respond('regions', 'get', () => ({ data: region('zhuji') }))
  const user = userEvent.setup()
  render(<InstitutionPage />)
  await screen.findByTestId('detail-name')
  return user
}

describe('institution detail page', () => {
  it('shows the filing as registered', async () => {
    await openDetail()
    expect(taroFake.lastInput('finder', 'get')).toEqual({ id: 'zj-0001' })
    const filing = screen.getByTestId('filing-section')
    expect(within(filing).getByTestId('filing-number')).toHaveTextContent('诸托备字〔2023〕第0001号')
    expect(within(filing).getByTestId('filing-date')).toHaveTextContent('2023年3月15日')
    expect(within(filing).getByTestId('credit-code')).toHaveTextContent('91330681MA2D000001')
    expect(filing).toHaveTextContent('诸暨市市场监督管理局')
    expect(filing).toHaveTextContent('民办')
    expect(screen.getByTestId('hours')).toHaveTextContent('周一至周五 07:30–17:30')
    expect(screen.getByTestId('sample-banner')).toBeInTheDocument()
  })

  it('prices monthly care after the national childcare subsidy, and explains the sum', async () => {
    await openDetail()
    const rows = await waitFor(() => {
      const found = screen.getAllByTestId('fee-row')
      expect(within(found[0]!).getByTestId('fee-after-subsidy')).not.toHaveTextContent('—')
      return found
    })
    const toddler = rows.find((r) => r.getAttribute('data-service') === 'full_day' && r.getAttribute('data-band') === 'toddler')!
    expect(within(toddler).getByTestId('fee-amount')).toHaveTextContent('¥2,800/月')
    // ¥2,800 a month less ¥3,600 / 12 = ¥300
    expect(within(toddler).getByTestId('fee-after-subsidy')).toHaveTextContent('¥2,500')
    const hourly = rows.find((r) => r.getAttribute('data-service') === 'hourly')!
    expect(within(hourly).getByTestId('fee-amount')).toHaveTextContent('¥40/小时')
    expect(within(hourly).getByTestId('fee-after-subsidy')).toHaveTextContent('—')
    expect(screen.getByTestId('subsidy-note')).toHaveTextContent('每孩每年¥3,600，按月折算¥300')
  })

  it('walks the whole disclosure checklist: published with date and source, out of date, and missing', async () => {
    await openDetail()
    const checklist = screen.getByTestId('disclosure-checklist')
    const published = within(checklist).getByTestId('disclosure-fee_schedule')
    expect(published).toHaveAttribute('data-status', 'published')
    expect(published).toHaveTextContent('全日托托小班每月2800元，含餐')
    expect(published).toHaveTextContent('来源：机构公示栏')

    const stale = within(checklist).getByTestId('disclosure-refund_policy')
    expect(stale).toHaveAttribute('data-status', 'stale')
    expect(stale).toHaveTextContent('超过30天未更新')

    const missing = within(checklist).getByTestId('disclosure-weekly_menu')
    expect(missing).toHaveAttribute('data-status', 'missing')
    expect(missing).toHaveTextContent('未公示')

    expect(checklist.querySelectorAll('[data-status]')).toHaveLength(20)
    expect(checklist).toHaveTextContent('已公示2项 · 过期1项 · 未公示17项')
  })

  it('flags a vacancy report older than 30 days', async () => {
    await openDetail()
    const rows = screen.getAllByTestId('vacancy-row')
    expect(rows.map((r) => r.getAttribute('data-stale'))).toEqual(['false', 'true'])
    expect(within(rows[1]!).getByTestId('vacancy-stale')).toHaveTextContent('超过30天未更新，请电话确认')
    expect(within(rows[0]!).queryByTestId('vacancy-stale')).toBeNull()
    expect(rows[0]).toHaveTextContent('2个空位')
  })

  it('flags a class with fewer carers than the legal ratio', async () => {
    await openDetail()
    const [toddler, preschool] = screen.getAllByTestId('class-row')
    expect(toddler).toHaveAttribute('data-meets-ratio', 'true')
    expect(toddler).toHaveTextContent('保育人员3人，按1:5至少需要3人')
    expect(preschool).toHaveAttribute('data-meets-ratio', 'false')
    // 18 children at 1:7 need 3 carers; the class has 2.
    expect(preschool).toHaveTextContent('保育人员2人，按1:7至少需要3人')
    expect(within(preschool!).getByTestId('class-below-ratio')).toHaveTextContent('低于法定比例')
  })

  it('reads safety facts against the requirements, and undisclosed ones as 未公示', async () => {
    await openDetail()
    expect(screen.getByTestId('safety-monitoring')).toHaveTextContent('有')
    expect(screen.getByTestId('safety-retention')).toHaveTextContent('60天（要求不少于90天）')
    expect(screen.getByTestId('safety-alarm')).toHaveTextContent('未公示')
    expect(screen.getByTestId('safety-insurance')).toHaveTextContent('有')
  })

  it('says a long enough video retention meets the ≥90-day requirement, not just its days', async () => {
    const record = detail()
    await openDetail({ ...record, safety: { ...record.safety, videoRetentionDays: 120 } })
    expect(screen.getByTestId('safety-retention')).toHaveTextContent('120天（达到不少于90天的要求）')
  })

  it('says under the name that it is filed, and what each of its badges means', async () => {
    await openDetail()
    expect(screen.getByTestId('detail-filed')).toHaveTextContent('已备案 · 诸托备字〔2023〕第0001号')
    const legend = screen.getByTestId('badge-legend')
    expect(legend).toHaveTextContent('普惠：收费不超过当地核定的普惠价格')
    expect(legend).toHaveTextContent('A级最好，D级最差')
  })

  it('shows the evaluation history newest first with the latest grade, scores and 整改', async () => {
    await openDetail()
    expect(screen.getByTestId('detail-latest-grade')).toHaveTextContent('评估A级')
    const evaluations = screen.getAllByTestId('evaluation')
    expect(within(evaluations[0]!).getByTestId('evaluation-grade')).toHaveTextContent('A级')
    expect(evaluations).toHaveLength(2)
    expect(evaluations[0]).toHaveTextContent('总分880/1000')
    expect(evaluations[0]).toHaveTextContent('保育照护220/250')
    expect(within(evaluations[1]!).getByTestId('evaluation-grade')).toHaveTextContent('B级')
    expect(evaluations[1]).toHaveTextContent('已完成整改')
    expect(evaluations[1]).toHaveTextContent('整改说明：消防通道已清理')
    expect(screen.getByTestId('enforcement-record')).toHaveTextContent('收费公示不完整')
  })

  it('says plainly when an institution has never been evaluated', async () => {
    await openDetail(detail({ evaluations: [] }))
    expect(screen.getByTestId('detail-latest-grade')).toHaveTextContent('暂无评估')
    expect(screen.getByTestId('evaluations-section')).toHaveTextContent('这家机构还没有质量评估结果。')
  })

  it('calls, navigates and copies a link to share', async () => {
    const user = await openDetail()
    await user.click(screen.getByTestId('action-call'))
    expect(taroFake.phoneCalls).toEqual(['0575-87000001'])
    // 导航 on H5 opens the institution in Amap by its marker URI, in GCJ-02 as stored.
    const mapTab = { opener: {} }
    const open = jest.spyOn(window, 'open').mockReturnValue(mapTab as unknown as Window)
    await user.click(screen.getByTestId('action-navigate'))
    expect(open).toHaveBeenCalledWith(
      `https://uri.amap.com/marker?position=120.24,29.71&name=${encodeURIComponent('暨阳街道小星星托育园（示例）')}&src=tuoyu-tong&coordinate=gaode&callnative=1`,
      '_blank'
    )
    expect(mapTab.opener).toBeNull()
    open.mockRestore()
    await user.click(screen.getByTestId('action-share'))
    await waitFor(() => expect(taroFake.clipboard).toEqual([window.location.href]))
    expect(taroFake.toasts.at(-1)?.title).toBe('链接已复制，可以发给家人')
  })

  it('copies the address and says so when the map cannot be opened', async () => {
    const user = await openDetail()
    const open = jest.spyOn(window, 'open').mockReturnValue(null)
    await user.click(screen.getByTestId('action-navigate'))
    await waitFor(() => expect(taroFake.clipboard).toEqual(['暨阳街道 · 艮塔东路12号']))
    expect(taroFake.toasts.at(-1)?.title).toBe('已复制地址，可粘贴到地图App中导航')
    open.mockRestore()
  })

  it('shares the page itself in WeChat, titled with the institution', async () => {
    await openDetail()
    expect(taroFake.shareMessage()).toEqual({ title: '暨阳街道小星星托育园（示例） - 托育通', path: '/pages/institution/index?id=zj-0001' })
  })

  it('saves and unsaves a favourite', async () => {
    const user = await openDetail()
    await user.click(screen.getByTestId('action-favourite'))
    expect(useFavouritesStore.getState().items.map((f) => f.id)).toEqual(['zj-0001'])
    expect(screen.getByTestId('action-favourite')).toHaveTextContent('已收藏')
    await user.click(screen.getByTestId('action-favourite'))
    expect(useFavouritesStore.getState().items).toEqual([])
  })

  it('adds to compare, and says the limit when three are already chosen', async () => {
    const user = await openDetail()
    await user.click(screen.getByTestId('add-to-compare'))
    expect(useCompareStore.getState().ids).toEqual(['zj-0001'])
    expect(screen.getByTestId('compare-entry')).toHaveTextContent('去对比（1）')
    await user.click(screen.getByTestId('compare-entry'))
    expect(taroFake.navigations.at(-1)).toEqual({ kind: 'navigateTo', url: '/pages/compare/index' })
  })

  it('refuses a fourth institution in compare and tells the parent why', async () => {
    useCompareStore.setState({ ids: ['zj-0101', 'zj-0102', 'zj-0103'] })
    const user = await openDetail()
    await user.click(screen.getByTestId('add-to-compare'))
    expect(useCompareStore.getState().ids).toEqual(['zj-0101', 'zj-0102', 'zj-0103'])
    expect(screen.getByTestId('compare-limit')).toHaveTextContent('最多同时对比3家，请先在对比页移除一家')
    expect(taroFake.toasts.at(-1)?.title).toBe('最多同时对比3家，请先在对比页移除一家')
  })

  it('lets the institution\'s own staff into its booking workspace from the bottom of the page', async () => {
    const user = await openDetail()
    await user.click(screen.getByTestId('staff-workspace-link'))
    expect(taroFake.navigations.at(-1)).toEqual({ kind: 'navigateTo', url: '/pages/workspace/index?institutionId=zj-0001&regionCode=zhuji' })
  })

  it('asks the server again on a pull-down and shows what changed, keeping the page meanwhile', async () => {
    let name = '暨阳街道小星星托育园（示例）'
    taroFake.setRouterParams({ id: 'zj-0001' })
    taroFake.respond('finder', 'get', () => ({ data: detail({ name }) }))
    taroFake.respond('regions', 'get', () => ({ data: region('zhuji') }))
    render(<InstitutionPage />)
    expect(await screen.findByTestId('detail-name')).toHaveTextContent('暨阳街道小星星托育园（示例）')
    name = '暨阳街道小星星托育园（新址，示例）'
    act(() => taroFake.pullDownRefresh())
    expect(screen.getByTestId('detail-name')).toHaveTextContent('暨阳街道小星星托育园（示例）')
    await waitFor(() => expect(screen.getByTestId('detail-name')).toHaveTextContent('新址'))
    await waitFor(() => expect(taroFake.pullDownStopped).toBe(1))
    expect(taroFake.requestsTo('finder', 'get')).toHaveLength(2)
  })

  it('shows an institution opened earlier in the visit at once, without asking again', async () => {
    await openDetail()
    cleanup()
    render(<InstitutionPage />)
    expect(screen.getByTestId('detail-name')).toHaveTextContent('暨阳街道小星星托育园（示例）')
    // Let the kept answer settle, then check it never went to the server for it.
    await act(async () => undefined)
    expect(screen.getByTestId('detail-name')).toHaveTextContent('暨阳街道小星星托育园（示例）')
    expect(taroFake.requestsTo('finder', 'get')).toHaveLength(1)
  })

  it('explains a failed load and retries', async () => {
    taroFake.setRouterParams({ id: 'zj-0001' })
    let down = true
    taroFake.respond('finder', 'get', () => (down ? 'network-down' : { data: detail() }))
    taroFake.respond('regions', 'get', () => ({ data: region('zhuji') }))
    const user = userEvent.setup()
    render(<InstitutionPage />)
    const error = await screen.findByTestId('error-state')
    expect(error).toHaveTextContent('网络连接不畅，请检查网络后重试。')
    down = false
    await user.click(within(error).getByTestId('retry'))
    expect(await screen.findByTestId('detail-name')).toHaveTextContent('暨阳街道小星星托育园（示例）')
  })

  it('offers a way back to the finder when a shared link cannot be opened', async () => {
    taroFake.setRouterParams({ id: 'zj-0404' })
    taroFake.respond('finder', 'get', () => ({ status: 404, envelope: { ok: false, error: { code: 'NOT_FOUND', message: '没有找到相关信息，可能已下线或地址有误。' } } }))
    const user = userEvent.setup()
    render(<InstitutionPage />)
    expect(await screen.findByTestId('error-state')).toHaveTextContent('没有找到相关信息')
    await user.click(screen.getByTestId('back-to-finder'))
    expect(taroFake.navigations.at(-1)).toEqual({ kind: 'switchTab', url: '/pages/finder/index' })
  })

  it('offers no booking on a suspended or revoked institution, and says why', async () => {
    await openDetail()
    expect(screen.getByTestId('booking-entry-open')).toBeInTheDocument()
    cleanup()
    for (const [id, status] of [['zj-0901', 'suspended'], ['zj-0902', 'revoked']] as const) {
      await openDetail({ ...detail(), id, standing: { status, since: '2026-11-20', reason: '消防检查不合格（示例）' } })
      expect(screen.getByTestId('standing-notice')).toHaveTextContent('2026年11月20日')
      expect(screen.queryByTestId('booking-entry')).not.toBeInTheDocument()
      expect(screen.queryByTestId('booking-entry-open')).not.toBeInTheDocument()
      cleanup()
    }
  })

  it('lists the fee in effect today, the one coming, and the one it replaced', async () => {
    const base = detail()
    const toddler = base.fees.find((f) => f.serviceType === 'full_day' && f.ageBand === 'toddler')!
    await openDetail({
      ...base,
      id: 'zj-0903',
      fees: [
        ...base.fees.map((f) => (f === toddler ? { ...f, effectiveFrom: '2021-01-01' } : f)),
        { ...toddler, amountFen: 260_000, effectiveFrom: '2020-01-01' },
        { ...toddler, amountFen: 300_000, effectiveFrom: '2099-01-01' }
      ]
    })
    const row = screen.getAllByTestId('fee-row').find((r) => r.getAttribute('data-service') === 'full_day' && r.getAttribute('data-band') === 'toddler')!
    expect(within(row).getByTestId('fee-amount')).toHaveTextContent('¥2,800/月')
    expect(screen.getByTestId('fee-upcoming')).toHaveTextContent('2099年1月1日起：全日托 · 托小班 ¥3,000/月')
    expect(screen.getByTestId('fee-past')).toHaveTextContent('2020年1月1日至2021年1月1日前：全日托 · 托小班 ¥2,600/月（已调整）')
  })
})
