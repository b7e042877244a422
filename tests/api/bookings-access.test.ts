import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Database } from '../../src/cloud/db/database'
import type { User } from '../../src/domain/account/account-schema'
import type { BookingView } from '../../src/domain/bookings/booking-schema'
import type { Offering } from '../../src/domain/bookings/offering-schema'
import type { SlotView } from '../../src/domain/bookings/slot-schema'
import { GUARDIAN_CONSENT_VERSION } from '../../src/domain/family/guardian-consent'
import { callAs } from './support/call-action'
import {
  addChild,
  book,
  bookingRowCounts,
  codeOf,
  createOffering,
  createSlot,
  idempotencyKey,
  joinWaitlist,
  newParent,
  someInstitutions,
  staffOf,
  unwrap
} from './support/booking-fixtures'
import { testDatabase } from './support/test-database'

let db: Database
let staff: User
let otherStaff: User
let offering: Offering
let slot: SlotView
let fullSlot: SlotView
let parentA: User
let parentB: User
let childA: string
let bookingA: BookingView

beforeAll(async () => {
  db = await testDatabase()
  const [first, second] = await someInstitutions(db, 2)
  staff = staffOf(first!)
  otherStaff = staffOf(second!)
  offering = await createOffering(db, staff)
  slot = await createSlot(db, staff, offering.id, { date: '2026-11-26', capacity: 5 })
  fullSlot = await createSlot(db, staff, offering.id, { date: '2026-11-27', capacity: 1 })
  parentA = newParent('家长甲')
  parentB = newParent('家长乙')
  childA = (await addChild(db, parentA)).id
  bookingA = unwrap(await book(db, parentA, slot.id, childA))
  unwrap(await book(db, parentA, fullSlot.id, childA))
})

describe('one family cannot reach another family’s bookings or children', () => {
  it('does not list, cancel, move or reuse another family’s booking or child', async () => {
    const before = await bookingRowCounts(db)
    const theirs = unwrap(await callAs<{ bookings: BookingView[] }>(db, parentB, 'bookings', 'myBookings', { scope: 'upcoming' }))
    expect(theirs.bookings).toEqual([])
    expect(codeOf(await callAs(db, parentB, 'bookings', 'cancel', { bookingId: bookingA.id }))).toBe('NOT_FOUND')
    expect(
      codeOf(await callAs(db, parentB, 'bookings', 'reschedule', { bookingId: bookingA.id, slotId: fullSlot.id, idempotencyKey: idempotencyKey() }))
    ).toBe('NOT_FOUND')
    expect(codeOf(await book(db, parentB, slot.id, childA))).toBe('NOT_FOUND')
    expect(unwrap(await callAs<{ children: unknown[] }>(db, parentB, 'family', 'listChildren', {})).children).toEqual([])
    expect(codeOf(await callAs(db, parentB, 'family', 'removeChild', { childId: childA }))).toBe('NOT_FOUND')
    expect(codeOf(await callAs(db, parentB, 'family', 'updateChild', { childId: childA, nickname: '改名' }))).toBe('NOT_FOUND')
    expect(await bookingRowCounts(db)).toEqual(before)
    const mine = unwrap(await callAs<{ bookings: BookingView[] }>(db, parentA, 'bookings', 'myBookings', { scope: 'upcoming' }))
    expect(mine.bookings.find((b) => b.id === bookingA.id)?.status).toBe('confirmed')
  })

  it('does not let one family leave or take another family’s waitlist place', async () => {
    const parentC = newParent('家长丙')
    const childC = (await addChild(db, parentC)).id
    const entry = unwrap(await joinWaitlist(db, parentC, fullSlot.id, childC))
    expect(codeOf(await callAs(db, parentB, 'bookings', 'leaveWaitlist', { entryId: entry.id }))).toBe('NOT_FOUND')
    expect(codeOf(await callAs(db, parentB, 'bookings', 'acceptOffer', { entryId: entry.id, idempotencyKey: idempotencyKey() }))).toBe('NOT_FOUND')
    expect(codeOf(await joinWaitlist(db, parentC, fullSlot.id, childC))).toBe('ALREADY_ON_WAITLIST')
    expect(codeOf(await joinWaitlist(db, parentC, slot.id, childC))).toBe('WAITLIST_NOT_NEEDED')
  })
})

