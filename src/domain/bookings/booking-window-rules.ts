import { dayjs } from '../shared/clock'
import { DomainError } from '../shared/error-codes'
import { addDays, chinaDateOf, chinaInstant, formatChinaDateTime } from './china-time-rules'
import type { SlotTiming, UnavailableReason } from './slot-schema'

/** When booking opens: `windowDaysAhead` China calendar days before the slot's day, at `windowOpensAt` China time. */
export function windowOpensAt(slot: SlotTiming): Date {
  return chinaInstant(addDays(chinaDateOf(slot.startsAt), -slot.windowDaysAhead), slot.windowOpensAt)
}

/** The last moment a booking is taken: the minimum notice before the start. */
export function bookingClosesAt(slot: SlotTiming): Date {
  return dayjs(slot.startsAt).subtract(slot.minNoticeMinutes, 'minute').toDate()
}

/** The last moment a family may cancel (or move) a booking themselves. */
export function cancelCutoffAt(slot: Pick<SlotTiming, 'startsAt' | 'cancelCutoffHours'>): Date {
  return dayjs(slot.startsAt).subtract(slot.cancelCutoffHours, 'hour').toDate()
}

/** Why a slot cannot be booked at `now`, or null when it can (places aside: those are taken in the database). */
export function unavailableReason(now: Date, slot: SlotTiming): UnavailableReason | null {
  if (slot.status === 'cancelled') return 'SLOT_CANCELLED'
  if (now.getTime() < windowOpensAt(slot).getTime()) return 'BOOKING_WINDOW_NOT_OPEN'
  if (now.getTime() > bookingClosesAt(slot).getTime()) return 'BOOKING_TOO_LATE'
  return null
}

export function isBookable(now: Date, slot: SlotTiming): boolean {
  return unavailableReason(now, slot) === null
}

/** Throws the reason a parent would read when the slot cannot be booked at `now`. */
export function assertBookable(now: Date, slot: SlotTiming): void {
  const reason = unavailableReason(now, slot)
  if (reason === 'BOOKING_WINDOW_NOT_OPEN') {
    throw new DomainError(reason, { opensAt: formatChinaDateTime(windowOpensAt(slot)) })
  }
  if (reason === 'BOOKING_TOO_LATE') {
    throw new DomainError(reason, { minutes: slot.minNoticeMinutes })
  }
  if (reason) throw new DomainError(reason)
}

export function canCancel(now: Date, slot: Pick<SlotTiming, 'startsAt' | 'cancelCutoffHours'>): boolean {
  return now.getTime() <= cancelCutoffAt(slot).getTime()
}

export function assertCanCancel(now: Date, slot: Pick<SlotTiming, 'startsAt' | 'cancelCutoffHours'>): void {
  if (!canCancel(now, slot)) {
    throw new DomainError('CANCELLATION_CUTOFF_PASSED', {
      hours: slot.cancelCutoffHours,
      cutoff: formatChinaDateTime(cancelCutoffAt(slot))
    })
  }
}
