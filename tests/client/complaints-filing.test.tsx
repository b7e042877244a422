import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import Taro from '@tarojs/taro'
import { afterEach, describe, expect, it } from '@jest/globals'
import { ComplaintEntry } from '../../src/components/complaints/complaint-entry'
import { savedComplaints } from '../../src/components/complaints/saved-complaints'
import { complaintViewSchema, type ComplaintView } from '../../src/domain/complaints/complaint-schema'
import { PHOTO_LIMITS } from '../../src/domain/complaints/photo-rules'
import { makeTrackingNumber } from '../../src/domain/complaints/tracking-number-rules'
import { todayInChina } from '../../src/domain/shared/clock'
import FiledCheckPage from '../../src/pages/complaints/check/index'
import NewComplaintPage from '../../src/pages/complaints/new/index'
import { signInAs } from './support/booking-data'
import { detail, region, regionSummaries } from './support/sample-data'
import { taroFake } from './support/taro'

const TRACKING = makeTrackingNumber('ZJ', new Date('2026-11-23T04:00:00Z'), Uint8Array.from([1, 2, 3, 4, 5]))
const DETAILS = '午睡时老师把孩子一个人关在储物间里，接孩子时发现孩子一直在哭。'

function view(overrides: Partial<ComplaintView> = {}): ComplaintView {
  return complaintViewSchema.parse({
    trackingNo: TRACKING,
    category: 'hygiene_health',
    subject: { kind: 'filed', institutionId: 'zj-0001', name: '暨阳街道小星星托育园（示例）', address: '艮塔东路12号', regionCode: 'zhuji' },
    details: DETAILS,
    incidentDate: '2026-11-22',
    identity: 'named',
    status: 'submitted',
    submittedAt: '2026-11-23T04:00:00.000Z',
    department: { code: 'health', name: '诸暨市卫生健康局', phone: '12345' },
    acceptBy: '2026-11-30T16:00:00.000Z',
    answerBy: null,
    answer: null,
    answeredAt: null,
    outcome: null,
    joined: false,
    reopenUntil: null,
    canReopen: false,
    photos: [],
    timeline: [{ at: '2026-11-23T04:00:00.000Z', kind: 'submitted', actor: 'complainant', message: null, status: 'submitted', via: null }],
    ...overrides
  })
}

function serveInstitution() {
  taroFake.respond('finder', 'get', () => ({ data: detail() }))
  taroFake.respond('complaints', 'duplicates', () => ({ data: { similarOpen: false } }))
}

async function openForm() {
  taroFake.setRouterParams({ institutionId: 'zj-0001' })
  const user = userEvent.setup()
  render(<NewComplaintPage />)
  await screen.findByTestId('complaint-form')
  return user
}

const stubbed = Taro as unknown as Record<string, unknown>
afterEach(() => {
  delete stubbed.chooseMedia
})

