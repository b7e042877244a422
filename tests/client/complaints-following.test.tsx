import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from '@jest/globals'
import { saveComplaint } from '../../src/components/complaints/saved-complaints'
import { complaintViewSchema, regulatorComplaintViewSchema, type ComplaintView, type RegulatorComplaintView } from '../../src/domain/complaints/complaint-schema'
import { makeTrackingNumber } from '../../src/domain/complaints/tracking-number-rules'
import ComplaintDetailPage from '../../src/pages/complaints/detail/index'
import MyComplaintsPage from '../../src/pages/complaints/index'
import RegulatorComplaintPage from '../../src/pages/regulator/complaint/index'
import RegulatorQueuePage from '../../src/pages/regulator/index'
import { useSessionStore } from '../../src/stores/session-store'
import { signInAs } from './support/booking-data'
import { region, regionSummaries } from './support/sample-data'
import { taroFake } from './support/taro'

const NO = makeTrackingNumber('ZJ', new Date('2026-11-23T04:00:00Z'), Uint8Array.from([11, 22, 33, 44, 55]))
const OTHER = makeTrackingNumber('ZJ', new Date('2026-11-02T04:00:00Z'), Uint8Array.from([66, 77, 88, 99, 111]))
const ANSWER = '经现场核查，机构已整改并向家长致歉。'

function view(overrides: Partial<ComplaintView> = {}): ComplaintView {
  return complaintViewSchema.parse({
    trackingNo: NO,
    category: 'hygiene_health',
    subject: { kind: 'filed', institutionId: 'zj-0001', name: '暨阳街道小星星托育园（示例）', address: '艮塔东路12号', regionCode: 'zhuji' },
    details: '午睡时老师把孩子一个人关在储物间里，接孩子时发现孩子一直在哭。',
    incidentDate: '2026-11-22',
    identity: 'named',
    status: 'answered',
    submittedAt: '2026-11-23T04:00:00.000Z',
    department: { code: 'health', name: '诸暨市卫生健康局', phone: '12345' },
    acceptBy: '2026-11-30T16:00:00.000Z',
    answerBy: null,
    answer: ANSWER,
    answeredAt: '2026-11-25T04:00:00.000Z',
    outcome: null,
    joined: false,
    reopenUntil: '2026-12-10T16:00:00.000Z',
    canReopen: true,
    photos: [],
    timeline: [
      { at: '2026-11-23T04:00:00.000Z', kind: 'submitted', actor: 'complainant', message: null, status: 'submitted', via: null },
      { at: '2026-11-24T04:00:00.000Z', kind: 'accepted', actor: 'regulator', message: null, status: 'accepted', via: null },
      { at: '2026-11-25T04:00:00.000Z', kind: 'answered', actor: 'regulator', message: ANSWER, status: 'answered', via: null }
    ],
    ...overrides
  })
}

function regulatorView(overrides: Partial<RegulatorComplaintView> = {}): RegulatorComplaintView {
  const { timeline: _timeline, canReopen: _canReopen, joined: _joined, ...base } = view({ status: 'submitted', answer: null, answeredAt: null, reopenUntil: null })
  return regulatorComplaintViewSchema.parse({
    ...base,
    mergedInto: null,
    routedDepartmentCode: 'health',
    departmentCode: 'health',
    contactName: '王女士',
    contactPhone: '13800138000',
    mayTellInstitution: false,
    heldForReview: false,
    reviewFlags: [],
    dueAt: '2026-11-30T16:00:00.000Z',
    overdue: false,
    reopenCount: 0,
    mergedReports: [],
    events: [
      { at: '2026-11-23T04:00:00.000Z', kind: 'submitted', actor: 'complainant', message: null, status: 'submitted', via: null, internal: false, actorName: null },
      { at: '2026-11-23T05:00:00.000Z', kind: 'note', actor: 'regulator', message: '内部：先电话联系家长', status: null, via: null, internal: true, actorName: '张科长' }
    ],
    availableActions: ['accept', 'reject', 'close:duplicate'],
    ...overrides
  })
}

