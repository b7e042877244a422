import type { z } from 'zod'
import type { User } from '../../domain/account/account-schema'
import { WORKSPACE_PAGE_SIZE, type workspaceInputSchema } from '../../domain/bookings/booking-schema'
import type { CreateOfferingInput, Offering } from '../../domain/bookings/offering-schema'
import type { CreateSlotsInput } from '../../domain/bookings/slot-schema'
import { addDays, chinaDateOf, chinaDayBounds, chinaInstant, chinaTimeOf } from '../../domain/bookings/china-time-rules'
import { weeklyDates } from '../../domain/bookings/weekly-repeat-rules'
import { todayInChina } from '../../domain/shared/clock'
import { DomainError } from '../../domain/shared/error-codes'
import type { Database, Queryable } from '../db/database'
import { cancelBookingsOnSlot, findBooking, listBookingsOnSlot, setBookingStatus } from './booking-repository'
import { sendCancelledByInstitution, sendWaitlistClosed } from './booking-messages'
import { toSlotBookingRow, toSlotView } from './booking-views'
import { newId } from '../shared/instant-values'
import { findInstitutionHost, findOffering, insertOffering, listInstitutionOfferings } from './offering-repository'
import { deleteUnsentRemindersOfSlot } from './reminder-repository'
import { cancelSlotRow, existingStarts, findSlot, insertSlots, listSlotsOfOfferings, type NewSlot } from './slot-repository'
import { closeEntriesOfSlot, countWaiting } from './waitlist-repository'

type WorkspaceInput = z.output<typeof workspaceInputSchema>

/** Staff see the past week (to mark attendance) and two months ahead. */
const WORKSPACE_DAYS_BACK = 7
const WORKSPACE_DAYS_AHEAD = 61

/** The institution a staff member acts for; staff without one act for none. */
function staffInstitution(user: User | null): string {
  if (!user) throw new DomainError('UNAUTHENTICATED')
  if (user.role !== 'institution_staff' || !user.institutionId) throw new DomainError('FORBIDDEN')
  return user.institutionId
}

/** An offering of the staff member's own institution. */
async function ownOffering(q: Queryable, user: User | null, offeringId: string): Promise<Offering> {
  const institutionId = staffInstitution(user)
  const offering = await findOffering(q, offeringId)
  if (!offering) throw new DomainError('NOT_FOUND')
  if (offering.institutionId !== institutionId) throw new DomainError('FORBIDDEN')
  return offering
}

async function ownSlot(q: Queryable, user: User | null, slotId: string) {
  const slot = await findSlot(q, slotId)
  if (!slot) throw new DomainError('NOT_FOUND')
  return { slot, offering: await ownOffering(q, user, slot.offeringId) }
}

/**
 * One page of the institution's offerings with their slots: two statements whatever the page holds. An
 * `after` that is not one of the institution's offerings starts nowhere rather than at another's.
 */
export async function workspace(db: Database, user: User | null, input: WorkspaceInput, now: Date) {
  const institutionId = staffInstitution(user)
  const today = todayInChina(now)
  const from = chinaDayBounds(addDays(today, -WORKSPACE_DAYS_BACK)).start
  const to = chinaDayBounds(addDays(today, WORKSPACE_DAYS_AHEAD)).start
  const allOfferings = await listInstitutionOfferings(db, institutionId)
  const start = input.after === undefined ? 0 : allOfferings.findIndex((offering) => offering.id === input.after) + 1
  if (start === 0 && input.after !== undefined) throw new DomainError('NOT_FOUND', { what: 'offering' })
  const page = allOfferings.slice(start, start + WORKSPACE_PAGE_SIZE)
  const slots = await listSlotsOfOfferings(db, page.map((offering) => offering.id), from, to)
  const last = page.at(-1)
  return {
    institutionId,
    offerings: page.map((offering) => ({
      ...offering,
      slots: slots.filter((slot) => slot.offeringId === offering.id).map((slot) => toSlotView(now, slot))
    })),
    nextCursor: last && start + page.length < allOfferings.length ? last.id : null,
    allOfferings
  }
}

export async function createOffering(db: Database, user: User | null, input: CreateOfferingInput, now: Date): Promise<Offering> {
  const institutionId = staffInstitution(user)
  const host = await findInstitutionHost(db, institutionId)
  if (!host) throw new DomainError('NOT_FOUND')
  const offering: Offering = {
    id: newId('of'),
    kind: input.kind,
    classKind: input.kind === 'class' ? input.classKind : null,
    title: input.title,
    description: input.description,
    hostKind: 'institution',
    institutionId,
    hostName: host.name,
    regionCode: host.regionCode,
    isSample: false
  }
  await insertOffering(db, { ...offering, hostName: null }, now)
  return offering
}