describe('filing a complaint', () => {
  it('asks a signed-out parent to sign in before the form', async () => {
    serveInstitution()
    taroFake.respond('account', 'devLogin', (input) => ({
      data: { token: 't', expiresAt: '2099-01-01T00:00:00.000Z', user: { id: 'dev-p', role: input.role, displayName: '示例家长', regionCode: null, institutionId: null } }
    }))
    taroFake.setRouterParams({ institutionId: 'zj-0001' })
    const user = userEvent.setup()
    render(<NewComplaintPage />)
    await user.click(await screen.findByTestId('sign-in'))
    expect(taroFake.lastInput('account', 'devLogin')).toEqual({ role: 'parent' })
    expect(await screen.findByTestId('complaint-form')).toHaveTextContent('暨阳街道小星星托育园（示例）')
  })

  it('opened without an institution, sends the parent to pick one in the finder or to check a place first', async () => {
    const user = userEvent.setup()
    render(<NewComplaintPage />)
    expect(await screen.findByTestId('pick-subject')).toHaveTextContent('要反映哪家机构？')
    expect(screen.queryByTestId('complaint-form')).toBeNull()
    await user.click(screen.getByTestId('go-finder'))
    expect(taroFake.navigations.at(-1)).toEqual({ kind: 'switchTab', url: '/pages/finder/index' })
    await user.click(screen.getByTestId('go-check'))
    expect(taroFake.navigations.at(-1)).toEqual({ kind: 'redirectTo', url: '/pages/complaints/check/index' })
  })

  it('shows 110 before anything else when abuse is suspected, and calls it', async () => {
    signInAs('parent')
    serveInstitution()
    const user = await openForm()
    expect(screen.queryByTestId('emergency-notice')).toBeNull()
    await user.click(screen.getByTestId('category-abuse_neglect'))
    const notice = await screen.findByTestId('emergency-notice')
    const shell = screen.getByTestId('page-shell')
    expect(shell.firstElementChild).toBe(notice)
    await user.click(within(notice).getByTestId('call-110'))
    expect(taroFake.phoneCalls).toEqual(['110'])
  })

  it('says what is missing instead of sending an incomplete complaint', async () => {
    signInAs('parent')
    serveInstitution()
    const user = await openForm()
    await user.click(screen.getByTestId('submit-complaint'))
    expect(screen.getByTestId('complaint-error')).toHaveTextContent('请选择问题类别')
    await user.click(screen.getByTestId('category-food'))
    await user.type(screen.getByTestId('complaint-details'), '饭菜不好吃')
    await user.click(screen.getByTestId('submit-complaint'))
    expect(screen.getByTestId('complaint-error')).toHaveTextContent('至少20字')
    await user.clear(screen.getByTestId('complaint-details'))
    await user.type(screen.getByTestId('complaint-details'), DETAILS)
    await user.click(screen.getByTestId('submit-complaint'))
    expect(screen.getByTestId('complaint-error')).toHaveTextContent('请选择发生日期')
    expect(taroFake.requestsTo('complaints', 'submit')).toHaveLength(0)
  })

  it('uploads photos in parts and sends a named complaint with them, then shows the tracking number', async () => {
    signInAs('parent')
    serveInstitution()
    const bytes = Uint8Array.from({ length: PHOTO_LIMITS.partBytes + 100 }, (_, i) => (i * 31) % 256)
    bytes.set([0xff, 0xd8, 0xff])
    stubbed.chooseMedia = async () => ({ tempFiles: [{ tempFilePath: 'blob:photo-1', size: bytes.length, originalFileObj: { arrayBuffer: async () => bytes.buffer } }] })
    const received: string[] = []
    taroFake.respond('complaints', 'beginPhoto', () => ({ data: { uploadId: 'up-test-0001', partBytes: PHOTO_LIMITS.partBytes, parts: 2 } }))
    taroFake.respond('complaints', 'putPhotoPart', (input) => {
      received.push(String(input.data))
      return { data: { receivedBytes: 0 } }
    })
    taroFake.respond('complaints', 'finishPhoto', () => ({ data: { id: 'ph-test-0001', width: 800, height: 600, bytes: 1000 } }))
    taroFake.respond('complaints', 'submit', () => ({ data: { complaint: view({ photos: [{ id: 'ph-test-0001', width: 800, height: 600, bytes: 1000 }] }), followSecret: null, heldForReview: false } }))

    const user = await openForm()
    await user.click(screen.getByTestId('category-hygiene_health'))
    await user.type(screen.getByTestId('complaint-details'), DETAILS)
    await user.click(screen.getByTestId(`incident-${todayInChina()}`))
    await user.click(screen.getByTestId('add-photo'))
    await waitFor(() => expect(screen.getByTestId('picked-photo')).toHaveAttribute('data-status', 'done'))
    expect(taroFake.requestsTo('complaints', 'putPhotoPart').map((r) => r.input.partIndex)).toEqual([0, 1])
    const sent = Uint8Array.from(received.flatMap((part) => atob(part).split('').map((c) => c.charCodeAt(0))))
    expect(sent).toEqual(bytes)

    await user.click(screen.getByTestId('identity-named'))
    await user.type(screen.getByTestId('contact-name'), '王女士')
    await user.type(screen.getByTestId('contact-phone'), '13800138000')
    await user.click(screen.getByTestId('submit-complaint'))
    expect(await screen.findByTestId('tracking-number')).toHaveTextContent(TRACKING)
    expect(taroFake.lastInput('complaints', 'submit')).toEqual({
      subject: { kind: 'filed', institutionId: 'zj-0001' },
      category: 'hygiene_health',
      details: DETAILS,
      incidentDate: todayInChina(),
      photoIds: ['ph-test-0001'],
      identity: 'named',
      wechatSubscribed: false,
      joinSimilar: false,
      contact: { contactName: '王女士', contactPhone: '13800138000' }
    })
    expect(screen.getByTestId('complaint-submitted')).toHaveTextContent('诸暨市卫生健康局将在 2026年11月30日 前受理')
    expect(screen.queryByTestId('follow-secret')).toBeNull()
    await user.click(screen.getByTestId('view-complaint'))
    expect(taroFake.navigations.at(-1)).toEqual({ kind: 'redirectTo', url: `/pages/complaints/detail/index?no=${TRACKING}` })
  })

  it('shows an anonymous parent the secret once, keeps it on this device, and sends no contact', async () => {
    signInAs('parent')
    serveInstitution()
    taroFake.respond('complaints', 'submit', () => ({ data: { complaint: view({ identity: 'anonymous' }), followSecret: 'AbCdEfGhJkMnPqRs', heldForReview: true } }))
    const user = await openForm()
    await user.click(screen.getByTestId('category-fees_refunds'))
    await user.type(screen.getByTestId('complaint-details'), DETAILS)
    await user.click(screen.getAllByTestId(/^incident-2/)[1]!)
    await user.type(screen.getByTestId('contact-name'), '王女士')
    await user.click(screen.getByTestId('identity-anonymous'))
    expect(screen.queryByTestId('contact-name')).toBeNull()
    await user.click(screen.getByTestId('submit-complaint'))
    expect(await screen.findByTestId('follow-secret')).toHaveTextContent('AbCdEfGhJkMnPqRs')
    expect(screen.getByTestId('complaint-submitted')).toHaveTextContent('人工审核')
    const sent = taroFake.lastInput('complaints', 'submit')
    expect(sent?.identity).toBe('anonymous')
    expect(sent).not.toHaveProperty('contact')
    expect(savedComplaints()).toEqual([expect.objectContaining({ trackingNo: TRACKING, secret: 'AbCdEfGhJkMnPqRs' })])
    await user.click(screen.getByTestId('copy-secret'))
    expect(taroFake.clipboard).toEqual([`${TRACKING} AbCdEfGhJkMnPqRs`])
  })

  it('says a similar complaint is open, without naming it, and joins it when asked', async () => {
    signInAs('parent')
    serveInstitution()
    taroFake.respond('complaints', 'duplicates', (input) => ({ data: { similarOpen: input.category === 'food' } }))
    taroFake.respond('complaints', 'submit', () => ({ data: { complaint: view({ status: 'closed', joined: true }), followSecret: null, heldForReview: false } }))
    const user = await openForm()
    await user.click(screen.getByTestId('category-safety'))
    expect(screen.queryByTestId('duplicate-offer')).toBeNull()
    await user.click(screen.getByTestId('category-food'))
    const offer = await screen.findByTestId('duplicate-offer')
    expect(offer).toHaveTextContent('已有家长反映了类似问题，监管部门会一并处理')
    await user.click(within(offer).getByTestId('add-to-existing'))
    expect(offer).toHaveTextContent('将与类似问题一并处理')
    await user.type(screen.getByTestId('complaint-details'), DETAILS)
    await user.click(screen.getByTestId(`incident-${todayInChina()}`))
    await user.click(screen.getByTestId('submit-complaint'))
    expect(await screen.findByTestId('complaint-submitted')).toHaveTextContent('已与类似问题一并处理')
    expect(taroFake.lastInput('complaints', 'submit')).toMatchObject({ joinSimilar: true, category: 'food' })
  })

  it('says plainly when the day’s five complaints are used up, and where to turn instead', async () => {
    signInAs('parent')
    serveInstitution()
    taroFake.respond('complaints', 'submit', () => ({ status: 429, envelope: { ok: false, error: { code: 'RATE_LIMITED', message: '操作太频繁了，请稍后再试。' } } }))
    const user = await openForm()
    await user.click(screen.getByTestId('category-other'))
    await user.type(screen.getByTestId('complaint-details'), DETAILS)
    await user.click(screen.getByTestId(`incident-${todayInChina()}`))
    await user.click(screen.getByTestId('submit-complaint'))
    expect(await screen.findByTestId('complaint-error')).toHaveTextContent('每人每天最多提交5件投诉')
  })
})