describe('following my complaint', () => {
  it('lists my complaints and the anonymous ones kept on this device', async () => {
    signInAs('parent')
    saveComplaint({ trackingNo: OTHER, secret: 'AbCdEfGhJkMnPqRs', subjectName: '某托管班', savedAt: '2026-11-02T04:00:00.000Z' })
    taroFake.respond('complaints', 'mine', () => ({
      data: { complaints: [{ trackingNo: NO, category: 'hygiene_health', subjectName: '暨阳街道小星星托育园（示例）', status: 'answered', submittedAt: '2026-11-23T04:00:00.000Z', updatedAt: '2026-11-25T04:00:00.000Z' }] }
    }))
    const user = userEvent.setup()
    render(<MyComplaintsPage />)
    const mine = await screen.findByTestId('my-complaint')
    expect(within(mine).getByTestId('my-complaint-status')).toHaveTextContent('已答复')
    await user.click(mine)
    expect(taroFake.navigations.at(-1)).toEqual({ kind: 'navigateTo', url: `/pages/complaints/detail/index?no=${NO}` })
    await user.click(screen.getByTestId('saved-complaint'))
    expect(taroFake.navigations.at(-1)).toEqual({ kind: 'navigateTo', url: `/pages/complaints/detail/index?no=${OTHER}&secret=AbCdEfGhJkMnPqRs` })
  })

  it('shows the answer and the timeline, and reopens with a reason', async () => {
    signInAs('parent')
    taroFake.respond('complaints', 'get', () => ({ data: view() }))
    taroFake.respond('complaints', 'reopen', () => ({
      data: view({
        status: 'reopened',
        canReopen: false,
        timeline: [...view().timeline, { at: '2026-11-26T04:00:00.000Z', kind: 'reopened', actor: 'complainant', message: '家长申请重新处理：问题依旧', status: 'reopened', via: null }]
      })
    }))
    taroFake.setRouterParams({ no: NO })
    const user = userEvent.setup()
    render(<ComplaintDetailPage />)
    expect(await screen.findByTestId('complaint-answer')).toHaveTextContent(ANSWER)
    expect(screen.getAllByTestId('timeline-event').map((e) => e.getAttribute('data-kind'))).toEqual(['submitted', 'accepted', 'answered'])
    const form = screen.getByTestId('reopen-form')
    expect(form).toHaveTextContent('2026年12月10日')
    expect(within(form).getByTestId('reopen-complaint')).toHaveClass('action-button--disabled')
    await user.type(within(form).getByTestId('reopen-reason'), '整改没有落实，问题依旧')
    await user.click(within(form).getByTestId('reopen-complaint'))
    await waitFor(() => expect(screen.getByTestId('complaint-detail')).toHaveAttribute('data-status', 'reopened'))
    expect(taroFake.lastInput('complaints', 'reopen')).toEqual({ trackingNo: NO, reason: '整改没有落实，问题依旧' })
    expect(screen.queryByTestId('reopen-form')).toBeNull()
    expect(screen.getAllByTestId('timeline-event').at(-1)).toHaveAttribute('data-kind', 'reopened')
  })

  it('opens an anonymous complaint with the secret kept on this device, without signing in', async () => {
    saveComplaint({ trackingNo: NO, secret: 'AbCdEfGhJkMnPqRs', subjectName: '某托管班', savedAt: '2026-11-02T04:00:00.000Z' })
    taroFake.respond('complaints', 'get', () => ({ data: view({ identity: 'anonymous', canReopen: false }) }))
    taroFake.setRouterParams({ no: NO })
    render(<ComplaintDetailPage />)
    await screen.findByTestId('complaint-detail')
    expect(taroFake.lastInput('complaints', 'get')).toEqual({ trackingNo: NO, secret: 'AbCdEfGhJkMnPqRs' })
    expect(useSessionStore.getState().user).toBeNull()
  })

  it('says plainly when a number is unknown or not yours', async () => {
    signInAs('parent')
    taroFake.respond('complaints', 'get', () => ({ status: 404, envelope: { ok: false, error: { code: 'NOT_FOUND', message: '没有找到相关信息' } } }))
    taroFake.setRouterParams({ no: NO })
    render(<ComplaintDetailPage />)
    expect(await screen.findByTestId('empty-state')).toHaveTextContent('没有找到这件投诉')
  })
})

