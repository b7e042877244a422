import { cleanup, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import Taro from '@tarojs/taro'
import { afterEach, describe, expect, it } from '@jest/globals'
import { ComplaintEntry } from '../../src/components/complaints/complaint-entry'
import { newDraft } from '../../src/components/complaints/complaint-draft'
import { keepDraft, restoreDraft } from '../../src/components/complaints/kept-draft'
import { savedComplaints } from '../../src/components/complaints/saved-complaints'
import { complaintViewSchema, type ComplaintView } from '../../src/domain/complaints/complaint-schema'
import { makeTrackingNumber } from '../../src/domain/complaints/tracking-number-rules'
import { todayInChina } from '../../src/domain/shared/clock'
import FiledCheckPage from '../../src/pages/complaints/check/index'
import NewComplaintPage from '../../src/pages/complaints/new/index'
import { useSessionStore } from '../../src/stores/session-store'
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
const TICKET = `pt-${'T'.repeat(43)}`
const UPLOADED = { id: 'ph-test-0001', width: 2048, height: 1536, bytes: 420_000 }

/**
 * jsdom draws nothing: the browser's image decoding and canvas are stood in for, recording the size each
 * picture is drawn at and how it is encoded.
 */
const browserImages = {
  drawn: [] as { width: number; height: number; type: string | undefined; quality: number | undefined }[],
  install(size = { width: 4032, height: 3024 }) {
    this.drawn = []
    const drawn = this.drawn
    Object.assign(globalThis, { createImageBitmap: async () => ({ ...size, close: () => undefined }) })
    Object.assign(HTMLCanvasElement.prototype, {
      getContext: () => ({ drawImage: () => undefined }),
      toBlob(this: HTMLCanvasElement, done: (blob: Blob | null) => void, type?: string, quality?: number) {
        drawn.push({ width: this.width, height: this.height, type, quality })
        done(new Blob(['jpeg'], { type }))
      }
    })
    Object.assign(URL, { createObjectURL: () => `blob:compressed-${drawn.length}` })
  }
}

/** The parent picks these files in the chooser. */
function pickFiles(...files: Blob[]) {
  browserImages.install()
  stubbed.chooseMedia = async () => ({
    tempFiles: files.map((file, i) => ({ tempFilePath: `blob:picked-${i + 1}`, size: file.size, fileType: 'image', originalFileObj: file }))
  })
}

/** Opens the form and fills in everything but photos and identity. */
async function fillForm() {
  const user = await openForm()
  await user.click(screen.getByTestId('category-hygiene_health'))
  await user.type(screen.getByTestId('complaint-details'), DETAILS)
  await user.click(screen.getByTestId(`incident-${todayInChina()}`))
  return user
}

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

  it('compresses a photo on the phone, uploads it in one request and sends a named complaint with its ticket', async () => {
    signInAs('parent')
    serveInstitution()
    pickFiles(new Blob([new Uint8Array(6 * 1024 * 1024)], { type: 'image/jpeg' }))
    taroFake.respond('upload', 'complaint-photo', () => ({ data: { ...UPLOADED, ticket: TICKET } }))
    taroFake.respond('complaints', 'submit', () => ({ data: { complaint: view({ photos: [UPLOADED] }), followSecret: null, heldForReview: false } }))

    const user = await fillForm()
    await user.click(screen.getByTestId('add-photo'))
    await waitFor(() => expect(screen.getByTestId('picked-photo')).toHaveAttribute('data-status', 'done'))
    // A 4032×3024 camera photo is drawn at 2048×1536 and encoded as JPEG at 0.8 before anything is sent.
    expect(browserImages.drawn).toEqual([{ width: 2048, height: 1536, type: 'image/jpeg', quality: 0.8 }])
    expect(taroFake.requestsTo('upload', 'complaint-photo')).toEqual([
      { fn: 'upload', action: 'complaint-photo', input: { filePath: 'blob:compressed-1', name: 'file' }, header: { Authorization: expect.stringMatching(/^Bearer /) } }
    ])
    expect(screen.queryByTestId('retry-photo')).toBeNull()

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
      photoTickets: [TICKET],
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

  it('keeps a begun complaint when the parent taps back, restores it with 已恢复草稿, and forgets it once sent', async () => {
    signInAs('parent')
    serveInstitution()
    pickFiles(new Blob([new Uint8Array(1000)], { type: 'image/jpeg' }))
    taroFake.respond('upload', 'complaint-photo', () => ({ data: { ...UPLOADED, ticket: TICKET } }))
    taroFake.respond('complaints', 'submit', () => ({ data: { complaint: view({ photos: [UPLOADED] }), followSecret: null, heldForReview: false } }))
    let user = await fillForm()
    expect(screen.queryByTestId('draft-restored')).toBeNull()
    await user.click(screen.getByTestId('add-photo'))
    await waitFor(() => expect(screen.getByTestId('picked-photo')).toHaveAttribute('data-status', 'done'))
    // Back, and in again: everything but the photo's bytes comes back, the photo by its ticket.
    cleanup()
    user = await openForm()
    expect(screen.getByTestId('draft-restored')).toHaveTextContent('已恢复草稿')
    expect(screen.getByTestId('complaint-details')).toHaveValue(DETAILS)
    expect(screen.getByTestId('picked-photo')).toHaveAttribute('data-status', 'done')
    expect(taroFake.requestsTo('upload', 'complaint-photo')).toHaveLength(1)
    await user.click(screen.getByTestId('submit-complaint'))
    await screen.findByTestId('tracking-number')
    expect(taroFake.lastInput('complaints', 'submit')).toMatchObject({ category: 'hygiene_health', details: DETAILS, incidentDate: todayInChina(), photoTickets: [TICKET] })
    cleanup()
    await openForm()
    expect(screen.queryByTestId('draft-restored')).toBeNull()
    expect(screen.getByTestId('complaint-details')).toHaveValue('')
  })

  it('clears a restored draft on 清空, and keeps each account’s draft to itself', async () => {
    signInAs('parent')
    serveInstitution()
    const user = await fillForm()
    cleanup()
    await openForm()
    expect(screen.getByTestId('complaint-details')).toHaveValue(DETAILS)
    await user.click(screen.getByTestId('clear-draft'))
    expect(screen.queryByTestId('draft-restored')).toBeNull()
    expect(screen.getByTestId('complaint-details')).toHaveValue('')
    cleanup()
    await openForm()
    expect(screen.queryByTestId('draft-restored')).toBeNull()

    await user.type(screen.getByTestId('complaint-details'), DETAILS)
    cleanup()
    useSessionStore.getState().signIn({
      token: 'another-token',
      expiresAt: '2099-01-01T00:00:00.000Z',
      user: { id: 'user-another-parent', role: 'parent', displayName: '另一位家长', regionCode: null, institutionId: null }
    })
    await openForm()
    expect(screen.queryByTestId('draft-restored')).toBeNull()
    expect(screen.getByTestId('complaint-details')).toHaveValue('')
  })

  it('drops a kept photo whose ticket the server no longer holds', () => {
    const subject = { kind: 'filed' as const, institutionId: 'zj-0001', name: '示例', address: '示例路1号' }
    const fresh = newDraft(subject)
    const photo = { key: 'p', previewPath: 'blob:p', status: 'done' as const, ticket: TICKET, error: null, source: { tempFilePath: 'blob:p', size: 1 } }
    keepDraft('user-parent', subject, { ...fresh, details: DETAILS, photos: [photo] }, 'food', 0)
    expect(restoreDraft('user-parent', subject, fresh, 10 * 60_000)?.draft.photos).toHaveLength(1)
    const later = restoreDraft('user-parent', subject, fresh, 60 * 60_000)
    expect(later?.draft.details).toBe(DETAILS)
    expect(later?.draft.photos).toEqual([])
    expect(restoreDraft('user-parent', { ...subject, institutionId: 'zj-0002' }, fresh, 0)).toBeNull()
  })

  it('keeps a photo that failed to upload on screen, marked, with the reason and 重试, and will not send without it', async () => {
    signInAs('parent')
    serveInstitution()
    pickFiles(new Blob([new Uint8Array(1000)], { type: 'image/jpeg' }))
    let attempts = 0
    taroFake.respond('upload', 'complaint-photo', () => {
      attempts += 1
      return attempts === 1 ? 'network-down' : { data: { ...UPLOADED, ticket: TICKET } }
    })
    taroFake.respond('complaints', 'submit', () => ({ data: { complaint: view({ photos: [UPLOADED] }), followSecret: null, heldForReview: false } }))

    const user = await fillForm()
    await user.click(screen.getByTestId('add-photo'))
    await waitFor(() => expect(screen.getByTestId('picked-photo')).toHaveAttribute('data-status', 'failed'))
    expect(screen.getByTestId('photo-state')).toHaveTextContent('上传失败')
    expect(screen.getByTestId('photo-error')).toHaveTextContent('网络连接不畅')
    await user.click(screen.getByTestId('submit-complaint'))
    expect(screen.getByTestId('complaint-error')).toHaveTextContent('请点“重试”或删除这张照片')
    expect(taroFake.requestsTo('complaints', 'submit')).toHaveLength(0)

    await user.click(screen.getByTestId('retry-photo'))
    await waitFor(() => expect(screen.getByTestId('picked-photo')).toHaveAttribute('data-status', 'done'))
    expect(taroFake.requestsTo('upload', 'complaint-photo')).toHaveLength(2)
    await user.click(screen.getByTestId('submit-complaint'))
    expect(await screen.findByTestId('tracking-number')).toHaveTextContent(TRACKING)
    expect(taroFake.lastInput('complaints', 'submit')?.photoTickets).toEqual([TICKET])
  })

  it('sends the complaint without a failed photo once the parent removes it', async () => {
    signInAs('parent')
    serveInstitution()
    pickFiles(new Blob([new Uint8Array(1000)], { type: 'image/jpeg' }))
    taroFake.respond('upload', 'complaint-photo', () => ({
      status: 429,
      envelope: { ok: false, error: { code: 'RATE_LIMITED', message: '操作太频繁了，请稍后再试。' } }
    }))
    taroFake.respond('complaints', 'submit', () => ({ data: { complaint: view(), followSecret: null, heldForReview: false } }))

    const user = await fillForm()
    await user.click(screen.getByTestId('add-photo'))
    await waitFor(() => expect(screen.getByTestId('photo-error')).toHaveTextContent('操作太频繁了'))
    await user.click(screen.getByTestId('remove-photo'))
    expect(screen.queryByTestId('picked-photo')).toBeNull()
    await user.click(screen.getByTestId('submit-complaint'))
    expect(await screen.findByTestId('tracking-number')).toHaveTextContent(TRACKING)
    expect(taroFake.lastInput('complaints', 'submit')?.photoTickets).toEqual([])
  })

  it('turns away a file that is not a picture with a message, and sends nothing', async () => {
    signInAs('parent')
    serveInstitution()
    pickFiles(new Blob(['%PDF-1.7'], { type: 'application/pdf' }))
    const user = await fillForm()
    await user.click(screen.getByTestId('add-photo'))
    expect(await screen.findByTestId('photo-notice')).toHaveTextContent('只能添加照片')
    expect(screen.queryByTestId('picked-photo')).toBeNull()
    expect(taroFake.requestsTo('upload', 'complaint-photo')).toHaveLength(0)
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
