import { describe, expect, it } from '@jest/globals'
import { bookFlowReducer, initialBookFlow, type BookFlowAction, type BookFlowState } from '../../src/components/bookings/book-flow-state'
import { ApiError } from '../../src/services/api-error'

const run = (...actions: BookFlowAction[]): BookFlowState => actions.reduce(bookFlowReducer, initialBookFlow)
const picked: BookFlowAction[] = [
  { type: 'chooseOffering', offeringId: 'of-aaaa' },
  { type: 'bookableDays', days: ['2026-12-09', '2026-12-08'] },
  { type: 'chooseSlot', slotId: 'sl-1111' },
  { type: 'chooseChild', childId: 'ch-1111' }
]
const keyed: BookFlowAction = { type: 'keyed', key: 'key-1', wechatReminder: true }

describe('the booking flow as the parent steps through it', () => {
  it('opens on the first bookable day and keeps a chosen day while it stays bookable', () => {
    expect(run(...picked).date).toBe('2026-12-08')
    const onNinth = run(...picked, { type: 'chooseDate', date: '2026-12-09' })
    expect(onNinth.slotId).toBeNull()
    expect(bookFlowReducer(onNinth, { type: 'bookableDays', days: ['2026-12-09', '2026-12-10'] }).date).toBe('2026-12-09')
    expect(bookFlowReducer(onNinth, { type: 'bookableDays', days: ['2026-12-10'] }).date).toBe('2026-12-10')
    expect(bookFlowReducer(onNinth, { type: 'bookableDays', days: [] }).date).toBeNull()
  })

  it('starts afresh on another service: no day, no slot', () => {
    const next = run(...picked, { type: 'chooseOffering', offeringId: 'of-bbbb' })
    expect(next).toMatchObject({ chosenOffering: 'of-bbbb', date: null, slotId: null })
  })

  it('retries a lost answer with the same key, so one tap never books twice', () => {
    const lost = run(...picked, keyed, { type: 'sent' }, { type: 'failed', error: new ApiError('NETWORK', 'offline'), keepKey: true })
    expect(lost).toMatchObject({ busy: false, request: { key: 'key-1', wechatReminder: true } })
    expect(lost.error?.code).toBe('NETWORK')
    expect(bookFlowReducer(lost, { type: 'sent' })).toMatchObject({ busy: true, error: null, request: { key: 'key-1' } })
  })

  it('sends a refused booking or a new choice as a new request', () => {
    const refused = run(...picked, keyed, { type: 'sent' }, { type: 'failed', error: new ApiError('SLOT_FULL', 'full'), keepKey: false })
    expect(refused.request).toBeNull()
    expect(refused.error?.code).toBe('SLOT_FULL')
    for (const change of [
      { type: 'chooseSlot', slotId: 'sl-2222' },
      { type: 'chooseChild', childId: null },
      { type: 'childAdded', childId: 'ch-2222' },
      { type: 'chooseOffering', offeringId: 'of-bbbb' }
    ] as BookFlowAction[]) {
      expect(run(...picked, keyed, change)).toMatchObject({ request: null, error: null })
    }
    // Tapping the slot already chosen is no new choice.
    expect(run(...picked, keyed, { type: 'chooseSlot', slotId: 'sl-1111' }).request?.key).toBe('key-1')
  })

  it('picks a child just added and closes the form', () => {
    const added = run(...picked, { type: 'addChild', open: true }, { type: 'childAdded', childId: 'ch-2222' })
    expect(added).toMatchObject({ addingChild: false, childId: 'ch-2222' })
  })

  it('books another from the outcome: back to slots on the same day', () => {
    const booked = run(...picked, keyed, { type: 'sent' }, { type: 'done', outcome: { kind: 'waiting', entry: {} as never } })
    expect(booked).toMatchObject({ busy: false, outcome: { kind: 'waiting' } })
    expect(bookFlowReducer(booked, { type: 'bookAnother' })).toMatchObject({ outcome: null, slotId: null, request: null, date: '2026-12-08', childId: 'ch-1111' })
  })
})
