import { z } from 'zod'
import { phoneSchema } from '../account/account-schema'
import { ageBandSchema } from '../finder/finder-enum-schemas'
import { institutionIdSchema } from '../finder/institution-schema'
import { childIdSchema } from '../family/child-schema'
import { fenSchema, isoDateSchema } from '../shared/date-schema'
import { classKindSchema, offeringIdSchema, offeringKindSchema, offeringSchema } from './offering-schema'
import { calendarDateSchema, instantSchema, slotIdSchema, slotViewSchema } from './slot-schema'

const bookingIdSchema = z.string().regex(/^bk-[a-z0-9-]{4,60}$/)
const waitlistEntryIdSchema = z.string().regex(/^wl-[a-z0-9-]{4,60}$/)

/** Made once per tap on the client and sent again on every retry, so a retry returns the same booking. */
const idempotencyKeySchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/)

const BOOKING_STATUSES = ['confirmed', 'cancelled', 'cancelled_by_institution', 'rescheduled', 'attended', 'no_show'] as const
const bookingStatusSchema = z.enum(BOOKING_STATUSES)
export type BookingStatus = z.infer<typeof bookingStatusSchema>

const ATTENDANCE_MARKS = ['attended', 'no_show'] as const
const attendanceMarkSchema = z.enum(ATTENDANCE_MARKS)

const offeringBriefSchema = z.object({
  id: offeringIdSchema,
  kind: offeringKindSchema,
  classKind: classKindSchema.nullable(),
  title: z.string(),
  hostName: z.string(),
  institutionId: institutionIdSchema.nullable()
})

const childBriefSchema = z.object({ id: childIdSchema, nickname: z.string() })

const slotBriefSchema = z.object({
  id: slotIdSchema,
  startsAt: instantSchema,
  endsAt: instantSchema,
  priceFen: fenSchema,
  ageBand: ageBandSchema.nullable(),
  cancelCutoffAt: instantSchema
})

/** A short code the family shows at the door; staff find the booking by it without learning who the family is. */
const bookingReferenceSchema = z.string().regex(/^[A-Z0-9]{6}$/)

/** The last six characters of the id, upper-cased. */
export function bookingReference(bookingId: string): string {
  return bookingId.replace(/-/g, '').slice(-6).toUpperCase()
}

export const bookingViewSchema = z.object({
  id: bookingIdSchema,
  reference: bookingReferenceSchema,
  status: bookingStatusSchema,
  slot: slotBriefSchema,
  offering: offeringBriefSchema,
  child: childBriefSchema.nullable(),
  createdAt: instantSchema,
  cancelledAt: instantSchema.nullable(),
  /** Whether the family can still cancel or move it themselves. */
  canChange: z.boolean(),
  /** The booking this one replaced when it was made by rescheduling. */
  rescheduledFromId: bookingIdSchema.nullable()
})
export type BookingView = z.infer<typeof bookingViewSchema>

const WAITLIST_STATUSES = ['waiting', 'offered', 'accepted', 'declined', 'expired', 'left', 'closed'] as const
const waitlistStatusSchema = z.enum(WAITLIST_STATUSES)
export type WaitlistStatus = z.infer<typeof waitlistStatusSchema>

export const waitlistViewSchema = z.object({
  id: waitlistEntryIdSchema,
  status: waitlistStatusSchema,
  slot: slotBriefSchema,
  offering: offeringBriefSchema,
  child: childBriefSchema.nullable(),
  /** 1 for the next family to be offered a place; null once no longer waiting. */
  position: z.number().int().min(1).nullable(),
  /** Set while a freed place is held for this family. */
  offerExpiresAt: instantSchema.nullable()
})
export type WaitlistView = z.infer<typeof waitlistViewSchema>

/** True when the parent allowed the WeChat reminder (a one-time subscribe message) at the confirm tap. */
const wechatReminderSchema = z.boolean().default(false)

export const SHARED_CONTACT_NAME_MAX = 20

/**
 * A way to reach the family that the parent chose to give the institution for this booking (a name to ask for
 * and a mobile number), e.g. to say the teacher is ill. Only that institution's staff see it, on this booking.
 */
const sharedContactSchema = z
  .object({ contactName: z.string().trim().min(1).max(SHARED_CONTACT_NAME_MAX), contactPhone: phoneSchema })
  .strict()
