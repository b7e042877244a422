import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Database } from '../../src/cloud/db/database'
import type { User } from '../../src/domain/account/account-schema'
import type { BookingView } from '../../src/domain/bookings/booking-schema'
import type { SlotView } from '../../src/domain/bookings/slot-schema'
import { callAs } from './support/call-action'
import { addChild, book, codeOf, createOffering, createSlot, idempotencyKey, newParent, someInstitutions, staffOf, unwrap } from './support/booking-fixtures'
import { testDatabase } from './support/test-database'
import { setProcessTimeZone } from '../support/time-zone'

// The server runs in UTC (or anywhere else); every rule must still follow the calendar and clock in China.
describe.each(['UTC', 'America/New_York'])('booking rules with the process in %s', (zone) => {
  let db: Database
  let staff: User
  let otherStaff: User
  beforeAll(async () => {
    setProcessTimeZone(zone)
    db = await testDatabase()
    const [first, second] = await someInstitutions(db, 2)
    staff = staffOf(first!)
    otherStaff = staffOf(second!)
  })
  afterAll(() => {
    setProcessTimeZone(undefined)
  })

  it('runs in the zone it claims to', () => {
    expect(new Date('2026-07-01T00:00:00Z').getTimezoneOffset()).toBe(zone === 'UTC' ? 0 : 240)
  })

  it('opens the booking window at 08:00 in China, N days ahead, to the second', async () => {
    const offering = await createOffering(db, staff)
    // Thursday 3 Dec 2026, 09:00 China; 7 days ahead at 08:00 China is 26 Nov 00:00 UTC.
    const slot = await createSlot(db, staff, offering.id, { date: '2026-12-03', windowDaysAhead: 7, windowOpensAt: '08:00' })
    expect(slot.startsAt).toBe('2026-12-03T01:00:00.000Z')
    expect(slot.windowOpensAtInstant).toBe('2026-11-26T00:00:00.000Z')
    const parent = newParent()
    const child = await addChild(db, parent)

    const early = await book(db, parent, slot.id, child.id, idempotencyKey(), new Date('2026-11-25T23:59:59.000Z'))
    expect(codeOf(early)).toBe('BOOKING_WINDOW_NOT_OPEN')
    if (!early.ok) expect(early.error.message).toContain('11月26日 08:00')
    const seenEarly = unwrap(await callAs<{ slots: SlotView[] }>(db, null, 'bookings', 'availability', { offeringId: offering.id }, new Date('2026-11-25T23:59:59.000Z')))
    expect(seenEarly.slots[0]).toMatchObject({ bookable: false, unavailableReason: 'BOOKING_WINDOW_NOT_OPEN' })

    const onTime = await book(db, parent, slot.id, child.id, idempotencyKey(), new Date('2026-11-26T00:00:00.000Z'))
    expect(codeOf(onTime)).toBe('OK')
  })

  it('puts a slot just after midnight in China on its China day, not the UTC day before', async () => {
    const offering = await createOffering(db, staff, { kind: 'temporary', title: '夜间临时托（测试）' })
    // 00:30 on 28 Nov in China is 16:30 UTC on 27 Nov; 23:30 on 27 Nov in China is 15:30 UTC, the same UTC day.
    const afterMidnight = await createSlot(db, staff, offering.id, { date: '2026-11-28', startTime: '00:30', endTime: '06:00', windowDaysAhead: 2 })
    const beforeMidnight = await createSlot(db, staff, offering.id, { date: '2026-11-27', startTime: '23:30', endTime: '23:59', windowDaysAhead: 2 })
    expect(afterMidnight.startsAt).toBe('2026-11-27T16:30:00.000Z')
    expect(beforeMidnight.startsAt).toBe('2026-11-27T15:30:00.000Z')

    const from28 = unwrap(await callAs<{ slots: SlotView[]; fromDate: string }>(db, null, 'bookings', 'availability', { offeringId: offering.id, fromDate: '2026-11-28' }))
    expect(from28.slots.map((s) => s.id)).toEqual([afterMidnight.id])
    const from27 = unwrap(await callAs<{ slots: SlotView[] }>(db, null, 'bookings', 'availability', { offeringId: offering.id, fromDate: '2026-11-27' }))
    expect(from27.slots.map((s) => s.id)).toEqual([beforeMidnight.id, afterMidnight.id])

    // Two days ahead of 28 Nov (China) is 26 Nov 08:00 China = 26 Nov 00:00 UTC, not 25 Nov as the UTC day would give.
    expect(afterMidnight.windowOpensAtInstant).toBe('2026-11-26T00:00:00.000Z')
    const parent = newParent()
    const child = await addChild(db, parent)
    expect(codeOf(await book(db, parent, afterMidnight.id, child.id, idempotencyKey(), new Date('2026-11-25T23:00:00.000Z')))).toBe('BOOKING_WINDOW_NOT_OPEN')
    expect(codeOf(await book(db, parent, afterMidnight.id, child.id, idempotencyKey(), new Date('2026-11-26T00:00:00.000Z')))).toBe('OK')
  })

  it('refuses a child outside the slot’s age band, with the child’s age in the message', async () => {
    const offering = await createOffering(db, staff)
    const infants = await createSlot(db, staff, offering.id, { date: '2026-11-26', ageBand: 'infant' })
    const parent = newParent()
    const toddler = await addChild(db, parent, '2025-05', '大宝')
    const baby = await addChild(db, parent, '2026-03', '二宝')
    const refused = await book(db, parent, infants.id, toddler.id)
    expect(codeOf(refused)).toBe('AGE_BAND_MISMATCH')
    if (!refused.ok) expect(refused.error.message).toContain('18个月')
    expect(codeOf(await book(db, parent, infants.id, baby.id))).toBe('OK')
  })

  it('refuses overlapping bookings for one child, even at two institutions, but not touching ones or a sibling', async () => {
    const here = await createOffering(db, staff)
    const there = await createOffering(db, otherStaff)
    const nineToEleven = await createSlot(db, staff, here.id, { date: '2026-11-27' })
    const tenToTwelve = await createSlot(db, otherStaff, there.id, { date: '2026-11-27', startTime: '10:00', endTime: '12:00' })
    const elevenToTwelve = await createSlot(db, otherStaff, there.id, { date: '2026-11-27', startTime: '11:00', endTime: '12:00' })
    const parent = newParent()
    const elder = await addChild(db, parent, '2025-01', '哥哥')
    const younger = await addChild(db, parent, '2025-06', '妹妹')
    unwrap(await book(db, parent, nineToEleven.id, elder.id))
    const clash = await book(db, parent, tenToTwelve.id, elder.id)
    expect(codeOf(clash)).toBe('OVERLAPPING_BOOKING')
    if (!clash.ok) expect(clash.error.message).toContain('11月27日 09:00')
    expect(codeOf(await book(db, parent, elevenToTwelve.id, elder.id))).toBe('OK')
    expect(codeOf(await book(db, parent, tenToTwelve.id, younger.id))).toBe('OK')
    expect(codeOf(await book(db, parent, nineToEleven.id, elder.id))).toBe('ALREADY_BOOKED')
  })

  it('needs a child for care but not for a visit', async () => {
    const care = await createOffering(db, staff)
    const visit = await createOffering(db, staff, { kind: 'visit', title: '开放日参观（测试）' })
    const careSlot = await createSlot(db, staff, care.id, { date: '2026-11-26' })
    const visitSlot = await createSlot(db, staff, visit.id, { date: '2026-11-26' })
    const parent = newParent()
    expect(codeOf(await book(db, parent, careSlot.id, null))).toBe('CHILD_REQUIRED')
    expect(codeOf(await book(db, parent, visitSlot.id, null))).toBe('OK')
  })

  it('closes booking at the minimum notice and cancelling at the cut-off', async () => {
    const offering = await createOffering(db, staff)
    // TEST_NOW is 12:00 in China on 23 Nov.
    const soon = await createSlot(db, staff, offering.id, { date: '2026-11-23', startTime: '13:00', endTime: '15:00', minNoticeMinutes: 120 })
    const tomorrow = await createSlot(db, staff, offering.id, { date: '2026-11-24', startTime: '09:00', endTime: '11:00', cancelCutoffHours: 24 })
    const later = await createSlot(db, staff, offering.id, { date: '2026-11-25', startTime: '09:00', endTime: '11:00' })
    const parent = newParent()
    const child = await addChild(db, parent)
    const tooLate = await book(db, parent, soon.id, child.id)
    expect(codeOf(tooLate)).toBe('BOOKING_TOO_LATE')
    if (!tooLate.ok) expect(tooLate.error.message).toContain('120分钟')

    const booked = unwrap(await book(db, parent, tomorrow.id, child.id))
    expect(booked.canChange).toBe(false)
    const cancel = await callAs(db, parent, 'bookings', 'cancel', { bookingId: booked.id })
    expect(codeOf(cancel)).toBe('CANCELLATION_CUTOFF_PASSED')
    if (!cancel.ok) expect(cancel.error.message).toContain('11月23日 09:00')
    const move = await callAs(db, parent, 'bookings', 'reschedule', { bookingId: booked.id, slotId: later.id, idempotencyKey: idempotencyKey() })
    expect(codeOf(move)).toBe('CANCELLATION_CUTOFF_PASSED')
    const mine = unwrap(await callAs<{ bookings: BookingView[] }>(db, parent, 'bookings', 'myBookings', { scope: 'upcoming' }))
    expect(mine.bookings.map((b) => b.status)).toEqual(['confirmed'])
  })

  it('moves a booking to another slot of the same service only', async () => {
    const offering = await createOffering(db, staff)
    const other = await createOffering(db, staff, { kind: 'trial_day', title: '试托一天（测试）' })
    const a = await createSlot(db, staff, offering.id, { date: '2026-11-26' })
    const b = await createSlot(db, staff, offering.id, { date: '2026-11-27' })
    const elsewhere = await createSlot(db, staff, other.id, { date: '2026-11-27' })
    const parent = newParent()
    const child = await addChild(db, parent)
    const first = unwrap(await book(db, parent, a.id, child.id))
    expect(codeOf(await callAs(db, parent, 'bookings', 'reschedule', { bookingId: first.id, slotId: elsewhere.id, idempotencyKey: idempotencyKey() }))).toBe('RESCHEDULE_NOT_ALLOWED')
    const key = idempotencyKey()
    const moved = unwrap(await callAs<BookingView>(db, parent, 'bookings', 'reschedule', { bookingId: first.id, slotId: b.id, idempotencyKey: key }))
    expect(moved).toMatchObject({ status: 'confirmed', rescheduledFromId: first.id, slot: { id: b.id }, child: { id: child.id } })
    const again = unwrap(await callAs<BookingView>(db, parent, 'bookings', 'reschedule', { bookingId: first.id, slotId: b.id, idempotencyKey: key }))
    expect(again.id).toBe(moved.id)
    const past = unwrap(await callAs<{ bookings: BookingView[] }>(db, parent, 'bookings', 'myBookings', { scope: 'past' }))
    expect(past.bookings.find((x) => x.id === first.id)?.status).toBe('rescheduled')
    expect(codeOf(await callAs(db, parent, 'bookings', 'cancel', { bookingId: first.id }))).toBe('BOOKING_NOT_ACTIVE')
  })
})