describe('is this place filed?', () => {
  it('lists filed matches, and offers to report a place that is not filed', async () => {
    taroFake.respond('regions', 'list', () => ({ data: regionSummaries() }))
    let matches: unknown[] = [{ institutionId: 'zj-0001', name: '暨阳街道小星星托育园（示例）', address: '艮塔东路12号', filingNumber: '诸卫托备〔2024〕001号' }]
    taroFake.respond('complaints', 'isFiled', () => ({ data: { matches } }))
    taroFake.setRouterParams({ regionCode: 'zhuji' })
    const user = userEvent.setup()
    render(<FiledCheckPage />)
    await screen.findByTestId('check-region-zhuji')
    await user.type(screen.getByTestId('filed-query'), '小星星')
    await user.click(screen.getByTestId('filed-search'))
    expect(await screen.findByTestId('filed-match')).toHaveTextContent('诸卫托备〔2024〕001号')
    expect(taroFake.lastInput('complaints', 'isFiled')).toEqual({ regionCode: 'zhuji', query: '小星星' })
    await user.click(screen.getByTestId('filed-match'))
    expect(taroFake.navigations.at(-1)).toEqual({ kind: 'navigateTo', url: '/pages/institution/index?id=zj-0001' })

    matches = []
    await user.clear(screen.getByTestId('filed-query'))
    await user.type(screen.getByTestId('filed-query'), '阳光托管班')
    await user.click(screen.getByTestId('filed-search'))
    expect(await screen.findByTestId('filed-not-found')).toHaveTextContent('没有找到备案记录')
    await user.click(screen.getByTestId('report-unfiled'))
    expect(taroFake.navigations.at(-1)).toEqual({
      kind: 'navigateTo',
      url: `/pages/complaints/new/index?regionCode=zhuji&name=${encodeURIComponent('阳光托管班')}&category=unregistered`
    })
  })

  it('files an unfiled operator with the name carried over and the region centre when location is denied', async () => {
    signInAs('parent')
    taroFake.respond('regions', 'get', () => ({ data: region('zhuji') }))
    taroFake.respond('complaints', 'submit', () => ({ data: { complaint: view({ category: 'unregistered' }), followSecret: null, heldForReview: false } }))
    taroFake.setRouterParams({ regionCode: 'zhuji', name: encodeURIComponent('阳光托管班'), category: 'unregistered' })
    const user = userEvent.setup()
    render(<NewComplaintPage />)
    expect(await screen.findByTestId('operator-name')).toHaveValue('阳光托管班')
    expect(screen.getByTestId('category-unregistered')).toHaveAttribute('data-selected', 'true')
    await user.type(screen.getByTestId('operator-address'), '暨阳街道某小区3幢一楼')
    // A browser has no map picker to offer.
    expect(screen.queryByTestId('choose-location')).toBeNull()
    await user.click(screen.getByTestId('use-location'))
    expect(await screen.findByText(/按地区中心记录/)).toBeInTheDocument()
    await user.type(screen.getByTestId('complaint-details'), DETAILS)
    await user.click(screen.getByTestId(`incident-${todayInChina()}`))
    await user.click(screen.getByTestId('submit-complaint'))
    await screen.findByTestId('complaint-submitted')
    expect(taroFake.lastInput('complaints', 'submit')?.subject).toEqual({
      kind: 'unfiled',
      regionCode: 'zhuji',
      operatorName: '阳光托管班',
      address: '暨阳街道某小区3幢一楼',
      location: region('zhuji').centre
    })
  })
})

