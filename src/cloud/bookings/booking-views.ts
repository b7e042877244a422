import { bookingReference, type BookingView, type SlotBookingRow, type WaitlistView } from '../../domain/bookings/booking-schema'
import {
  bookingClosesAt,
  canCancel,
  cancelCutoffAt,
  unavailableReason,
  windowOpensAt
} from '../../domain/bookings/booking-window-rules'
import { chinaDateOf } from '../../domain/bookings/china-time-rules'
import type { SlotView } from '../../domain/bookings/slot-schema'
import { ageInMonths } from '../../domain/family/child-rules'
import type { BookingRecord } from './booking-repository'
import type { SlotRecord } from './slot-repository'
import type { WaitlistRecord } from './waitlist-repository'

export function toSlotView(now: Date, slot: SlotRecord): SlotView {
  const reason = unavailableReason(now, slot)
  return {
    id: slot.id,
    offeringId: slot.offeringId,
    startsAt: slot.startsAt,
    endsAt: slot.endsAt,
    status: slot.status,
    capacity: slot.capacity,
    ageBand: slot.ageBand,
    windowDaysAhead: slot.windowDaysAhead,
    windowOpensAt: slot.windowOpensAt,
    minNoticeMinutes: slot.minNoticeMinutes,
    cancelCutoffHours: slot.cancelCutoffHours,
    priceFen: slot.priceFen,
    placesLeft: Math.max(0, slot.capacity - slot.booked - slot.held),
    windowOpensAtInstant: windowOpensAt(slot).toISOString(),
    bookingClosesAt: bookingClosesAt(slot).toISOString(),
    cancelCutoffAt: cancelCutoffAt(slot).toISOString(),
    bookable: reason === null,
    unavailableReason: reason
  }
}

const slotBrief = (slot: SlotRecord) => ({
  id: slot.id,
  startsAt: slot.startsAt,
  endsAt: slot.endsAt,
  priceFen: slot.priceFen,
  ageBand: slot.ageBand,
  cancelCutoffAt: cancelCutoffAt(slot).toISOString()
})

const offeringBrief = (record: BookingRecord | WaitlistRecord) => ({
  id: record.offering.id,
  kind: record.offering.kind,
  classKind: record.offering.classKind,
  title: record.offering.title,
  hostName: record.offering.hostName,
  institutionId: record.offering.institutionId
})

export function toBookingView(now: Date, booking: BookingRecord): BookingView {
  return {
    id: booking.id,
    reference: bookingReference(booking.id),
    status: booking.status,
    slot: slotBrief(booking.slot),
    offering: offeringBrief(booking),
    child: booking.child ? { id: booking.child.id, nickname: booking.child.nickname } : null,
    createdAt: booking.createdAt,
    cancelledAt: booking.cancelledAt,
    canChange: booking.status === 'confirmed' && booking.slot.status === 'open' && canCancel(now, booking.slot),
    rescheduledFromId: booking.rescheduledFromId
  }
}

export function toWaitlistView(entry: WaitlistRecord): WaitlistView {
  return {
    id: entry.id,
    status: entry.status,
    slot: slotBrief(entry.slot),
    offering: offeringBrief(entry),
    child: entry.child ? { id: entry.child.id, nickname: entry.child.nickname } : null,
    position: entry.position,
    offerExpiresAt: entry.status === 'offered' ? entry.offerExpiresAt : null
  }
}

export function toSlotBookingRow(booking: BookingRecord): SlotBookingRow {
  return {
    id: booking.id,
    reference: bookingReference(booking.id),
    status: booking.status,
    child: booking.child
      ? { nickname: booking.child.nickname, ageMonths: ageInMonths(booking.child.birthMonth, chinaDateOf(booking.slot.startsAt)) }
      : null,
    sharedContact: booking.sharedContact,
    createdAt: booking.createdAt,
    cancelledAt: booking.cancelledAt
  }
}
