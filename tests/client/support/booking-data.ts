/**
 * Booking-shaped records for the fake server, parsed with the contract's schemas so they stay what the real
 * API returns. Slots are on fixed dates; the pages take their days from the answers, not the clock.
 */
import { bookingViewSchema, waitlistViewSchema, type BookingView, type WaitlistView } from '../../../src/domain/bookings/booking-schema'
import { offeringSchema, type Offering } from '../../../src/domain/bookings/offering-schema'
import { slotViewSchema, type SlotView } from '../../../src/domain/bookings/slot-schema'
import { childSchema, type Child } from '../../../src/domain/family/child-schema'
import { useSessionStore } from '../../../src/stores/session-store'
import type { Role } from '../../../src/domain/account/account-schema'

export function offering(overrides: Partial<Offering> = {}): Offering {
  return offeringSchema.parse({
    id: 'of-zj-0001-hourly',
    kind: 'hourly',
    classKind: null,
    title: '计时托（2小时）',
    description: '示例',
    hostKind: 'institution',
    institutionId: 'zj-0001',
    hostName: '诸暨示例托育园',
    regionCode: 'zhuji',
    isSample: true,
    ...overrides
  })
}

/** A slot in China time on `date` (09:00–11:00 unless told), open for booking unless told otherwise. */
export function slot(id: string, date: string, overrides: Partial<SlotView> = {}, start = '01:00', end = '03:00'): SlotView {
  const startsAt = `${date}T${start}:00.000Z`
  return slotViewSchema.parse({
    id,
    offeringId: 'of-zj-0001-hourly',
    startsAt,
    endsAt: `${date}T${end}:00.000Z`,
    status: 'open',
    capacity: 6,
    placesLeft: 4,
    ageBand: null,
    windowDaysAhead: 7,
    windowOpensAt: '08:00',
    minNoticeMinutes: 60,
    cancelCutoffHours: 12,
    priceFen: 8000,
    windowOpensAtInstant: '2026-11-19T00:00:00.000Z',
    bookingClosesAt: startsAt,
    cancelCutoffAt: startsAt,
    bookable: true,
    unavailableReason: null,
    ...overrides
  })
}

export function child(overrides: Partial<Child> = {}): Child {
  return childSchema.parse({
    id: 'ch-0001-mimi',
    nickname: '米米',
    birthMonth: '2025-05',
    ageMonths: 18,
    consentVersion: '2026-11',
    consentedAt: '2026-11-20T02:00:00.000Z',
    ...overrides
  })
}

export function booking(overrides: Partial<BookingView> = {}, of: SlotView = slot('sl-0001-a', '2026-11-26')): BookingView {
  return bookingViewSchema.parse({
    id: 'bk-0000-0000-aaaa-bbbbbb',
    reference: 'BBBBBB',
    status: 'confirmed',
    slot: { id: of.id, startsAt: of.startsAt, endsAt: of.endsAt, priceFen: of.priceFen, ageBand: of.ageBand, cancelCutoffAt: of.cancelCutoffAt },
    offering: { id: 'of-zj-0001-hourly', kind: 'hourly', classKind: null, title: '计时托（2小时）', hostName: '诸暨示例托育园', institutionId: 'zj-0001' },
    child: { id: 'ch-0001-mimi', nickname: '米米' },
    createdAt: '2026-11-23T02:00:00.000Z',
    cancelledAt: null,
    canChange: true,
    rescheduledFromId: null,
    ...overrides
  })
}

export function waitlistEntry(overrides: Partial<WaitlistView> = {}): WaitlistView {
  const of = slot('sl-0002-full', '2026-11-27')
  return waitlistViewSchema.parse({
    id: 'wl-0000-0001',
    status: 'waiting',
    slot: { id: of.id, startsAt: of.startsAt, endsAt: of.endsAt, priceFen: of.priceFen, ageBand: of.ageBand, cancelCutoffAt: of.cancelCutoffAt },
    offering: { id: 'of-zj-0001-hourly', kind: 'hourly', classKind: null, title: '计时托（2小时）', hostName: '诸暨示例托育园', institutionId: 'zj-0001' },
    child: { id: 'ch-0001-mimi', nickname: '米米' },
    position: 3,
    offerExpiresAt: null,
    ...overrides
  })
}

/** Signs the app in as `role` without going through the sign-in card. */
export function signInAs(role: Role, institutionId: string | null = null) {
  useSessionStore.getState().signIn({
    token: 'token-for-tests',
    expiresAt: '2099-01-01T00:00:00.000Z',
    user: { id: `user-${role}`, role, displayName: '测试', regionCode: role === 'parent' ? null : 'zhuji', institutionId }
  })
}
