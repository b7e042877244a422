import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Database } from '../../src/cloud/db/database'
import { notify } from '../../src/cloud/inbox/inbox-service'
import type { InboxMessage } from '../../src/domain/inbox/inbox-schema'
import { callAs } from './support/call-action'
import { addChild, book, codeOf, createOffering, createSlot, newParent, someInstitutions, staffOf, unwrap } from './support/booking-fixtures'
import { TEST_NOW, testDatabase } from './support/test-database'

let db: Database
beforeAll(async () => {
  db = await testDatabase()
})

type Page = { messages: InboxMessage[]; nextCursor: string | null; unreadCount: number }

describe('inbox', () => {
  it('gets a confirmation when a booking is made, in plain Chinese, linking to my bookings', async () => {
    const [institution] = await someInstitutions(db, 1)
    const staff = staffOf(institution!)
    const offering = await createOffering(db, staff, { kind: 'hourly', title: '周四上午计时托' })
    const slot = await createSlot(db, staff, offering.id, { date: '2026-11-26' })
    const parent = newParent()
    unwrap(await book(db, parent, slot.id, (await addChild(db, parent, '2025-05', '糖糖')).id))
    const page = unwrap(await callAs<Page>(db, parent, 'inbox', 'list', {}))
    expect(page.unreadCount).toBe(1)
    expect(page.messages[0]).toMatchObject({ topic: 'bookings', title: '预约成功', link: '/pages/bookings/index', readAt: null })
    expect(page.messages[0]?.body).toContain('周四上午计时托')
    expect(page.messages[0]?.body).toContain('11月26日 09:00')
    expect(page.messages[0]?.body).toContain('糖糖')
  })

  it('pages newest first, shows only my own messages and marks only my own read', async () => {
    const me = newParent()
    const someoneElse = newParent()
    const ids: string[] = []
    for (let i = 0; i < 25; i++) {
      const at = new Date(TEST_NOW.getTime() + i * 1000)
      ids.push(await notify(db, { userId: me.id, topic: 'complaints', title: `消息${i}`, body: '内容', link: null }, at))
    }
    const theirs = await notify(db, { userId: someoneElse.id, topic: 'complaints', title: '别人的消息', body: '内容', link: null }, TEST_NOW)

    const first = unwrap(await callAs<Page>(db, me, 'inbox', 'list', { pageSize: 10 }))
    expect(first.messages.map((m) => m.title)).toEqual(Array.from({ length: 10 }, (_, i) => `消息${24 - i}`))
    const rest: InboxMessage[] = []
    let cursor = first.nextCursor
    while (cursor) {
      const page = unwrap(await callAs<Page>(db, me, 'inbox', 'list', { pageSize: 10, cursor }))
      rest.push(...page.messages)
      cursor = page.nextCursor
    }
    expect(rest.map((m) => m.title)).toEqual(Array.from({ length: 15 }, (_, i) => `消息${14 - i}`))
    expect(first.unreadCount).toBe(25)

    const afterMark = unwrap(await callAs<{ unreadCount: number }>(db, me, 'inbox', 'markRead', { ids: [ids[0], theirs] }))
    expect(afterMark.unreadCount).toBe(24)
    expect(unwrap(await callAs<{ unreadCount: number }>(db, someoneElse, 'inbox', 'unreadCount', {})).unreadCount).toBe(1)
    const unread = unwrap(await callAs<Page>(db, me, 'inbox', 'list', { unreadOnly: true, pageSize: 50 }))
    expect(unread.messages).toHaveLength(24)
    expect(unwrap(await callAs<{ unreadCount: number }>(db, me, 'inbox', 'markRead', { all: true })).unreadCount).toBe(0)
    expect(unwrap(await callAs<{ unreadCount: number }>(db, someoneElse, 'inbox', 'unreadCount', {})).unreadCount).toBe(1)
  })

  it('refuses a made-up cursor', async () => {
    expect(codeOf(await callAs(db, newParent(), 'inbox', 'list', { cursor: 'not-a-cursor' }))).toBe('INVALID_INPUT')
  })
})