describe('the regulators’ console', () => {
  it('signs a sample regulator into a region and lists the queue, overdue first as the server orders it', async () => {
    taroFake.respond('regions', 'list', () => ({ data: regionSummaries() }))
    taroFake.respond('account', 'devLogin', (input) => ({
      data: { token: 't', expiresAt: '2099-01-01T00:00:00.000Z', user: { id: 'dev-r', role: 'regulator', displayName: '示例工作人员', regionCode: input.regionCode, institutionId: null } }
    }))
    const items = [
      { trackingNo: OTHER, category: 'food', subjectName: '阳光托管班', subjectKind: 'unfiled', status: 'submitted', departmentCode: 'market', departmentName: '市场监督管理局', submittedAt: '2026-11-02T04:00:00.000Z', dueAt: '2026-11-11T16:00:00.000Z', overdue: true, heldForReview: true, reports: 2 },
      { trackingNo: NO, category: 'hygiene_health', subjectName: '暨阳街道小星星托育园（示例）', subjectKind: 'filed', status: 'accepted', departmentCode: 'health', departmentName: '卫生健康局', submittedAt: '2026-11-23T04:00:00.000Z', dueAt: '2026-12-21T16:00:00.000Z', overdue: false, heldForReview: false, reports: 1 }
    ]
    taroFake.respond('complaints', 'queue', (input) => ({
      data: {
        items: input.departmentCode ? items.filter((i) => i.departmentCode === input.departmentCode) : items,
        nextCursor: null,
        total: input.departmentCode ? 1 : 2,
        departments: [{ code: 'health', name: '卫生健康局', phone: '12345', open: 1, overdue: 0 }, { code: 'market', name: '市场监督管理局', phone: '12345', open: 1, overdue: 1 }]
      }
    }))
    const user = userEvent.setup()
    render(<RegulatorQueuePage />)
    await user.click(await screen.findByTestId('sign-in-region-hebi'))
    await user.click(screen.getByTestId('sign-in'))
    expect(taroFake.lastInput('account', 'devLogin')).toEqual({ role: 'regulator', regionCode: 'hebi' })
    const rows = await screen.findAllByTestId('queue-item')
    expect(rows.map((r) => r.getAttribute('data-overdue'))).toEqual(['true', 'false'])
    expect(screen.getByTestId('queue-total')).toHaveTextContent('共 2 件')
    expect(screen.queryByTestId('queue-load-more')).toBeNull()
    expect(rows[0]).toHaveTextContent('已逾期')
    expect(rows[0]).toHaveTextContent('待人工审核')
    expect(rows[0]).toHaveTextContent('2位家长')
    expect(rows[1]).toHaveTextContent('2026年12月21日 前')
    expect(screen.getByTestId('queue-department-market')).toHaveTextContent('待办 1 · 逾期 1')
    await user.click(screen.getByTestId('queue-department-market'))
    await waitFor(() => expect(screen.getAllByTestId('queue-item')).toHaveLength(1))
    expect(taroFake.lastInput('complaints', 'queue')).toMatchObject({ departmentCode: 'market', filter: 'open' })
    await user.click(screen.getByTestId('queue-item'))
    expect(taroFake.navigations.at(-1)).toEqual({ kind: 'navigateTo', url: `/pages/regulator/complaint/index?no=${OTHER}` })
  })

  it('shows the total and loads the next pages with the cursor, by button and on reaching the bottom', async () => {
    signInAs('regulator')
    const item = (n: number, overdue: boolean) => ({
      trackingNo: makeTrackingNumber('ZJ', new Date('2026-11-02T04:00:00Z'), Uint8Array.from([n, n, n, n, n])),
      category: 'food',
      subjectName: `托育园${n}`,
      subjectKind: 'filed',
      status: 'submitted',
      departmentCode: 'market',
      departmentName: '市场监督管理局',
      submittedAt: '2026-11-02T04:00:00.000Z',
      dueAt: overdue ? '2026-11-11T16:00:00.000Z' : '2026-12-11T16:00:00.000Z',
      overdue,
      heldForReview: false,
      reports: 1
    })
    const departments = [{ code: 'market', name: '市场监督管理局', phone: '12345', open: 5, overdue: 2 }]
    let failuresLeft = 0
    taroFake.respond('complaints', 'queue', (input) => {
      if (input.cursor === 'c2') return { data: { items: [item(5, false)], nextCursor: null, total: 5, departments } }
      if (input.cursor === 'c1') {
        if (failuresLeft > 0) {
          failuresLeft -= 1
          return 'network-down'
        }
        return { data: { items: [item(3, false), item(4, false)], nextCursor: 'c2', total: 5, departments } }
      }
      return { data: { items: [item(1, true), item(2, true)], nextCursor: 'c1', total: 5, departments } }
    })
    const user = userEvent.setup()
    render(<RegulatorQueuePage />)
    expect(await screen.findAllByTestId('queue-item')).toHaveLength(2)
    expect(screen.getByTestId('queue-total')).toHaveTextContent('共 5 件')

    // The app sends a read again once when it got no answer, so the connection drops twice here.
    failuresLeft = 2
    await user.click(screen.getByTestId('queue-load-more'))
    expect(await screen.findByText(/加载失败/)).toBeInTheDocument()
    expect(screen.getAllByTestId('queue-item')).toHaveLength(2)
    expect(screen.getByTestId('queue-load-more')).toHaveTextContent('重试')

    await user.click(screen.getByTestId('queue-load-more'))
    await waitFor(() => expect(screen.getAllByTestId('queue-item')).toHaveLength(4))
    expect(taroFake.lastInput('complaints', 'queue')).toMatchObject({ filter: 'open', cursor: 'c1' })
    expect(screen.queryByText(/加载失败/)).toBeNull()

    taroFake.reachBottom()
    await waitFor(() => expect(screen.getAllByTestId('queue-item')).toHaveLength(5))
    expect(taroFake.lastInput('complaints', 'queue')).toMatchObject({ filter: 'open', cursor: 'c2' })
    expect(screen.getAllByTestId('queue-item').map((r) => r.textContent?.match(/托育园\d/)?.[0])).toEqual(['托育园1', '托育园2', '托育园3', '托育园4', '托育园5'])
    expect(screen.queryByTestId('queue-load-more')).toBeNull()

    // Another filter starts again from its own first page.
    await user.click(screen.getByTestId('queue-filter-all'))
    await waitFor(() => expect(screen.getAllByTestId('queue-item')).toHaveLength(2))
    expect(taroFake.lastInput('complaints', 'queue')).toMatchObject({ filter: 'all' })
    expect(taroFake.lastInput('complaints', 'queue')).not.toHaveProperty('cursor')
    expect(screen.getByTestId('queue-load-more')).toBeInTheDocument()
  })

  it('back from a complaint on page two, reloads as many as it had shown instead of jumping to the top', async () => {
    signInAs('regulator')
    const items = (from: number, count: number) =>
      Array.from({ length: count }, (_, i) => ({
        trackingNo: makeTrackingNumber('ZJ', new Date('2026-11-02T04:00:00Z'), Uint8Array.from([from + i, 1, 2, 3, 4])),
        category: 'food',
        subjectName: `托育园${from + i}`,
        subjectKind: 'filed',
        status: 'submitted',
        departmentCode: 'market',
        departmentName: '市场监督管理局',
        submittedAt: '2026-11-02T04:00:00.000Z',
        dueAt: '2026-12-11T16:00:00.000Z',
        overdue: false,
        heldForReview: false,
        reports: 1
      }))
    const departments = [{ code: 'market', name: '市场监督管理局', phone: '12345', open: 160, overdue: 0 }]
    taroFake.respond('complaints', 'queue', (input) => {
      if (input.cursor) return { data: { items: items(100, 60), nextCursor: null, total: 160, departments } }
      const limit = typeof input.limit === 'number' ? input.limit : 100
      return { data: { items: items(0, limit), nextCursor: limit < 160 ? 'c1' : null, total: 160, departments } }
    })
    const user = userEvent.setup()
    render(<RegulatorQueuePage />)
    expect(await screen.findAllByTestId('queue-item')).toHaveLength(100)
    await user.click(screen.getByTestId('queue-load-more'))
    await waitFor(() => expect(screen.getAllByTestId('queue-item')).toHaveLength(160))

    taroFake.show()
    await waitFor(() => expect(taroFake.lastInput('complaints', 'queue')).toEqual({ filter: 'open', limit: 160 }))
    expect(screen.getAllByTestId('queue-item')).toHaveLength(160)
    expect(screen.queryByTestId('queue-load-more')).toBeNull()
  })

  it('accepts, assigns to a department with a note, and shows internal notes and the audit log', async () => {
    signInAs('regulator')
    taroFake.respond('regions', 'get', () => ({
      data: region('zhuji', { departments: [{ code: 'health', name: '卫生健康局', phone: '12345', hours: '全天', duties: '示例' }, { code: 'market', name: '市场监督管理局', phone: '12345', hours: '全天', duties: '示例' }] })
    }))
    taroFake.respond('complaints', 'inspect', () => ({ data: regulatorView() }))
    taroFake.respond('complaints', 'accept', () => ({ data: regulatorView({ status: 'accepted', availableActions: ['assign', 'close:duplicate', 'close:referred'] }) }))
    taroFake.respond('complaints', 'assign', () => ({ data: regulatorView({ status: 'assigned', departmentCode: 'market', availableActions: ['assign', 'investigate'] }) }))
    taroFake.respond('complaints', 'auditLog', () => ({
      data: { trackingNo: NO, entries: [{ at: '2026-11-23T06:00:00.000Z', kind: 'viewed', actor: 'regulator', actorId: 'user-regulator', actorName: '张科长', internal: true, fromStatus: null, toStatus: null, message: null }] }
    }))
    taroFake.setRouterParams({ no: NO })
    const user = userEvent.setup()
    render(<RegulatorComplaintPage />)
    const file = await screen.findByTestId('regulator-complaint')
    expect(within(file).getByTestId('regulator-contact')).toHaveTextContent('王女士 13800138000')
    expect(file).toHaveTextContent('投诉人要求对机构保密身份')
    const note = screen.getAllByTestId('timeline-event').find((e) => e.getAttribute('data-internal') === 'true')
    expect(note).toHaveTextContent('内部：先电话联系家长')

    await user.click(screen.getByTestId('action-accept'))
    await waitFor(() => expect(screen.getByTestId('regulator-complaint')).toHaveAttribute('data-status', 'accepted'))
    await user.click(screen.getByTestId('action-assign'))
    await user.click(await screen.findByTestId('department-market'))
    await user.type(screen.getByTestId('action-note'), '请市场监管所周四前到现场')
    await user.click(screen.getByTestId('action-confirm'))
    await waitFor(() => expect(screen.getByTestId('regulator-complaint')).toHaveAttribute('data-status', 'assigned'))
    expect(taroFake.lastInput('complaints', 'assign')).toEqual({ trackingNo: NO, departmentCode: 'market', note: '请市场监管所周四前到现场' })

    await user.click(screen.getByTestId('toggle-audit'))
    expect(await screen.findByTestId('audit-entry')).toHaveTextContent('张科长')
  })

  it('shows the server’s refusal of a step in plain words', async () => {
    signInAs('regulator')
    taroFake.respond('regions', 'get', () => ({ data: region('zhuji') }))
    taroFake.respond('complaints', 'inspect', () => ({ data: regulatorView() }))
    taroFake.respond('complaints', 'reject', () => ({
      status: 422,
      envelope: { ok: false, error: { code: 'COMPLAINT_TRANSITION_NOT_ALLOWED', message: '这件投诉目前是“已受理”，不能进行这一步操作，请刷新后查看最新进展。' } }
    }))
    taroFake.setRouterParams({ no: NO })
    const user = userEvent.setup()
    render(<RegulatorComplaintPage />)
    await user.click(await screen.findByTestId('action-reject'))
    await user.type(screen.getByTestId('action-reason'), '不属于本部门职责范围')
    await user.click(screen.getByTestId('action-confirm'))
    expect(await screen.findByTestId('action-error')).toHaveTextContent('目前是“已受理”')
  })
})
