import { describe, expect, it } from '@jest/globals'
import { decodeQueueCursor, encodeQueueCursor, isOverdue, type QueueCursor } from '../../src/domain/complaints/queue-order-rules'

const ID = 'cp-0f8fad5b-d9cb-469f-a165-70867728950e'
const cursor = (overrides: Partial<QueueCursor> = {}): QueueCursor => ({
  filter: 'open',
  departmentCode: 'health',
  after: { dueAt: '2026-11-30T16:00:00.000Z', submittedAt: '2026-11-23T04:00:00.000Z', id: ID },
  ...overrides
})

describe('queue cursor', () => {
  it('round-trips, with and without a deadline or department', () => {
    for (const c of [cursor(), cursor({ departmentCode: null }), cursor({ filter: 'all', after: { dueAt: null, submittedAt: '2026-11-02T02:00:00.000Z', id: ID } })]) {
      const text = encodeQueueCursor(c)
      expect(text.length).toBeLessThanOrEqual(200)
      expect(decodeQueueCursor(text, { filter: c.filter, departmentCode: c.departmentCode })).toEqual(c)
    }
  })

  it('is refused for another filter or department', () => {
    const text = encodeQueueCursor(cursor())
    expect(decodeQueueCursor(text, { filter: 'all', departmentCode: 'health' })).toBeNull()
    expect(decodeQueueCursor(text, { filter: 'open', departmentCode: null })).toBeNull()
    expect(decodeQueueCursor(text, { filter: 'open', departmentCode: 'market' })).toBeNull()
  })

  it('refuses times that do not read back the same', () => {
    const text = encodeQueueCursor(cursor()).replace('2026-11-30T16:00:00.000Z', '2026-02-30T16:00:00.000Z')
    expect(decodeQueueCursor(text, { filter: 'open', departmentCode: 'health' })).toBeNull()
  })
})

describe('overdue', () => {
  it('is a deadline already passed; nothing due never is', () => {
    const now = new Date('2026-11-23T04:00:00.000Z')
    expect(isOverdue('2026-11-23T03:59:59.999Z', now)).toBe(true)
    expect(isOverdue('2026-11-23T04:00:00.000Z', now)).toBe(false)
    expect(isOverdue(null, now)).toBe(false)
  })
})
