import '../../i18n/zh-cn-pages/bookings'
import { cancelCutoffAt } from '../../domain/bookings/booking-window-rules'
import { formatDateTime } from '../../i18n/locale-format'
// The server answers people in every language: all catalogues, not only the one a phone loads.
import '../../i18n/all-catalogues'
import { inLocale, t } from '../../i18n/translate'
import { readerLocale } from '../account/locale-service'
import type { Queryable } from '../db/database'
import { notify } from '../inbox/inbox-service'
import type { BookingRecord } from './booking-repository'
import type { SlotRecord } from './slot-repository'

/**
 * Messages the booking service leaves in a family's inbox, always in the transaction that made the change, and
 * in the language the family chose: often an institution's action writes them, while the family is away.
 */

const MY_BOOKINGS_LINK = '/pages/bookings/index'

interface About {
  offering: { title: string; hostName: string }
  slot: Pick<SlotRecord, 'startsAt' | 'cancelCutoffHours'>
  child: { nickname: string } | null
}

const facts = (about: About) => ({
  title: about.offering.title,
  host: about.offering.hostName,
  startsAt: formatDateTime(about.slot.startsAt),
  who: about.child ? t('bookings.messages.forChild', { nickname: about.child.nickname }) : t('bookings.messages.forYou')
})

/** Writes one message to `userId`, its words rendered in their language. */
async function send(q: Queryable, userId: string, now: Date, render: () => { title: string; body: string }) {
  const locale = await readerLocale(q, userId)
  const { title, body } = inLocale(locale, render)
  return notify(q, { userId, topic: 'bookings', title, body, link: MY_BOOKINGS_LINK }, now)
}

export const sendBookingConfirmed = (q: Queryable, booking: BookingRecord, now: Date) =>
  send(q, booking.userId, now, () => ({
    title: t('bookings.messages.confirmedTitle'),
    body: t('bookings.messages.confirmedBody', { ...facts(booking), cutoff: formatDateTime(cancelCutoffAt(booking.slot)) })
  }))

export const sendBookingRescheduled = (q: Queryable, booking: BookingRecord, now: Date) =>
  send(q, booking.userId, now, () => ({ title: t('bookings.messages.rescheduledTitle'), body: t('bookings.messages.rescheduledBody', facts(booking)) }))

export const sendBookingCancelled = (q: Queryable, booking: BookingRecord, now: Date) =>
  send(q, booking.userId, now, () => ({ title: t('bookings.messages.cancelledTitle'), body: t('bookings.messages.cancelledBody', facts(booking)) }))

export const sendReminder = (q: Queryable, booking: BookingRecord, now: Date) =>
  send(q, booking.userId, now, () => ({ title: t('bookings.messages.reminderTitle'), body: t('bookings.messages.reminderBody', facts(booking)) }))

export const sendCancelledByInstitution = (q: Queryable, booking: BookingRecord, now: Date) =>
  send(q, booking.userId, now, () => ({
    title: t('bookings.messages.cancelledByInstitutionTitle'),
    body: t('bookings.messages.cancelledByInstitutionBody', facts(booking))
  }))

export const sendWaitlistOffer = (q: Queryable, userId: string, about: About, expiresAt: Date, now: Date) =>
  send(q, userId, now, () => ({
    title: t('bookings.messages.offerTitle'),
    body: t('bookings.messages.offerBody', { ...facts(about), expiresAt: formatDateTime(expiresAt) })
  }))

export const sendOfferExpired = (q: Queryable, userId: string, about: About, now: Date) =>
  send(q, userId, now, () => ({ title: t('bookings.messages.offerExpiredTitle'), body: t('bookings.messages.offerExpiredBody', facts(about)) }))

export const sendWaitlistClosed = (q: Queryable, userId: string, about: About, now: Date) =>
  send(q, userId, now, () => ({ title: t('bookings.messages.waitlistClosedTitle'), body: t('bookings.messages.waitlistClosedBody', facts(about)) }))