describe('roles', () => {
  it('keeps parents out of the workspace and staff out of booking', async () => {
    expect(codeOf(await callAs(db, parentA, 'bookings', 'workspace', {}))).toBe('FORBIDDEN')
    expect(codeOf(await callAs(db, parentA, 'bookings', 'cancelSlot', { slotId: slot.id }))).toBe('FORBIDDEN')
    expect(codeOf(await book(db, staff, slot.id, null))).toBe('FORBIDDEN')
    expect(codeOf(await book(db, null as unknown as User, slot.id, null))).toBe('UNAUTHENTICATED')
    expect(codeOf(await callAs(db, null, 'family', 'listChildren', {}))).toBe('UNAUTHENTICATED')
    expect(codeOf(await callAs(db, null, 'inbox', 'list', {}))).toBe('UNAUTHENTICATED')
  })

  it('lets staff act only for their own institution', async () => {
    // Opening the workspace gives a sample institution its sample offerings, so it comes before the count.
    const theirWorkspace = unwrap(await callAs<{ offerings: Offering[] }>(db, otherStaff, 'bookings', 'workspace', {}))
    expect(theirWorkspace.offerings.map((o) => o.id)).not.toContain(offering.id)
    const before = await bookingRowCounts(db)
    expect(codeOf(await callAs(db, otherStaff, 'bookings', 'slotBookings', { slotId: slot.id }))).toBe('FORBIDDEN')
    expect(codeOf(await callAs(db, otherStaff, 'bookings', 'cancelSlot', { slotId: slot.id }))).toBe('FORBIDDEN')
    expect(
      codeOf(
        await callAs(db, otherStaff, 'bookings', 'createSlots', {
          offeringId: offering.id,
          startTime: '15:00',
          endTime: '16:00',
          schedule: { kind: 'once', date: '2026-11-30' },
          capacity: 5
        })
      )
    ).toBe('FORBIDDEN')
    expect(codeOf(await callAs(db, otherStaff, 'bookings', 'markAttendance', { bookingId: bookingA.id, mark: 'attended' }, new Date('2026-11-26T02:00:00Z')))).toBe('NOT_FOUND')
    expect(await bookingRowCounts(db)).toEqual(before)

    const own = unwrap(await callAs<{ bookings: { id: string; child: { nickname: string } | null }[] }>(db, staff, 'bookings', 'slotBookings', { slotId: slot.id }))
    expect(own.bookings.map((b) => [b.id, b.child?.nickname])).toEqual([[bookingA.id, '小米']])
  })
})

