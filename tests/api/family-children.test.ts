import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Database } from '../../src/cloud/db/database'
import type { User } from '../../src/domain/account/account-schema'
import type { BookingView } from '../../src/domain/bookings/booking-schema'
import type { Child } from '../../src/domain/family/child-schema'
import { GUARDIAN_CONSENT_VERSION } from '../../src/domain/family/guardian-consent'
import { callAs } from './support/call-action'
import { addChild, book, bookingRowCounts, codeOf, createOffering, createSlot, newParent, someInstitutions, staffOf, unwrap } from './support/booking-fixtures'
import { TEST_NOW, testDatabase } from './support/test-database'

let db: Database
let staff: User
beforeAll(async () => {
  db = await testDatabase()
  const [institution] = await someInstitutions(db, 1)
  staff = staffOf(institution!)
})

const list = async (parent: User) => unwrap(await callAs<{ children: Child[] }>(db, parent, 'family', 'listChildren', {})).children

describe('children', () => {
  it('keeps a nickname and birth month under the consent the parent gave, and nothing else', async () => {
    const parent = newParent()
    const child = await addChild(db, parent, '2025-11', '  小满 ')
    expect(child).toEqual({
      id: child.id,
      nickname: '小满',
      birthMonth: '2025-11',
      ageMonths: 12,
      consentVersion: GUARDIAN_CONSENT_VERSION,
      consentedAt: TEST_NOW.toISOString()
    })
    expect(await list(parent)).toEqual([child])
    const { rows } = await db.query<Record<string, unknown>>('SELECT * FROM children WHERE id = $1', [child.id])
    expect(Object.keys(rows[0] ?? {}).sort()).toEqual(['birth_month', 'consent_version', 'consented_at', 'created_at', 'guardian_id', 'id', 'nickname'])
  })

  it('refuses a child without consent, or under an old consent text, writing nothing', async () => {
    const parent = newParent()
    const before = await bookingRowCounts(db)
    const base = { nickname: '小米', birthMonth: '2025-05' }
    const refused = await callAs(db, parent, 'family', 'addChild', { ...base, consentVersion: GUARDIAN_CONSENT_VERSION, consentGiven: false })
    expect(codeOf(refused)).toBe('CONSENT_REQUIRED')
    if (!refused.ok) expect(refused.error.message).toContain('监护人')
    expect(codeOf(await callAs(db, parent, 'family', 'addChild', { ...base, consentVersion: '2019-01', consentGiven: true }))).toBe('CONSENT_REQUIRED')
    expect(await bookingRowCounts(db)).toEqual(before)
    expect(await list(parent)).toEqual([])
  })

  it('lets the guardian correct the nickname and birth month', async () => {
    const parent = newParent()
    const child = await addChild(db, parent)
    const updated = unwrap(await callAs<Child>(db, parent, 'family', 'updateChild', { childId: child.id, nickname: '米粒', birthMonth: '2025-06' }))
    expect(updated).toMatchObject({ nickname: '米粒', birthMonth: '2025-06', ageMonths: 17 })
    expect(codeOf(await callAs(db, parent, 'family', 'updateChild', { childId: child.id, birthMonth: '2027-01' }))).toBe('BIRTH_MONTH_IN_FUTURE')
  })

  it('deletes a child on request, but not while a booking for it lies ahead', async () => {
    const offering = await createOffering(db, staff)
    const slot = await createSlot(db, staff, offering.id, { date: '2026-11-27' })
    const parent = newParent()
    const child = await addChild(db, parent, '2025-03', '阿福')
    const booking = unwrap(await book(db, parent, slot.id, child.id))
    const refused = await callAs(db, parent, 'family', 'removeChild', { childId: child.id })
    expect(codeOf(refused)).toBe('CHILD_HAS_UPCOMING_BOOKINGS')
    unwrap(await callAs(db, parent, 'bookings', 'cancel', { bookingId: booking.id }))
    expect(unwrap(await callAs(db, parent, 'family', 'removeChild', { childId: child.id }))).toEqual({ removed: true })
    expect(await list(parent)).toEqual([])
    const { rows } = await db.query('SELECT 1 FROM children WHERE id = $1', [child.id])
    expect(rows).toEqual([])
    const past = unwrap(await callAs<{ bookings: BookingView[] }>(db, parent, 'bookings', 'myBookings', { scope: 'past' }))
    expect(past.bookings.find((b) => b.id === booking.id)).toMatchObject({ status: 'cancelled', child: null })
    expect(codeOf(await callAs(db, parent, 'family', 'removeChild', { childId: child.id }))).toBe('NOT_FOUND')
  })
})
