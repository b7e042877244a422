import { expect } from '@jest/globals'
import type { Database } from '../../../src/cloud/db/database'
import type { User } from '../../../src/domain/account/account-schema'
import type { BookingView, WaitlistView } from '../../../src/domain/bookings/booking-schema'
import type { Offering } from '../../../src/domain/bookings/offering-schema'
import type { SlotView } from '../../../src/domain/bookings/slot-schema'
import type { Child } from '../../../src/domain/family/child-schema'
import { GUARDIAN_CONSENT_VERSION } from '../../../src/domain/family/guardian-consent'
import type { Envelope } from '../../../src/domain/shared/envelope-schema'
import { callAs } from './call-action'
import { TEST_NOW } from './test-database'

/** Booking tests' own families and staff: made up here, never read from the sample data. */
let serial = 0
const unique = () => `${process.pid}-${(serial += 1)}-${Math.random().toString(36).slice(2, 8)}`

export function newParent(name = '测试家长'): User {
  return { id: `test-parent-${unique()}`, role: 'parent', displayName: name, regionCode: null, institutionId: null }
}

export function staffOf(institution: { id: string; regionCode: string }): User {
  return {
    id: `test-staff-${unique()}`,
    role: 'institution_staff',
    displayName: '机构老师',
    regionCode: institution.regionCode,
    institutionId: institution.id
  }
}

/** Sample institutions to hang offerings on (each test takes its own offerings, so sharing them is safe). */
export async function someInstitutions(db: Database, count: number): Promise<{ id: string; regionCode: string }[]> {
  const { rows } = await db.query<{ id: string; region_code: string }>(
    'SELECT id, region_code FROM institutions ORDER BY id LIMIT $1',
    [count]
  )
  expect(rows.length).toBe(count)
  return rows.map((row) => ({ id: row.id, regionCode: row.region_code }))
}

export function unwrap<T>(envelope: Envelope<T>): T {
  if (!envelope.ok) throw new Error(`expected success, got ${envelope.error.code}: ${envelope.error.message}`)
  return envelope.data
}

export function codeOf(envelope: Envelope<unknown>): string {
  return envelope.ok ? 'OK' : envelope.error.code
}

export const idempotencyKey = () => `key-${unique()}`.replace(/[^A-Za-z0-9_-]/g, '-')

export async function createOffering(
  db: Database,
  staff: User,
  input: Record<string, unknown> = { kind: 'hourly', title: '计时托（测试）' }
): Promise<Offering> {
  return unwrap(await callAs<Offering>(db, staff, 'bookings', 'createOffering', input))
}

export interface SlotOptions {
  date: string
  startTime?: string
  endTime?: string
  capacity?: number
  ageBand?: string | null
  windowDaysAhead?: number
  windowOpensAt?: string
  minNoticeMinutes?: number
  cancelCutoffHours?: number
  priceFen?: number
}

export async function createSlot(db: Database, staff: User, offeringId: string, options: SlotOptions, now: Date = TEST_NOW): Promise<SlotView> {
  const { date, startTime = '09:00', endTime = '11:00', ...policy } = options
  const result = unwrap(
    await callAs<{ created: SlotView[] }>(
      db,
      staff,
      'bookings',
      'createSlots',
      { offeringId, startTime, endTime, schedule: { kind: 'once', date }, capacity: 10, ...policy },
      now
    )
  )
  const slot = result.created[0]
  if (!slot) throw new Error('no slot created')
  return slot
}

export async function addChild(db: Database, parent: User, birthMonth = '2025-05', nickname = '小米'): Promise<Child> {
  return unwrap(
    await callAs<Child>(db, parent, 'family', 'addChild', {
      nickname,
      birthMonth,
      consentVersion: GUARDIAN_CONSENT_VERSION,
      consentGiven: true
    })
  )
}

export function book(db: Database, parent: User, slotId: string, childId: string | null, key = idempotencyKey(), now: Date = TEST_NOW) {
  return callAs<BookingView>(db, parent, 'bookings', 'book', { slotId, childId, idempotencyKey: key }, now)
}

export function joinWaitlist(db: Database, parent: User, slotId: string, childId: string | null, now: Date = TEST_NOW) {
  return callAs<WaitlistView>(db, parent, 'bookings', 'joinWaitlist', { slotId, childId }, now)
}

/** The slot's counts and its confirmed bookings, read in one statement so they come from the same moment. */
export async function placesAndConfirmed(db: Database, slotId: string): Promise<{ capacity: number; placesLeft: number; confirmed: number; held: number }> {
  const { rows } = await db.query<{ capacity: number; places_left: number; confirmed: number; held: number }>(
    `SELECT s.capacity, s.capacity - s.booked - s.held AS places_left, s.held,
            (SELECT count(*)::int FROM bookings b WHERE b.slot_id = s.id AND b.status = 'confirmed') AS confirmed
       FROM slots s WHERE s.id = $1`,
    [slotId]
  )
  const row = rows[0]
  if (!row) throw new Error(`no slot ${slotId}`)
  return { capacity: row.capacity, placesLeft: row.places_left, confirmed: row.confirmed, held: row.held }
}

/** Row counts of every table the booking, family and inbox contexts write. */
export async function bookingRowCounts(db: Database): Promise<Record<string, number>> {
  const tables = ['offerings', 'slots', 'bookings', 'waitlist_entries', 'reminders', 'children', 'inbox_messages']
  const counts: Record<string, number> = {}
  for (const table of tables) {
    const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)
    counts[table] = rows[0]?.n ?? 0
  }
  const { rows } = await db.query<{ booked: number }>(`SELECT coalesce(sum(booked + held), 0)::int AS booked FROM slots`)
  counts['slot places taken'] = rows[0]?.booked ?? 0
  return counts
}