describe('malformed input', () => {
  const later = '2026-11-30'
  const cases: [string, string, string, unknown][] = [
    ['parent', 'book', 'no input', undefined],
    ['parent', 'book', 'an array', []],
    ['parent', 'book', 'a slot id that is not one', { slotId: "sl-'; DROP TABLE slots; --", childId: null, idempotencyKey: 'abcdefgh' }],
    ['parent', 'book', 'a short idempotency key', { slotId: 'sl-0000', childId: null, idempotencyKey: 'abc' }],
    ['parent', 'book', 'an unknown field', { slotId: 'sl-0000', childId: null, idempotencyKey: 'abcdefgh', seats: 3 }],
    ['parent', 'book', 'a number for a child', { slotId: 'sl-0000', childId: 7, idempotencyKey: 'abcdefgh' }],
    ['parent', 'cancel', 'a missing booking id', {}],
    ['parent', 'reschedule', 'no target slot', { bookingId: 'bk-0000', idempotencyKey: 'abcdefgh' }],
    ['parent', 'joinWaitlist', 'a huge slot id', { slotId: `sl-${'a'.repeat(5000)}` }],
    ['parent', 'myBookings', 'an unknown scope', { scope: 'all' }],
    ['parent', 'availability', 'a date that does not exist', { offeringId: 'of-0000', fromDate: '2026-02-30' }],
    ['staff', 'createOffering', 'an empty title', { kind: 'hourly', title: '   ' }],
    ['staff', 'createOffering', 'a class without its kind', { kind: 'class', title: '亲子活动' }],
    ['staff', 'createOffering', 'a class kind on care', { kind: 'hourly', classKind: 'health_talk', title: '计时托' }],
    ['staff', 'createSlots', 'capacity 0', { offeringId: 'of-0000', startTime: '09:00', endTime: '10:00', schedule: { kind: 'once', date: later }, capacity: 0 }],
    ['staff', 'createSlots', 'capacity 201', { offeringId: 'of-0000', startTime: '09:00', endTime: '10:00', schedule: { kind: 'once', date: later }, capacity: 201 }],
    ['staff', 'createSlots', 'a fractional capacity', { offeringId: 'of-0000', startTime: '09:00', endTime: '10:00', schedule: { kind: 'once', date: later }, capacity: 2.5 }],
    ['staff', 'createSlots', 'an end before the start', { offeringId: 'of-0000', startTime: '10:00', endTime: '09:00', schedule: { kind: 'once', date: later }, capacity: 5 }],
    ['staff', 'createSlots', 'a 25:00 start', { offeringId: 'of-0000', startTime: '25:00', endTime: '26:00', schedule: { kind: 'once', date: later }, capacity: 5 }],
    ['staff', 'createSlots', '30 February', { offeringId: 'of-0000', startTime: '09:00', endTime: '10:00', schedule: { kind: 'once', date: '2027-02-30' }, capacity: 5 }],
    ['staff', 'createSlots', 'weekday 8', { offeringId: 'of-0000', startTime: '09:00', endTime: '10:00', schedule: { kind: 'weekly', firstDate: later, weeks: 2, weekdays: [8] }, capacity: 5 }],
    ['staff', 'createSlots', 'a repeated weekday', { offeringId: 'of-0000', startTime: '09:00', endTime: '10:00', schedule: { kind: 'weekly', firstDate: later, weeks: 2, weekdays: [1, 1] }, capacity: 5 }],
    ['staff', 'createSlots', '27 weeks', { offeringId: 'of-0000', startTime: '09:00', endTime: '10:00', schedule: { kind: 'weekly', firstDate: later, weeks: 27, weekdays: [1] }, capacity: 5 }],
    ['staff', 'createSlots', 'a negative price', { offeringId: 'of-0000', startTime: '09:00', endTime: '10:00', schedule: { kind: 'once', date: later }, capacity: 5, priceFen: -1 }],
    ['staff', 'createSlots', 'a price in yuan with decimals', { offeringId: 'of-0000', startTime: '09:00', endTime: '10:00', schedule: { kind: 'once', date: later }, capacity: 5, priceFen: 12.5 }],
    ['staff', 'createSlots', 'an unknown age band', { offeringId: 'of-0000', startTime: '09:00', endTime: '10:00', schedule: { kind: 'once', date: later }, capacity: 5, ageBand: 'teen' }],
    ['staff', 'markAttendance', 'an unknown mark', { bookingId: 'bk-0000', mark: 'late' }],
    ['parent', 'addChild', 'a 13-character nickname', { nickname: '一二三四五六七八九十一二三', birthMonth: '2025-05', consentVersion: GUARDIAN_CONSENT_VERSION, consentGiven: true }],
    ['parent', 'addChild', 'month 13', { nickname: '小米', birthMonth: '2025-13', consentVersion: GUARDIAN_CONSENT_VERSION, consentGiven: true }],
    ['parent', 'addChild', 'consent as text', { nickname: '小米', birthMonth: '2025-05', consentVersion: GUARDIAN_CONSENT_VERSION, consentGiven: 'yes' }],
    ['parent', 'addChild', 'an ID card number', { nickname: '小米', birthMonth: '2025-05', consentVersion: GUARDIAN_CONSENT_VERSION, consentGiven: true, idCard: '1' }],
    ['parent', 'markRead', 'neither ids nor all', {}],
    ['parent', 'list', 'a page of 1000', { pageSize: 1000 }]
  ]
  const fnOf = (action: string) => (['addChild'].includes(action) ? 'family' : ['markRead', 'list'].includes(action) ? 'inbox' : 'bookings')

  it.each(cases)('%s %s with %s is refused with a readable message and nothing written', async (who, action, _what, input) => {
    const before = await bookingRowCounts(db)
    const result = await callAs(db, who === 'staff' ? staff : parentA, fnOf(action), action, input)
    expect(codeOf(result)).toBe('INVALID_INPUT')
    if (!result.ok) expect(result.error.message).toMatch(/[\u4e00-\u9fff]/)
    expect(await bookingRowCounts(db)).toEqual(before)
  })

  it('refuses rule-breaking input with its own code and nothing written', async () => {
    const before = await bookingRowCounts(db)
    const noConsent = await callAs(db, parentA, 'family', 'addChild', { nickname: '小米', birthMonth: '2025-05', consentVersion: GUARDIAN_CONSENT_VERSION, consentGiven: false })
    expect(codeOf(noConsent)).toBe('CONSENT_REQUIRED')
    expect(codeOf(await callAs(db, parentA, 'family', 'addChild', { nickname: '小米', birthMonth: '2030-01', consentVersion: GUARDIAN_CONSENT_VERSION, consentGiven: true }))).toBe('BIRTH_MONTH_IN_FUTURE')
    expect(codeOf(await callAs(db, parentA, 'family', 'addChild', { nickname: '小米', birthMonth: '2020-01', consentVersion: GUARDIAN_CONSENT_VERSION, consentGiven: true }))).toBe('CHILD_OVER_AGE_LIMIT')
    const pastSlot = { offeringId: offering.id, startTime: '09:00', endTime: '10:00', schedule: { kind: 'once', date: '2026-11-20' }, capacity: 5 }
    expect(codeOf(await callAs(db, staff, 'bookings', 'createSlots', pastSlot))).toBe('SLOT_IN_PAST')
    const duplicate = { offeringId: offering.id, startTime: '09:00', endTime: '11:00', schedule: { kind: 'weekly', firstDate: '2026-11-25', weeks: 1, weekdays: [3, 4] }, capacity: 5 }
    expect(codeOf(await callAs(db, staff, 'bookings', 'createSlots', duplicate))).toBe('SLOT_EXISTS')
    expect(codeOf(await book(db, parentA, 'sl-0000-not-there', childA))).toBe('NOT_FOUND')
    expect(await bookingRowCounts(db)).toEqual(before)
  })
})
