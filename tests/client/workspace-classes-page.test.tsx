import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from '@jest/globals'
import type { ReviewView } from '../../src/domain/registry/registry-schema'
import { DisclosureChecklist } from '../../src/components/institution/disclosure-checklist'
import { todayInChina } from '../../src/domain/shared/clock'
import WorkspaceClassesPage from '../../src/pages/workspace/classes/index'
import { signInAs } from './support/booking-data'
import { detail } from './support/sample-data'
import { taroFake, type FakeAnswer } from './support/taro'

const classesReview = (overrides: Partial<ReviewView> = {}): ReviewView => ({
  id: 'rv-1',
  institutionId: 'zj-0001',
  institutionName: '暨阳街道小星星托育园（示例）',
  change: { kind: 'classes', classes: [{ name: '托小一班', ageBand: 'toddler', capacity: 15, enrolled: 15, caregivers: 2 }] },
  status: 'rejected',
  requestedAt: '2026-12-03T02:00:00.000Z',
  decidedAt: '2026-12-03T03:00:00.000Z',
  reason: '保育人员不足（示例）',
  ...overrides
})

function openClasses(reviews: ReviewView[] = [], answer: FakeAnswer = { data: { institutionId: 'zj-0001', outcome: 'pending_review' } }) {
  const record = detail()
  signInAs('institution_staff', record.id)
  taroFake.respond('finder', 'get', () => ({ data: record }))
  taroFake.respond('registry', 'myReviews', () => ({ data: { items: reviews } }))
  taroFake.respond('registry', 'updateClasses', () => answer)
  render(<WorkspaceClassesPage />)
  return userEvent.setup()
}

describe('workspace classes page', () => {
  it('edits a class, adds and removes one, and sends the whole list for review', async () => {
    const user = openClasses()
    expect(await screen.findAllByTestId('class-row')).toHaveLength(2)
    await user.clear(screen.getByTestId('class-name-0'))
    await user.type(screen.getByTestId('class-name-0'), '向日葵班')
    await user.click(screen.getByTestId('class-band-0-mixed'))
    await user.clear(screen.getByTestId('class-enrolled-0'))
    await user.type(screen.getByTestId('class-enrolled-0'), '10')
    await user.click(screen.getByTestId('class-remove-1'))
    await user.click(screen.getByTestId('class-add'))
    await user.type(screen.getByTestId('class-name-1'), '乳儿班')
    await user.click(screen.getByTestId('class-band-1-infant'))
    await user.type(screen.getByTestId('class-capacity-1'), '9')
    await user.type(screen.getByTestId('class-enrolled-1'), '6')
    await user.type(screen.getByTestId('class-caregivers-1'), '2')
    expect(screen.queryByTestId('classes-ratio-warning')).toBeNull()
    await user.click(screen.getByTestId('classes-submit'))
    expect(await screen.findByTestId('classes-notice')).toHaveTextContent('等待监管部门审核')
    expect(taroFake.lastInput('registry', 'updateClasses')).toEqual({
      institutionId: 'zj-0001',
      classes: [
        { name: '向日葵班', ageBand: 'mixed', capacity: 15, enrolled: 10, caregivers: 3 },
        { name: '乳儿班', ageBand: 'infant', capacity: 9, enrolled: 6, caregivers: 2 }
      ]
    })
  })

  it('flags a class below the carer ratio before it is sent, and clears the flag once carers are added', async () => {
    const user = openClasses()
    // 托大一班: 18 children at 1:7 need 3 carers; the sample has 2.
    const ratios = await screen.findAllByTestId('class-ratio')
    expect(ratios.map((r) => r.getAttribute('data-meets'))).toEqual(['true', 'false'])
    expect(ratios[1]).toHaveTextContent('托大一班：需保育人员3名，现有2名，不符合配比')
    expect(screen.getByTestId('classes-ratio-warning')).toHaveTextContent('托大一班的保育人员不足配比要求')
    await user.clear(screen.getByTestId('class-caregivers-1'))
    await user.type(screen.getByTestId('class-caregivers-1'), '3')
    expect(screen.getAllByTestId('class-ratio')[1]).toHaveAttribute('data-meets', 'true')
    expect(screen.queryByTestId('classes-ratio-warning')).toBeNull()
  })

  it('shows a turned-down request with its reason, and one that waits', async () => {
    openClasses([classesReview(), classesReview({ id: 'rv-2', status: 'pending', reason: null, decidedAt: null })])
    const requests = await screen.findAllByTestId('review-request')
    expect(requests.map((r) => r.getAttribute('data-status'))).toEqual(['rejected', 'pending'])
    expect(requests[0]).toHaveTextContent('未通过')
    expect(within(requests[0]!).getByTestId('review-reason')).toHaveTextContent('未通过原因：保育人员不足（示例）')
    expect(requests[1]).toHaveTextContent('待审核')
    expect(requests[1]).toHaveTextContent('托小一班 15/15人，保育人员2名')
  })

  it('shows the server’s refusal in words a person can read', async () => {
    const user = openClasses([], {
      status: 400,
      envelope: { ok: false, error: { code: 'INVALID_INPUT', message: '在托幼儿人数不能多于班额。', field: 'classes.0.enrolled' } }
    })
    // 2 carers typed into 21: refused before anything is sent, naming the field.
    await user.type(await screen.findByTestId('class-caregivers-1'), '1')
    await user.click(screen.getByTestId('classes-submit'))
    expect(await screen.findByTestId('classes-form-error')).toHaveTextContent('“保育人员”不能大于 20')
    expect(taroFake.lastInput('registry', 'updateClasses')).toBeUndefined()
    await user.clear(screen.getByTestId('class-caregivers-1'))
    await user.type(screen.getByTestId('class-caregivers-1'), '3')
    await user.click(screen.getByTestId('classes-submit'))
    expect(await screen.findByTestId('classes-form-error')).toHaveTextContent('在托幼儿人数不能多于班额。')
    expect(screen.queryByTestId('classes-notice')).toBeNull()
  })

  it('says so readably when the connection drops', async () => {
    const user = openClasses([], 'network-down')
    await user.click(await screen.findByTestId('classes-submit'))
    const error = await screen.findByTestId('classes-form-error')
    expect(error.textContent).toMatch(/网络/)
    expect(error.textContent).not.toMatch(/undefined|Error|\{/)
  })
})

describe('institution page disclosures', () => {
  it('shows the photo of a notice next to its disclosure, and none where there is no photo', async () => {
    const record = { ...detail(), disclosures: detail().disclosures.map((d, i) => (i === 0 ? { ...d, photoId: 'ph-notice' } : d)) }
    taroFake.respond('registry', 'institutionPhoto', (input) => ({ data: { id: input.photoId, mimeType: 'image/jpeg', data: '/9j/' } }))
    render(<DisclosureChecklist detail={record} today={todayInChina()} />)
    const withPhoto = screen.getByTestId(`disclosure-${record.disclosures[0]!.key}`)
    expect(await within(withPhoto).findByTestId('premises-photo')).toHaveAttribute('src', 'data:image/jpeg;base64,/9j/')
    expect(taroFake.lastInput('registry', 'institutionPhoto')).toEqual({ institutionId: record.id, photoId: 'ph-notice' })
    expect(within(screen.getByTestId(`disclosure-${record.disclosures[1]!.key}`)).queryByTestId('disclosure-photo')).toBeNull()
  })
})
