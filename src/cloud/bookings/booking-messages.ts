import { formatChinaDateTime } from '../../domain/bookings/china-time-rules'
import { cancelCutoffAt } from '../../domain/bookings/booking-window-rules'
import type { NewInboxMessage } from '../../domain/inbox/inbox-schema'
import { t } from '../../i18n/translate'
import type { Queryable } from '../db/database'
import { notify } from '../inbox/inbox-service'
import type { BookingRecord } from './booking-repository'
import type { SlotRecord } from './slot-repository'

/** Messages the booking service leaves in a family's inbox, always in the transaction that made the change. */

const MY_BOOKINGS_LINK = '/pages/bookings/index'

interface About {
  offering: { title: string; hostName: string }
  slot: Pick<SlotRecord, 'startsAt' | 'cancelCutoffHours'>
  child: { nickname: string } | null
}

const facts = (about: About) => ({
  title: about.offering.title,
  host: about.offering.hostName,
  startsAt: formatChinaDateTime(about.slot.startsAt),
  who: about.child ? t('bookings.messages.forChild', { nickname: about.child.nickname }) : t('bookings.messages.forYou')
})

const message = (userId: string, title: string, body: string): NewInboxMessage => ({
  userId,
  topic: 'bookings',
  title,
  body,
  link: MY_BOOKINGS_LINK
})

export const sendBookingConfirmed = (q: Queryable, booking: BookingRecord, now: Date) =>
  notify(
    q,
    message(
      booking.userId,
      t('bookings.messages.confirmedTitle'),
      t('bookings.messages.confirmedBody', { ...facts(booking), cutoff: formatChinaDateTime(cancelCutoffAt(booking.slot)) })
    ),
    now
  )

export const sendBookingRescheduled = (q: Queryable, booking: BookingRecord, now: Date) =>
  notify(q, message(booking.userId, t('bookings.messages.rescheduledTitle'), t('bookings.messages.rescheduledBody', facts(booking))), now)

export const sendBookingCancelled = (q: Queryable, booking: BookingRecord, now: Date) =>
  notify(q, message(booking.userId, t('bookings.messages.cancelledTitle'), t('bookings.messages.cancelledBody', facts(booking))), now)

export const sendReminder = (q: Queryable, booking: BookingRecord, now: Date) =>
  notify(q, message(booking.userId, t('bookings.messages.reminderTitle'), t('bookings.messages.reminderBody', facts(booking))), now)

export const sendCancelledByInstitution = (q: Queryable, booking: BookingRecord, now: Date) =>
  notify(
    q,
    message(
      booking.userId,
      t('bookings.messages.cancelledByInstitutionTitle'),
      t('bookings.messages.cancelledByInstitutionBody', facts(booking))
    ),
    now
  )

export const sendWaitlistOffer = (q: Queryable, userId: string, about: About, expiresAt: Date, now: Date) =>
  notify(
    q,
    message(userId, t('bookings.messages.offerTitle'), t('bookings.messages.offerBody', { ...facts(about), expiresAt: formatChinaDateTime(expiresAt) })),
    now
  )

export const sendOfferExpired = (q: Queryable, userId: string, about: About, now: Date) =>
  notify(q, message(userId, t('bookings.messages.offerExpiredTitle'), t('bookings.messages.offerExpiredBody', facts(about))), now)

export const sendWaitlistClosed = (q: Queryable, userId: string, about: About, now: Date) =>
  notify(q, message(userId, t('bookings.messages.waitlistClosedTitle'), t('bookings.messages.waitlistClosedBody', facts(about))), now)
