import { DomainError } from '../../domain/shared/error-codes'
import type { Handlers, ServiceContext } from '../shared/service-context'
import { availability, listOfferings } from './availability-service'
import { book, cancelBooking, reschedule } from './booking-service'
import { acceptOffer, joinWaitlist, leaveWaitlist, myBookings } from './waitlist-service'
import { cancelSlot, createOffering, createSlots, markAttendance, slotBookings, workspace } from './workspace-service'

function parent(ctx: ServiceContext): string {
  if (!ctx.user) throw new DomainError('UNAUTHENTICATED')
  return ctx.user.id
}

export const bookingsHandlers: Handlers<'bookings'> = {
  listOfferings: (ctx, input) => listOfferings(ctx.db, input, ctx.now),
  availability: (ctx, input) => availability(ctx.db, input, ctx.now),
  book: (ctx, input) => book(ctx.db, parent(ctx), input, ctx.now),
  myBookings: (ctx, input) => myBookings(ctx.db, parent(ctx), input.scope, ctx.now),
  cancel: (ctx, input) => cancelBooking(ctx.db, parent(ctx), input.bookingId, ctx.now),
  reschedule: (ctx, input) => reschedule(ctx.db, parent(ctx), input, ctx.now),
  joinWaitlist: (ctx, input) => joinWaitlist(ctx.db, parent(ctx), input, ctx.now),
  leaveWaitlist: (ctx, input) => leaveWaitlist(ctx.db, parent(ctx), input.entryId, ctx.now),
  acceptOffer: (ctx, input) => acceptOffer(ctx.db, parent(ctx), input, ctx.now),
  workspace: (ctx, input) => workspace(ctx.db, ctx.user, input, ctx.now),
  createOffering: (ctx, input) => createOffering(ctx.db, ctx.user, input, ctx.now),
  createSlots: (ctx, input) => createSlots(ctx.db, ctx.user, input, ctx.now),
  slotBookings: (ctx, input) => slotBookings(ctx.db, ctx.user, input.slotId, ctx.now),
  markAttendance: (ctx, input) => markAttendance(ctx.db, ctx.user, input, ctx.now),
  cancelSlot: (ctx, input) => cancelSlot(ctx.db, ctx.user, input.slotId, ctx.now)
}
