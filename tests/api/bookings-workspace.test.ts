import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Database } from '../../src/cloud/db/database'
import { sendDueReminders } from '../../src/cloud/bookings/reminder-service'
import type { User } from '../../src/domain/account/account-schema'
import type { BookingView, SlotBookingRow } from '../../src/domain/bookings/booking-schema'
import type { Offering } from '../../src/domain/bookings/offering-schema'
import type { SlotView } from '../../src/domain/bookings/slot-schema'
import type { InboxMessage } from '../../src/domain/inbox/inbox-schema'
import { callAs } from './support/call-action'
import {
  addChild,
  book,
  codeOf,
  createOffering,
  createSlot,
  joinWaitlist,
  newParent,
  placesAndConfirmed,
  someInstitutions,
  staffOf,
  unwrap
} from './support/booking-fixtures'
import { testDatabase } from './support/test-database'

let db: Database
let staff: User
let institutionId: string

beforeAll(async () => {
  db = await testDatabase()
  const [institution] = await someInstitutions(db, 1)
  institutionId = institution!.id
  staff = staffOf(institution!)
})

const titles = async (user: User) =>
  unwrap(await callAs<{ messages: InboxMessage[] }>(db, user, 'inbox', 'list', {})).messages.map((m) => m.title)

describe('institution workspace', () => {
  it('repeats a slot weekly over the 2026 National Day holiday, skipping the days off and opening on the 调休 Saturday', async () => {
    const offering = await createOffering(db, staff)
    const now = new Date('2026-09-10T04:00:00Z')
    const result = unwrap(
      await callAs<{ created: SlotView[]; skippedHolidays: { date: string; holiday: string }[]; uncheckedDates: string[] }>(
        db,
        staff,
        'bookings',
        'createSlots',
        {
          offeringId: offering.id,
          startTime: '08:30',
          endTime: '17:30',
          schedule: { kind: 'weekly', firstDate: '2026-09-21', weeks: 3, weekdays: [1, 2, 3, 4, 5], onMakeupWorkdays: true },
          capacity: 12,
          ageBand: 'mixed',
          priceFen: 8000
        },
        now
      )
    )
    const chinaDates = result.created.map((s) => new Date(Date.parse(s.startsAt) + 8 * 3_600_000).toISOString().slice(0, 10))
    expect(chinaDates).toEqual([
      '2026-09-21', '2026-09-22', '2026-09-23', '2026-09-24',
      '2026-09-28', '2026-09-29', '2026-09-30',
      '2026-10-08', '2026-10-09', '2026-10-10'
    ])
    expect(result.skippedHolidays.map((s) => `${s.date} ${s.holiday}`)).toEqual([
      '2026-09-25 中秋', '2026-10-01 国庆节', '2026-10-02 国庆节', '2026-10-05 国庆节', '2026-10-06 国庆节', '2026-10-07 国庆节'
    ])
    expect(result.uncheckedDates).toEqual([])
    expect(result.created[0]).toMatchObject({ startsAt: '2026-09-21T00:30:00.000Z', endsAt: '2026-09-21T09:30:00.000Z', capacity: 12, placesLeft: 12, priceFen: 8000 })
  })

  it('shows a booking on its slot, then its cancellation, with only the child’s nickname and age', async () => {
    const offering = await createOffering(db, staff)
    const slot = await createSlot(db, staff, offering.id, { date: '2026-11-26' })
    const parent = newParent()
    const child = await addChild(db, parent, '2025-05', '豆豆')
    const booking = unwrap(await book(db, parent, slot.id, child.id))
    const seen = unwrap(await callAs<{ bookings: SlotBookingRow[] }>(db, staff, 'bookings', 'slotBookings', { slotId: slot.id }))
    expect(seen.bookings).toEqual([
      { id: booking.id, reference: booking.reference, status: 'confirmed', child: { nickname: '豆豆', ageMonths: 18 }, sharedContact: null, createdAt: booking.createdAt, cancelledAt: null }
    ])
    expect(JSON.stringify(seen)).not.toContain(parent.id)
    unwrap(await callAs(db, parent, 'bookings', 'cancel', { bookingId: booking.id }))
    const after = unwrap(await callAs<{ bookings: SlotBookingRow[]; slot: SlotView }>(db, staff, 'bookings', 'slotBookings', { slotId: slot.id }))
    expect(after.bookings.map((b) => b.status)).toEqual(['cancelled'])
    expect(after.slot.placesLeft).toBe(10)
  })

  it('marks attendance only once the slot has started, and lets a wrong mark be corrected', async () => {
    const offering = await createOffering(db, staff)
    const slot = await createSlot(db, staff, offering.id, { date: '2026-11-26' })
    const parent = newParent()
    const booking = unwrap(await book(db, parent, slot.id, (await addChild(db, parent)).id))
    expect(codeOf(await callAs(db, staff, 'bookings', 'markAttendance', { bookingId: booking.id, mark: 'attended' }))).toBe('ATTENDANCE_TOO_EARLY')
    const started = new Date(Date.parse(slot.startsAt) + 10 * 60_000)
    const marked = unwrap(await callAs<SlotBookingRow>(db, staff, 'bookings', 'markAttendance', { bookingId: booking.id, mark: 'no_show' }, started))
    expect(marked.status).toBe('no_show')
    const corrected = unwrap(await callAs<SlotBookingRow>(db, staff, 'bookings', 'markAttendance', { bookingId: booking.id, mark: 'attended' }, started))
    expect(corrected.status).toBe('attended')
    const past = unwrap(await callAs<{ bookings: BookingView[] }>(db, parent, 'bookings', 'myBookings', { scope: 'past' }, started))
    expect(past.bookings.find((b) => b.id === booking.id)?.status).toBe('attended')
  })

  it('cancels a slot: every booking cancelled, every family told, waiting families released, no reminders left', async () => {
    const offering = await createOffering(db, staff)
    const slot = await createSlot(db, staff, offering.id, { date: '2026-11-26', capacity: 2 })
    const [a, b, waiter, late] = [newParent(), newParent(), newParent(), newParent()]
    unwrap(await book(db, a, slot.id, (await addChild(db, a)).id))
    unwrap(await book(db, b, slot.id, (await addChild(db, b)).id))
    unwrap(await joinWaitlist(db, waiter, slot.id, (await addChild(db, waiter)).id))

    const result = unwrap(await callAs<{ slot: SlotView; cancelledBookings: number }>(db, staff, 'bookings', 'cancelSlot', { slotId: slot.id }))
    expect(result.cancelledBookings).toBe(2)
    expect(result.slot).toMatchObject({ status: 'cancelled', bookable: false, unavailableReason: 'SLOT_CANCELLED' })
    for (const parent of [a, b]) {
      expect(await titles(parent)).toContain('预约已被机构取消')
      const past = unwrap(await callAs<{ bookings: BookingView[] }>(db, parent, 'bookings', 'myBookings', { scope: 'past' }))
      expect(past.bookings.map((x) => x.status)).toEqual(['cancelled_by_institution'])
    }
    expect(await titles(waiter)).toContain('候补的时段已取消')
    expect(codeOf(await book(db, late, slot.id, (await addChild(db, late)).id))).toBe('SLOT_CANCELLED')
    expect(codeOf(await callAs(db, staff, 'bookings', 'cancelSlot', { slotId: slot.id }))).toBe('SLOT_CANCELLED')
    expect(await placesAndConfirmed(db, slot.id)).toMatchObject({ confirmed: 0, held: 0 })
    const remindersLeft = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM reminders r JOIN bookings x ON x.id = r.booking_id WHERE x.slot_id = $1`,
      [slot.id]
    )
    expect(remindersLeft.rows[0]?.n).toBe(0)
    await sendDueReminders(db, new Date(Date.parse(slot.startsAt) - 60 * 60_000))
    expect((await titles(a)).filter((t) => t === '预约提醒')).toEqual([])
  })

  it('lists what an institution offers, with upcoming slots and the lowest price; a region’s classes likewise', async () => {
    const talk = await createOffering(db, staff, { kind: 'class', classKind: 'health_talk', title: '婴幼儿营养讲座（测试）', description: '营养师主讲' })
    await createSlot(db, staff, talk.id, { date: '2026-11-28', priceFen: 0 })
    await createSlot(db, staff, talk.id, { date: '2026-11-29', priceFen: 2000 })
    const listed = unwrap(await callAs<{ offerings: (Offering & { upcomingSlots: number; fromPriceFen: number | null })[] }>(db, null, 'bookings', 'listOfferings', { institutionId }))
    expect(listed.offerings.find((o) => o.id === talk.id)).toMatchObject({ kind: 'class', classKind: 'health_talk', upcomingSlots: 2, fromPriceFen: 0, hostKind: 'institution' })
    const classes = unwrap(await callAs<{ offerings: Offering[] }>(db, null, 'bookings', 'listOfferings', { regionCode: staff.regionCode, kind: 'class' }))
    expect(classes.offerings.map((o) => o.id)).toContain(talk.id)
    expect(classes.offerings.every((o) => o.kind === 'class')).toBe(true)
    const space = unwrap(await callAs<{ offerings: (Offering & { slots: SlotView[] })[] }>(db, staff, 'bookings', 'workspace', {}))
    expect(space.offerings.find((o) => o.id === talk.id)?.slots).toHaveLength(2)
  })
})
