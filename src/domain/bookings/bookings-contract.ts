import { action, PUBLIC, rolesOnly } from '../shared/action-spec'
import {
  acceptOfferInputSchema,
  availabilityInputSchema,
  availabilityOutputSchema,
  bookingRefInputSchema,
  bookingViewSchema,
  bookInputSchema,
  cancelSlotOutputSchema,
  joinWaitlistInputSchema,
  listOfferingsOutputSchema,
  markAttendanceInputSchema,
  myBookingsInputSchema,
  myBookingsOutputSchema,
  rescheduleInputSchema,
  slotBookingRowSchema,
  slotBookingsOutputSchema,
  slotRefInputSchema,
  waitlistRefInputSchema,
  waitlistViewSchema,
  workspaceInputSchema,
  workspaceOutputSchema
} from './booking-schema'
import { createOfferingInputSchema, listOfferingsInputSchema, offeringSchema } from './offering-schema'
import { createSlotsInputSchema, createSlotsOutputSchema } from './slot-schema'

const parentOnly = rolesOnly('parent')
const staffOnly = rolesOnly('institution_staff')

/**
 * 预约: families book visits, trial days, hourly and temporary care and classes; institution staff publish
 * slots for their own institution and see who comes. Seats are taken atomically, never oversold.
 */
export const bookingsContract = {
  listOfferings: action({
    summary: "An institution's bookable services, or a region's classes (community centres included)",
    input: listOfferingsInputSchema,
    output: listOfferingsOutputSchema,
    access: PUBLIC
  }),
  availability: action({
    summary: 'Slots of one offering for the coming month, with places left and whether each can be booked now',
    input: availabilityInputSchema,
    output: availabilityOutputSchema,
    access: PUBLIC
  }),
  book: action({
    summary: 'Book a place on a slot for a child; retrying with the same idempotency key returns the same booking',
    input: bookInputSchema,
    output: bookingViewSchema,
    access: parentOnly
  }),
  myBookings: action({
    summary: 'My upcoming or past bookings, and the waitlists I am on',
    input: myBookingsInputSchema,
    output: myBookingsOutputSchema,
    access: parentOnly
  }),
  cancel: action({
    summary: 'Cancel my booking before the cut-off; the place goes to the first waiting family',
    input: bookingRefInputSchema,
    output: bookingViewSchema,
    access: parentOnly
  }),
  reschedule: action({
    summary: 'Move my booking to another slot of the same service, atomically: if the new slot is full the old booking stays',
    input: rescheduleInputSchema,
    output: bookingViewSchema,
    access: parentOnly
  }),
  joinWaitlist: action({
    summary: 'Wait for a place on a full slot; returns my position',
    input: joinWaitlistInputSchema,
    output: waitlistViewSchema,
    access: parentOnly
  }),
  leaveWaitlist: action({
    summary: 'Stop waiting (a place held for me passes to the next family)',
    input: waitlistRefInputSchema,
    output: waitlistViewSchema,
    access: parentOnly
  }),
  acceptOffer: action({
    summary: 'Take the place held for me before the offer expires',
    input: acceptOfferInputSchema,
    output: bookingViewSchema,
    access: parentOnly
  }),
  workspace: action({
    summary: "Staff: my institution's offerings with their slots (the past week and ahead)",
    input: workspaceInputSchema,
    output: workspaceOutputSchema,
    access: staffOnly
  }),
  createOffering: action({
    summary: 'Staff: publish a bookable service for my institution',
    input: createOfferingInputSchema,
    output: offeringSchema,
    access: staffOnly
  }),
  createSlots: action({
    summary: 'Staff: add one slot, or a weekly repeating slot that skips official holidays',
    input: createSlotsInputSchema,
    output: createSlotsOutputSchema,
    access: staffOnly
  }),
  slotBookings: action({
    summary: 'Staff: who is booked on one of my slots',
    input: slotRefInputSchema,
    output: slotBookingsOutputSchema,
    access: staffOnly
  }),
  markAttendance: action({
    summary: 'Staff: mark a booking attended or no-show once the slot has started',
    input: markAttendanceInputSchema,
    output: slotBookingRowSchema,
    access: staffOnly
  }),
  cancelSlot: action({
    summary: 'Staff: cancel a slot; every booking on it is cancelled and the families notified',
    input: slotRefInputSchema,
    output: cancelSlotOutputSchema,
    access: staffOnly
  })
}