export type SharedContact = z.output<typeof sharedContactSchema>

export const bookInputSchema = z
  .object({
    slotId: slotIdSchema,
    childId: childIdSchema.nullable().default(null),
    idempotencyKey: idempotencyKeySchema,
    wechatReminder: wechatReminderSchema,
    /** null (the default): nothing shared; staff see only the reference and the child's nickname and age. */
    sharedContact: sharedContactSchema.nullable().default(null)
  })
  .strict()
export type BookInput = z.output<typeof bookInputSchema>

export const bookingRefInputSchema = z.object({ bookingId: bookingIdSchema }).strict()

export const rescheduleInputSchema = z
  .object({ bookingId: bookingIdSchema, slotId: slotIdSchema, idempotencyKey: idempotencyKeySchema, wechatReminder: wechatReminderSchema })
  .strict()

export const joinWaitlistInputSchema = z
  .object({ slotId: slotIdSchema, childId: childIdSchema.nullable().default(null) })
  .strict()

export const waitlistRefInputSchema = z.object({ entryId: waitlistEntryIdSchema }).strict()

export const acceptOfferInputSchema = z.object({ entryId: waitlistEntryIdSchema, idempotencyKey: idempotencyKeySchema }).strict()

const BOOKING_SCOPES = ['upcoming', 'past'] as const
export const myBookingsInputSchema = z.object({ scope: z.enum(BOOKING_SCOPES).default('upcoming') }).strict()

export const myBookingsOutputSchema = z.object({
  bookings: z.array(bookingViewSchema),
  /** Waiting and offered places, upcoming only. */
  waitlist: z.array(waitlistViewSchema)
})

export const AVAILABILITY_DAYS = 31

export const availabilityInputSchema = z.object({ offeringId: offeringIdSchema, fromDate: calendarDateSchema.optional() }).strict()

export const availabilityOutputSchema = z.object({
  offering: offeringSchema,
  /** Slots starting on China calendar days from `fromDate` (today by default) for `AVAILABILITY_DAYS` days. */
  fromDate: isoDateSchema,
  toDate: isoDateSchema,
  slots: z.array(slotViewSchema)
})

const offeringSummarySchema = offeringSchema.extend({
  /** Slots still ahead that are open (whether or not their window has opened yet). */
  upcomingSlots: z.number().int().min(0),
  fromPriceFen: fenSchema.nullable()
})

export const listOfferingsOutputSchema = z.object({ offerings: z.array(offeringSummarySchema) })

/**
 * What institution staff see of one booking: its reference and the child's nickname and age, and the contact
 * only when the family chose to share it for this booking.
 */
export const slotBookingRowSchema = z.object({
  id: bookingIdSchema,
  reference: bookingReferenceSchema,
  status: bookingStatusSchema,
  child: z.object({ nickname: z.string(), ageMonths: z.number().int() }).nullable(),
  sharedContact: z.object({ contactName: z.string(), contactPhone: z.string() }).nullable(),
  createdAt: instantSchema,
  cancelledAt: instantSchema.nullable()
})
export type SlotBookingRow = z.infer<typeof slotBookingRowSchema>

export const slotBookingsOutputSchema = z.object({
  slot: slotViewSchema,
  offering: offeringSchema,
  bookings: z.array(slotBookingRowSchema),
  waiting: z.number().int().min(0)
})

export const markAttendanceInputSchema = z.object({ bookingId: bookingIdSchema, mark: attendanceMarkSchema }).strict()

export const slotRefInputSchema = z.object({ slotId: slotIdSchema }).strict()

export const cancelSlotOutputSchema = z.object({ slot: slotViewSchema, cancelledBookings: z.number().int().min(0) })

/** Offerings come a page at a time: an institution can run hundreds of classes and sessions. */
export const WORKSPACE_PAGE_SIZE = 20

/** `after`: the last offering of the page already shown. */
export const workspaceInputSchema = z.object({ after: offeringIdSchema.optional() }).strict()

export const workspaceOutputSchema = z.object({
  institutionId: institutionIdSchema,
  offerings: z.array(offeringSchema.extend({ slots: z.array(slotViewSchema) })),
  /** Pass back as `after` for the next page; null on the last page. */
  nextCursor: offeringIdSchema.nullable(),
  /** Every offering, without slots: what new slots can be added to. */
  allOfferings: z.array(offeringSchema)
})
