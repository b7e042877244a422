import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Database } from '../../src/cloud/db/database'
import type { User } from '../../src/domain/account/account-schema'
import type { BookingView, SlotBookingRow } from '../../src/domain/bookings/booking-schema'
import type { SlotView } from '../../src/domain/bookings/slot-schema'
import { callAs } from './support/call-action'
import { addChild, book, bookingRowCounts, codeOf, createOffering, createSlot, idempotencyKey, newParent, someInstitutions, staffOf, unwrap } from './support/booking-fixtures'
import { TEST_NOW, testDatabase } from './support/test-database'

// A family may give the institution a way to reach them for one booking; its staff see it on that booking and
// nobody else sees it anywhere.
let db: Database
let staff: User
let otherStaff: User
let slot: SlotView
let later: SlotView

const CONTACT = { contactName: '王女士', contactPhone: '138 0013 8000' }

const bookSharing = (parent: User, slotId: string, childId: string, sharedContact: unknown) =>
  callAs<BookingView>(db, parent, 'bookings', 'book', { slotId, childId, idempotencyKey: idempotencyKey(), sharedContact }, TEST_NOW)

const rowsSeenBy = async (who: User, slotId: string) => unwrap(await callAs<{ bookings: SlotBookingRow[] }>(db, who, 'bookings', 'slotBookings', { slotId }, TEST_NOW)).bookings

beforeAll(async () => {
  db = await testDatabase()
  const [first, second] = await someInstitutions(db, 2)
  staff = staffOf(first!)
  otherStaff = staffOf(second!)
  const offering = await createOffering(db, staff)
  slot = await createSlot(db, staff, offering.id, { date: '2026-11-26', capacity: 5 })
  later = await createSlot(db, staff, offering.id, { date: '2026-11-28', capacity: 5 })
})

describe('a contact shared for a booking', () => {
  it('shows the institution’s staff the contact a family shared, and nothing for a family that shared none', async () => {
    const sharing = newParent('家长甲')
    const quiet = newParent('家长乙')
    const shared = unwrap(await bookSharing(sharing, slot.id, (await addChild(db, sharing)).id, CONTACT))
    const unshared = unwrap(await book(db, quiet, slot.id, (await addChild(db, quiet, '2025-03', '豆豆')).id))
    const rows = await rowsSeenBy(staff, slot.id)
    expect(rows.find((r) => r.id === shared.id)?.sharedContact).toEqual({ contactName: '王女士', contactPhone: '13800138000' })
    expect(rows.find((r) => r.id === unshared.id)?.sharedContact).toBeNull()
  })

  it('keeps it with the booking when the family moves it', async () => {
    const parent = newParent('家长丙')
    const original = unwrap(await bookSharing(parent, slot.id, (await addChild(db, parent)).id, CONTACT))
    const moved = unwrap(await callAs<BookingView>(db, parent, 'bookings', 'reschedule', { bookingId: original.id, slotId: later.id, idempotencyKey: idempotencyKey() }, TEST_NOW))
    expect((await rowsSeenBy(staff, later.id)).find((r) => r.id === moved.id)?.sharedContact).toEqual({ contactName: '王女士', contactPhone: '13800138000' })
  })

  it('is not readable by another institution’s staff, nor by a parent', async () => {
    const other = await callAs(db, otherStaff, 'bookings', 'slotBookings', { slotId: slot.id }, TEST_NOW)
    expect(codeOf(other)).toBe('FORBIDDEN')
    expect(JSON.stringify(other)).not.toContain('13800138000')
    const parent = await callAs(db, newParent('家长丁'), 'bookings', 'slotBookings', { slotId: slot.id }, TEST_NOW)
    expect(codeOf(parent)).toBe('FORBIDDEN')
    expect(JSON.stringify(parent)).not.toContain('13800138000')
  })

  it.each([
    ['a phone that is not a mobile number', { contactName: '王女士', contactPhone: '12345' }],
    ['no name', { contactName: '  ', contactPhone: '13800138000' }],
    ['a name too long', { contactName: '王'.repeat(21), contactPhone: '13800138000' }],
    ['an extra field', { ...CONTACT, wechat: 'wx123' }],
    ['a string instead of a contact', '13800138000']
  ])('refuses %s with a readable message and books nothing', async (_what, sharedContact) => {
    const parent = newParent('家长戊')
    const childId = (await addChild(db, parent)).id
    const before = await bookingRowCounts(db)
    const result = await bookSharing(parent, slot.id, childId, sharedContact)
    expect(codeOf(result)).toBe('INVALID_INPUT')
    if (!result.ok) expect(result.error.message).toMatch(/[\u4e00-\u9fff]/)
    expect(await bookingRowCounts(db)).toEqual(before)
  })
})
