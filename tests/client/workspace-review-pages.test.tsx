import { cleanup, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from '@jest/globals'
import type { ReviewView } from '../../src/domain/registry/registry-schema'
import { todayInChina } from '../../src/domain/shared/clock'
import { PremisesPhotosSection } from '../../src/components/institution/premises-photos'
import ReviewQueuePage from '../../src/pages/regulator/review/index'
import WorkspaceDisclosuresPage from '../../src/pages/workspace/disclosures/index'
import WorkspaceFeesPage from '../../src/pages/workspace/fees/index'
import { signInAs } from './support/booking-data'
import { daysAgo, detail } from './support/sample-data'
import { taroFake } from './support/taro'

const feeReview = (overrides: Partial<ReviewView> = {}): ReviewView => ({
  id: 'rv-1',
  institutionId: 'zj-0001',
  institutionName: '暨阳街道小星星托育园（示例）',
  change: { kind: 'fees', effectiveFrom: '2026-12-10', fees: [{ serviceType: 'full_day', ageBand: 'toddler', unit: 'month', amountFen: 290_000, includesMeals: true }] },
  status: 'pending',
  requestedAt: '2026-12-03T02:00:00.000Z',
  decidedAt: null,
  reason: null,
  ...overrides
})

function openFees(record = detail(), reviews: ReviewView[] = []) {
  signInAs('institution_staff', record.id)
  taroFake.respond('finder', 'get', () => ({ data: record }))
  taroFake.respond('registry', 'myReviews', () => ({ data: { items: reviews } }))
  render(<WorkspaceFeesPage />)
  return userEvent.setup()
}

describe('workspace fees page', () => {
  it('publishes a price from a date in fen, and says it is on the page', async () => {
    taroFake.respond('registry', 'updateFees', () => ({ data: { institutionId: 'zj-0001', outcome: 'published' } }))
    const user = openFees({ ...detail(), isAffordable: false })
    await screen.findByTestId('fee-form')
    expect(screen.queryByTestId('fee-review-note')).toBeNull()
    await user.click(screen.getByTestId('fee-band-toddler'))
    await user.type(screen.getByTestId('fee-amount-input'), '2950.5')
    await user.clear(screen.getByTestId('fee-effective-from'))
    await user.type(screen.getByTestId('fee-effective-from'), '2027-01-01')
    await user.click(screen.getByTestId('fee-publish'))
    expect(await screen.findByTestId('fee-notice')).toHaveTextContent('已发布')
    expect(taroFake.lastInput('registry', 'updateFees')).toEqual({
      institutionId: 'zj-0001',
      effectiveFrom: '2027-01-01',
      fees: [{ serviceType: 'full_day', ageBand: 'toddler', unit: 'month', amountFen: 295_050, includesMeals: true }]
    })
  })

  it('for a 普惠 institution says the change waits for review, and shows what waits and what was turned down', async () => {
    taroFake.respond('registry', 'updateFees', () => ({ data: { institutionId: 'zj-0001', outcome: 'pending_review' } }))
    const user = openFees({ ...detail(), isAffordable: true }, [feeReview(), feeReview({ id: 'rv-0', status: 'rejected', reason: '超过普惠限价（示例）' })])
    expect(await screen.findByTestId('fee-review-note')).toHaveTextContent('审核通过后生效')
    const requests = await screen.findAllByTestId('review-request')
    expect(requests.map((r) => r.getAttribute('data-status'))).toEqual(['pending', 'rejected'])
    expect(requests[0]).toHaveTextContent('2026-12-10起收费：全日托·托小班 ¥2,900/月')
    expect(within(requests[1]!).getByTestId('review-reason')).toHaveTextContent('超过普惠限价（示例）')
    await user.type(screen.getByTestId('fee-amount-input'), '2900')
    expect(screen.getByTestId('fee-effective-from')).toHaveValue(todayInChina())
    await user.click(screen.getByTestId('fee-publish'))
    expect(await screen.findByTestId('fee-notice')).toHaveTextContent('等待监管部门审核')
  })

  it('shows the server’s refusal of a bad date next to the field', async () => {
    taroFake.respond('registry', 'updateFees', () => ({
      status: 400,
      envelope: { ok: false, error: { code: 'EFFECTIVE_DATE_OUT_OF_RANGE', message: '生效日期须在今天到一年之内（2026-12-03 至 2027-12-04）。', field: 'effectiveFrom' } }
    }))
    const user = openFees()
    await user.type(await screen.findByTestId('fee-amount-input'), '2900')
    await user.click(screen.getByTestId('fee-publish'))
    expect(await screen.findByTestId('fee-form-error')).toHaveTextContent('生效日期须在今天到一年之内')
  })
})

describe('regulator review queue', () => {
  it('approves a change, and turns one down only with a reason', async () => {
    signInAs('regulator')
    const classes: ReviewView = feeReview({
      id: 'rv-2',
      change: { kind: 'classes', classes: [{ name: '向日葵班', ageBand: 'toddler', capacity: 15, enrolled: 12, caregivers: 2 }] }
    })
    let items = [feeReview(), classes]
    taroFake.respond('registry', 'reviewQueue', () => ({ data: { items } }))
    taroFake.respond('registry', 'decideReview', (input) => {
      items = items.filter((r) => r.id !== input.reviewId)
      return { data: { reviewId: input.reviewId, status: input.decision === 'approve' ? 'approved' : 'rejected' } }
    })
    const user = userEvent.setup()
    render(<ReviewQueuePage />)
    const cards = await screen.findAllByTestId('review-item')
    expect(cards).toHaveLength(2)
    // 12 children in 托小班 need 3 carers at 1:5; the regulator sees the shortfall before deciding.
    expect(within(cards[1]!).getByTestId('review-ratio')).toHaveAttribute('data-meets', 'false')
    expect(within(cards[1]!).getByTestId('review-ratio')).toHaveTextContent('需保育人员3名，现有2名，不符合配比')
    expect(within(cards[1]!).getByTestId('review-reject')).toHaveAttribute('aria-disabled', 'true')
    await user.type(within(cards[1]!).getByTestId('review-reason-input'), '保育人员不足（示例）')
    await user.click(within(cards[1]!).getByTestId('review-reject'))
    expect(taroFake.lastInput('registry', 'decideReview')).toEqual({ reviewId: 'rv-2', decision: 'reject', reason: '保育人员不足（示例）' })
    await user.click(within((await screen.findAllByTestId('review-item'))[0]!).getByTestId('review-approve'))
    expect(await screen.findByTestId('review-empty')).toHaveTextContent('暂无待审核的变更')
    expect(taroFake.lastInput('registry', 'decideReview')).toEqual({ reviewId: 'rv-1', decision: 'approve' })
  })
})

describe('workspace disclosures page', () => {
  it('nudges items not confirmed for a month and re-dates them in one tap; edits an item', async () => {
    const record = {
      ...detail(),
      disclosures: detail().disclosures.map((d, i) => ({ ...d, updatedOn: i === 0 ? daysAgo(40) : todayInChina() }))
    }
    signInAs('institution_staff', record.id)
    taroFake.respond('finder', 'get', () => ({ data: record }))
    taroFake.respond('registry', 'confirmDisclosures', () => ({ data: { institutionId: record.id } }))
    taroFake.respond('registry', 'updateDisclosure', () => ({ data: { institutionId: record.id } }))
    const user = userEvent.setup()
    render(<WorkspaceDisclosuresPage />)
    const nudge = await screen.findByTestId('disclosure-nudge')
    expect(within(nudge).getAllByTestId('nudge-item')).toHaveLength(1)
    await user.click(within(nudge).getByTestId('disclosures-still-accurate'))
    expect(taroFake.lastInput('registry', 'confirmDisclosures')).toEqual({ institutionId: record.id, keys: [record.disclosures[0]!.key] })

    const key = record.disclosures[0]!.key
    await user.click(within(screen.getByTestId(`disclosure-item-${key}`)).getByText(/更新/))
    await user.clear(screen.getByTestId('disclosure-value'))
    await user.type(screen.getByTestId('disclosure-value'), '按物价部门核定标准收费（示例）')
    await user.click(screen.getByTestId('disclosure-save'))
    expect(taroFake.lastInput('registry', 'updateDisclosure')).toEqual({ institutionId: record.id, key, value: '按物价部门核定标准收费（示例）', removePhoto: false })
  })

  it('orders and removes premises photos, and the institution page shows them', async () => {
    const record = { ...detail(), premisesPhotos: [{ id: 'ph-aaaa', width: 4, height: 3 }, { id: 'ph-bbbb', width: 4, height: 3 }] }
    signInAs('institution_staff', record.id)
    taroFake.respond('finder', 'get', () => ({ data: record }))
    taroFake.respond('registry', 'institutionPhoto', (input) => ({ data: { id: input.photoId, mimeType: 'image/jpeg', data: '/9j/' } }))
    taroFake.respond('registry', 'arrangePremisesPhotos', () => ({ data: { institutionId: record.id } }))
    taroFake.respond('registry', 'removePremisesPhoto', () => ({ data: { institutionId: record.id } }))
    const user = userEvent.setup()
    render(<WorkspaceDisclosuresPage />)
    expect(await screen.findAllByTestId('premises-row')).toHaveLength(2)
    await user.click(screen.getByTestId('premises-up'))
    expect(taroFake.lastInput('registry', 'arrangePremisesPhotos')).toEqual({ institutionId: record.id, photoIds: ['ph-bbbb', 'ph-aaaa'] })
    await user.click(screen.getAllByTestId('premises-remove')[0]!)
    expect(taroFake.lastInput('registry', 'removePremisesPhoto')).toEqual({ institutionId: record.id, photoId: 'ph-aaaa' })
    cleanup()

    render(<PremisesPhotosSection detail={record} />)
    expect(await screen.findAllByTestId('premises-photo')).toHaveLength(2)
    expect(screen.getAllByTestId('premises-photo')[0]).toHaveAttribute('src', 'data:image/jpeg;base64,/9j/')
  })
})