/**
 * Creates one slot, or a weekly series without the official holidays. All or nothing: a date already
 * past or a start the offering already has refuses the whole request, naming the date.
 */
export async function createSlots(db: Database, user: User | null, input: CreateSlotsInput, now: Date) {
  const offering = await ownOffering(db, user, input.offeringId)
  const plan =
    input.schedule.kind === 'once'
      ? { dates: [input.schedule.date], skippedHolidays: [], unchecked: [] }
      : weeklyDates(input.schedule)
  const slots: NewSlot[] = plan.dates.map((date) => ({
    id: newId('sl'),
    offeringId: offering.id,
    startsAt: chinaInstant(date, input.startTime).toISOString(),
    endsAt: chinaInstant(date, input.endTime).toISOString(),
    capacity: input.capacity,
    ageBand: input.ageBand,
    windowDaysAhead: input.windowDaysAhead,
    windowOpensAt: input.windowOpensAt,
    minNoticeMinutes: input.minNoticeMinutes,
    cancelCutoffHours: input.cancelCutoffHours,
    priceFen: input.priceFen
  }))
  const past = slots.find((slot) => Date.parse(slot.startsAt) <= now.getTime())
  if (past) throw new DomainError('SLOT_IN_PAST', { date: chinaDateOf(past.startsAt) })
  return db.transaction(async (tx) => {
    const clash = (await existingStarts(tx, offering.id, slots.map((slot) => slot.startsAt)))[0]
    const inserted = clash ? 0 : await insertSlots(tx, slots, now)
    if (clash || inserted < slots.length) {
      const at = clash ?? slots[0]?.startsAt ?? now.toISOString()
      throw new DomainError('SLOT_EXISTS', { date: chinaDateOf(at), time: chinaTimeOf(at) })
    }
    const created = await Promise.all(slots.map((slot) => findSlot(tx, slot.id)))
    return {
      created: created.flatMap((slot) => (slot ? [toSlotView(now, slot)] : [])),
      skippedHolidays: plan.skippedHolidays,
      uncheckedDates: plan.unchecked
    }
  })
}

export async function slotBookings(db: Database, user: User | null, slotId: string, now: Date) {
  const { slot, offering } = await ownSlot(db, user, slotId)
  const bookings = await listBookingsOnSlot(db, slot.id)
  return {
    slot: toSlotView(now, slot),
    offering,
    bookings: bookings.filter((booking) => booking.status !== 'rescheduled').map(toSlotBookingRow),
    waiting: await countWaiting(db, slot.id)
  }
}

/** Attended or no-show, once the slot has started; a wrong mark can be corrected. */
export async function markAttendance(db: Database, user: User | null, input: { bookingId: string; mark: 'attended' | 'no_show' }, now: Date) {
  const institutionId = staffInstitution(user)
  const booking = await findBooking(db, input.bookingId)
  if (!booking || booking.offering.institutionId !== institutionId) throw new DomainError('NOT_FOUND')
  if (now.getTime() < Date.parse(booking.slot.startsAt)) throw new DomainError('ATTENDANCE_TOO_EARLY')
  if (!(await setBookingStatus(db, booking.id, ['confirmed', 'attended', 'no_show'], input.mark, now))) {
    throw new DomainError('BOOKING_NOT_ACTIVE')
  }
  const after = await findBooking(db, booking.id)
  return toSlotBookingRow(after ?? booking)
}

/** Cancels a slot with everything on it: each booked family and each waiting family is told. */
export async function cancelSlot(db: Database, user: User | null, slotId: string, now: Date) {
  const { offering } = await ownSlot(db, user, slotId)
  return db.transaction(async (tx) => {
    const slot = await findSlot(tx, slotId, { lock: true })
    if (!slot || !(await cancelSlotRow(tx, slotId))) throw new DomainError('SLOT_CANCELLED')
    const cancelled = await cancelBookingsOnSlot(tx, slotId, now)
    await deleteUnsentRemindersOfSlot(tx, slotId)
    for (const booking of cancelled) await sendCancelledByInstitution(tx, booking, now)
    for (const waiter of await closeEntriesOfSlot(tx, slotId, now)) {
      await sendWaitlistClosed(tx, waiter.userId, { offering, slot, child: waiter.child }, now)
    }
    const after = await findSlot(tx, slotId)
    return { slot: toSlotView(now, after ?? slot), cancelledBookings: cancelled.length }
  })
}
