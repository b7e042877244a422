import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Database } from '../../src/cloud/db/database'
import { sendDueReminders } from '../../src/cloud/bookings/reminder-service'
import type { SubscribeGateway, SubscribeReminder } from '../../src/cloud/bookings/wechat-subscribe-gateway'
import type { User } from '../../src/domain/account/account-schema'
import type { InboxMessage } from '../../src/domain/inbox/inbox-schema'
import { callAs } from './support/call-action'
import { addChild, createOffering, createSlot, idempotencyKey, newParent, someInstitutions, staffOf, unwrap } from './support/booking-fixtures'
import { testDatabase } from './support/test-database'

let db: Database
beforeAll(async () => {
  db = await testDatabase()
})

/** A parent who signed in through WeChat, so the server knows their openid. */
async function wechatParent(): Promise<User> {
  const parent = newParent('微信家长')
  await db.query(`INSERT INTO users (id, role, display_name, openid) VALUES ($1, 'parent', $2, $3)`, [parent.id, parent.displayName, `o-${parent.id}`])
  return parent
}

function recordingGateway(fail = false): SubscribeGateway & { sent: SubscribeReminder[] } {
  const sent: SubscribeReminder[] = []
  return {
    sent,
    async send(reminder) {
      sent.push(reminder)
      if (fail) throw new Error('errcode 43101: user refuse to accept the msg')
    }
  }
}

describe('WeChat reminders', () => {
  it('go once, to parents who allowed them at the confirm tap, alongside the inbox reminders', async () => {
    const [institution] = await someInstitutions(db, 1)
    const staff = staffOf(institution!)
    const offering = await createOffering(db, staff, { kind: 'hourly', title: '周五上午计时托' })
    const slot = await createSlot(db, staff, offering.id, { date: '2026-11-27' })
    const allowed = await wechatParent()
    const declined = await wechatParent()
    for (const [parent, wechatReminder] of [[allowed, true], [declined, false]] as const) {
      const child = await addChild(db, parent)
      unwrap(await callAs(db, parent, 'bookings', 'book', { slotId: slot.id, childId: child.id, idempotencyKey: idempotencyKey(), wechatReminder }))
    }

    const gateway = recordingGateway()
    const dayBefore = new Date(Date.parse(slot.startsAt) - 23 * 3_600_000)
    await Promise.all([sendDueReminders(db, dayBefore, gateway), sendDueReminders(db, dayBefore, gateway)])
    expect(gateway.sent).toEqual([
      { openid: `o-${allowed.id}`, page: '/pages/bookings/index', title: '周五上午计时托', startsAt: '2026-11-27 09:00', place: expect.any(String) }
    ])

    // The two-hour reminder still reaches the inbox; the one-time WeChat permission is spent.
    const twoHoursBefore = new Date(Date.parse(slot.startsAt) - 90 * 60_000)
    await sendDueReminders(db, twoHoursBefore, gateway)
    expect(gateway.sent).toHaveLength(1)
    for (const parent of [allowed, declined]) {
      const inbox = unwrap(await callAs<{ messages: InboxMessage[] }>(db, parent, 'inbox', 'list', {}, twoHoursBefore)).messages
      expect(inbox.filter((m) => m.title === '预约提醒')).toHaveLength(2)
    }
  })

  it('keep the inbox reminder when WeChat refuses the message', async () => {
    const [institution] = await someInstitutions(db, 1)
    const staff = staffOf(institution!)
    const offering = await createOffering(db, staff)
    const slot = await createSlot(db, staff, offering.id, { date: '2026-11-28', startTime: '10:00', endTime: '12:00' })
    const parent = await wechatParent()
    const child = await addChild(db, parent)
    unwrap(await callAs(db, parent, 'bookings', 'book', { slotId: slot.id, childId: child.id, idempotencyKey: idempotencyKey(), wechatReminder: true }))
    const dayBefore = new Date(Date.parse(slot.startsAt) - 23 * 3_600_000)
    const gateway = recordingGateway(true)
    await sendDueReminders(db, dayBefore, gateway)
    expect(gateway.sent).toHaveLength(1)
    const inbox = unwrap(await callAs<{ messages: InboxMessage[] }>(db, parent, 'inbox', 'list', {}, dayBefore)).messages
    expect(inbox.filter((m) => m.title === '预约提醒')).toHaveLength(1)
  })
})
