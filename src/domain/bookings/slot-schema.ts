import { z } from 'zod'
import { ageBandSchema } from '../finder/finder-enum-schemas'
import { dayjs } from '../shared/clock'
import { clockTimeSchema, fenSchema, isoDateSchema } from '../shared/date-schema'
import { offeringIdSchema } from './offering-schema'

export const slotIdSchema = z.string().regex(/^sl-[a-z0-9-]{4,60}$/)

/** A China calendar date that exists (no 30 February rolling over into March). */
export const calendarDateSchema = isoDateSchema.refine((value) => dayjs.utc(value).format('YYYY-MM-DD') === value, {
  message: 'no such date'
})

/** An instant, always sent and stored in UTC (`…Z`); pages show it in China time (UTC+8). */
export const instantSchema = z.iso.datetime()

export const SLOT_LIMITS = {
  capacity: { min: 1, max: 200 },
  windowDaysAhead: { min: 0, max: 60 },
  minNoticeMinutes: { min: 0, max: 7 * 24 * 60 },
  cancelCutoffHours: { min: 0, max: 7 * 24 },
  priceFen: { max: 10_000_000 },
  weeks: { min: 1, max: 26 }
} as const

/**
 * When and how a slot can be booked. The window opens `windowDaysAhead` days before the slot's day at
 * `windowOpensAt` (China time); booking closes `minNoticeMinutes` before the start; a booking can be
 * cancelled until `cancelCutoffHours` before the start.
 */
const slotPolicySchema = z.object({
  capacity: z.number().int().min(SLOT_LIMITS.capacity.min).max(SLOT_LIMITS.capacity.max),
  ageBand: ageBandSchema.nullable(),
  windowDaysAhead: z.number().int().min(SLOT_LIMITS.windowDaysAhead.min).max(SLOT_LIMITS.windowDaysAhead.max),
  windowOpensAt: clockTimeSchema,
  minNoticeMinutes: z.number().int().min(SLOT_LIMITS.minNoticeMinutes.min).max(SLOT_LIMITS.minNoticeMinutes.max),
  cancelCutoffHours: z.number().int().min(SLOT_LIMITS.cancelCutoffHours.min).max(SLOT_LIMITS.cancelCutoffHours.max),
  /** 0 is free. */
  priceFen: fenSchema.max(SLOT_LIMITS.priceFen.max)
})
type SlotPolicy = z.infer<typeof slotPolicySchema>

const SLOT_STATUSES = ['open', 'cancelled'] as const
const slotStatusSchema = z.enum(SLOT_STATUSES)
export type SlotStatus = z.infer<typeof slotStatusSchema>

/** What the rules need to know about a slot. */
export interface SlotTiming extends Pick<SlotPolicy, 'windowDaysAhead' | 'windowOpensAt' | 'minNoticeMinutes' | 'cancelCutoffHours'> {
  startsAt: string
  endsAt: string
  status: SlotStatus
}

const UNAVAILABLE_REASONS = ['SLOT_CANCELLED', 'BOOKING_WINDOW_NOT_OPEN', 'BOOKING_TOO_LATE'] as const
const unavailableReasonSchema = z.enum(UNAVAILABLE_REASONS)
export type UnavailableReason = z.infer<typeof unavailableReasonSchema>

export const slotViewSchema = slotPolicySchema.extend({
  id: slotIdSchema,
  offeringId: offeringIdSchema,
  startsAt: instantSchema,
  endsAt: instantSchema,
  status: slotStatusSchema,
  /** capacity − confirmed bookings − places held for a waitlist offer. */
  placesLeft: z.number().int().min(0),
  windowOpensAtInstant: instantSchema,
  bookingClosesAt: instantSchema,
  cancelCutoffAt: instantSchema,
  /** Whether a booking (or a waitlist place when full) can be made now; the reason when not. */
  bookable: z.boolean(),
  unavailableReason: unavailableReasonSchema.nullable()
})
export type SlotView = z.infer<typeof slotViewSchema>

/** One slot on a date, or the same slot every chosen weekday for some weeks. */
const slotScheduleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('once'), date: calendarDateSchema }).strict(),
  z
    .object({
      kind: z.literal('weekly'),
      firstDate: calendarDateSchema,
      weeks: z.number().int().min(SLOT_LIMITS.weeks.min).max(SLOT_LIMITS.weeks.max),
      /** ISO weekdays, Monday = 1. */
      weekdays: z
        .array(z.number().int().min(1).max(7))
        .min(1)
        .max(7)
        .refine((days) => new Set(days).size === days.length, { message: 'duplicate weekdays' }),
      /** Also open on a 调休 working weekend day, as parents work that day. */
      onMakeupWorkdays: z.boolean().default(false)
    })
    .strict()
])

export const createSlotsInputSchema = z
  .object({
    offeringId: offeringIdSchema,
    startTime: clockTimeSchema,
    endTime: clockTimeSchema,
    schedule: slotScheduleSchema,
    capacity: slotPolicySchema.shape.capacity,
    ageBand: ageBandSchema.nullable().default(null),
    windowDaysAhead: slotPolicySchema.shape.windowDaysAhead.default(7),
    windowOpensAt: clockTimeSchema.default('08:00'),
    minNoticeMinutes: slotPolicySchema.shape.minNoticeMinutes.default(120),
    cancelCutoffHours: slotPolicySchema.shape.cancelCutoffHours.default(24),
    priceFen: slotPolicySchema.shape.priceFen.default(0)
  })
  .strict()
  .refine((input) => input.startTime < input.endTime, { message: 'endTime must be after startTime', path: ['endTime'] })
export type CreateSlotsInput = z.output<typeof createSlotsInputSchema>

const skippedDateSchema = z.object({ date: isoDateSchema, holiday: z.string() })

export const createSlotsOutputSchema = z.object({
  created: z.array(slotViewSchema),
  /** Dates the schedule fell on that are official holidays, so no slot was made. */
  skippedHolidays: z.array(skippedDateSchema),
  /** Dates in a year whose official holiday calendar is not yet published: created, but not checked. */
  uncheckedDates: z.array(isoDateSchema)
})