describe('picking the spot of an unfiled operator in the mini-program', () => {
  it('takes the point and address from WeChat’s map (GCJ-02) when the parent picks one', async () => {
    const previous = process.env.TARO_ENV
    process.env.TARO_ENV = 'weapp'
    try {
      signInAs('parent')
      taroFake.respond('regions', 'get', () => ({ data: region('zhuji') }))
      taroFake.respond('complaints', 'submit', () => ({ data: { complaint: view({ category: 'unregistered' }), followSecret: null, heldForReview: false } }))
      taroFake.setRouterParams({ regionCode: 'zhuji', name: encodeURIComponent('阳光托管班'), category: 'unregistered' })
      taroFake.setLocation({ kind: 'ok', latitude: 29.7131, longitude: 120.2417, address: '浙江省绍兴市诸暨市暨阳街道艮塔西路8号' })
      const user = userEvent.setup()
      render(<NewComplaintPage />)
      await user.click(await screen.findByTestId('choose-location'))
      expect(await screen.findByTestId('location-set')).toHaveTextContent('29.7131, 120.2417')
      expect(screen.getByTestId('operator-address')).toHaveValue('浙江省绍兴市诸暨市暨阳街道艮塔西路8号')
      await user.type(screen.getByTestId('complaint-details'), DETAILS)
      await user.click(screen.getByTestId(`incident-${todayInChina()}`))
      await user.click(screen.getByTestId('submit-complaint'))
      await screen.findByTestId('complaint-submitted')
      expect(taroFake.lastInput('complaints', 'submit')?.subject).toMatchObject({ kind: 'unfiled', location: { lat: 29.7131, lng: 120.2417 } })
    } finally {
      process.env.TARO_ENV = previous
    }
  })
})

describe('the institution page entry', () => {
  it('shows upheld complaints as counts by year and category, and opens the form', async () => {
    taroFake.respond('complaints', 'upheldCounts', () => ({ data: { counts: [{ year: 2026, category: 'food', upheld: 2 }] } }))
    const user = userEvent.setup()
    render(<ComplaintEntry institutionId='zj-0001' />)
    expect(await screen.findByTestId('upheld-row')).toHaveTextContent('2026年 · 饮食安全：2件')
    await user.click(screen.getByTestId('complaint-entry-open'))
    expect(taroFake.navigations.at(-1)).toEqual({ kind: 'navigateTo', url: '/pages/complaints/new/index?institutionId=zj-0001' })
  })
})
