import { describe, expect, it } from '@jest/globals'
import type { Database } from '../../src/cloud/db/database'
import { withSlotAdmission } from '../../src/cloud/bookings/slot-admission'

const fakeDb = () => ({}) as Database
const full = () => new Error('SLOT_FULL')

/** A transaction the test ends by hand, so what waits and what runs can be seen at each step. */
function openWork() {
  let finish: (taken: boolean) => void = () => undefined
  const done = new Promise<boolean>((resolve) => (finish = resolve))
  return { work: () => done, finish }
}

const settle = () => new Promise((resolve) => setImmediate(resolve))

describe('slot admission: a rush waits in the process, not on the slot row', () => {
  it('lets in as many as there are free places and tells the rest "full" once the places are taken', async () => {
    const db = fakeDb()
    let free = 2
    const started: number[] = []
    const works = [openWork(), openWork()]
    const outcomes = Array.from({ length: 5 }, (_, i) =>
      withSlotAdmission(db, 'slot-1', 2, async () => free, full, () => {
        started.push(i)
        return (works[i] ?? openWork()).work()
      }).then(
        () => 'booked',
        (error: Error) => error.message
      )
    )
    await settle()
    expect(started).toEqual([0, 1])
    free = 0
    works[0]?.finish(true)
    works[1]?.finish(true)
    expect(await Promise.all(outcomes)).toEqual(['booked', 'booked', 'SLOT_FULL', 'SLOT_FULL', 'SLOT_FULL'])
    expect(started).toEqual([0, 1])
  })

  it('admits a waiter when a transaction ends without taking its place', async () => {
    const db = fakeDb()
    const first = openWork()
    const started: string[] = []
    const one = withSlotAdmission(db, 'slot-2', 1, async () => 1, full, () => {
      started.push('first')
      return first.work()
    })
    const two = withSlotAdmission(db, 'slot-2', 1, async () => 1, full, async () => {
      started.push('second')
      return true
    })
    await settle()
    expect(started).toEqual(['first'])
    first.finish(false)
    await Promise.all([one, two])
    expect(started).toEqual(['first', 'second'])
  })

  it('remembers nothing once nobody waits: a place freed later is offered to the next request', async () => {
    const db = fakeDb()
    await withSlotAdmission(db, 'slot-3', 1, async () => 0, full, async () => true)
    await expect(withSlotAdmission(db, 'slot-3', 1, async () => 1, full, async () => 'booked')).resolves.toBe('booked')
  })
})
