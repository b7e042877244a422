import { beforeAll, describe, expect, it } from '@jest/globals'
import { eventually } from '../support/eventually'
import type { Database } from '../../src/cloud/db/database'
import { startUpkeep } from '../../src/cloud/app/upkeep'
import type { InboxMessage } from '../../src/domain/inbox/inbox-schema'
import { callAs } from './support/call-action'
import { addChild, book, createOffering, createSlot, newParent, someInstitutions, staffOf, unwrap } from './support/booking-fixtures'
import { testDatabase } from './support/test-database'

let db: Database
beforeAll(async () => {
  db = await testDatabase()
})

describe('the upkeep timer of a running server', () => {
  it('send a due reminder once, however many times they tick', async () => {
    const [institution] = await someInstitutions(db, 1)
    const staff = staffOf(institution!)
    const offering = await createOffering(db, staff)
    const slot = await createSlot(db, staff, offering.id, { date: '2026-11-27' })
    const parent = newParent()
    unwrap(await book(db, parent, slot.id, (await addChild(db, parent)).id))
    const dayBefore = new Date(Date.parse(slot.startsAt) - 20 * 3_600_000)
    const reminders = async () =>
      unwrap(await callAs<{ messages: InboxMessage[] }>(db, parent, 'inbox', 'list', {}, dayBefore)).messages.filter((m) => m.title === '预约提醒')

    const stop = startUpkeep(db, { intervalMs: 20, now: () => dayBefore })
    try {
      await eventually(reminders, { timeout: 10_000 }).toHaveLength(1)
      await new Promise((resolve) => setTimeout(resolve, 200))
    } finally {
      stop()
    }
    expect(await reminders()).toHaveLength(1)
  })
})
