import { formatInChina } from '../../domain/shared/clock'
import type { Database } from '../db/database'
import { findBooking, type BookingRecord } from './booking-repository'
import { sendReminder } from './booking-messages'
import { expireLapsedOffers } from './place-release-service'
import { claimDueReminders, claimWechatReminders, dropStaleReminders } from './reminder-repository'
import type { SubscribeGateway } from './wechat-subscribe-gateway'
import { messageOf, serverLog } from '../shared/server-log'

const REMINDER_BATCH = 500
const MY_BOOKINGS_PAGE = '/pages/bookings/index'

/**
 * The WeChat half of a reminder, for parents who allowed it at the confirm tap. Claimed in the database before
 * sending, so it goes at most once however many senders run; a failure is logged (the inbox has the reminder).
 */
async function sendWechatReminders(db: Database, bookings: readonly BookingRecord[], now: Date, wechat: SubscribeGateway): Promise<void> {
  const claimed = await claimWechatReminders(db, bookings.map((b) => b.id), now)
  for (const { bookingId, openid } of claimed) {
    const booking = bookings.find((b) => b.id === bookingId)
    if (!booking || !openid) continue
    try {
      await wechat.send({
        openid,
        page: MY_BOOKINGS_PAGE,
        title: booking.offering.title,
        startsAt: formatInChina(booking.slot.startsAt, 'YYYY-MM-DD HH:mm'),
        place: booking.offering.hostName
      })
    } catch (error) {
      serverLog().error({ bookingId, error: messageOf(error) }, 'WeChat reminder not sent')
    }
  }
}

/**
 * Sends every reminder that has fallen due, each exactly once: a reminder is claimed and its inbox message
 * written in one transaction, so a crash sends nothing and a second sender running at the same time finds it
 * taken. With a WeChat gateway, parents who allowed it also get the first reminder as a subscribe message.
 * Returns how many were sent.
 */
export async function sendDueReminders(db: Database, now: Date, wechat: SubscribeGateway | null = null): Promise<number> {
  let sent = 0
  for (;;) {
    const reminded = await db.transaction(async (tx) => {
      const bookings: BookingRecord[] = []
      for (const reminder of await claimDueReminders(tx, now, REMINDER_BATCH)) {
        const booking = await findBooking(tx, reminder.bookingId)
        if (!booking) continue
        await sendReminder(tx, booking, now)
        bookings.push(booking)
      }
      return bookings
    })
    if (wechat) await sendWechatReminders(db, reminded, now, wechat)
    sent += reminded.length
    if (reminded.length < REMINDER_BATCH) break
  }
  await dropStaleReminders(db, now)
  return sent
}

/** What a timer runs every minute or so: lapsed waitlist offers passed on, due reminders sent. */
export async function runBookingTimers(
  db: Database,
  now: Date,
  wechat: SubscribeGateway | null = null
): Promise<{ offersExpired: number; remindersSent: number }> {
  const offersExpired = await expireLapsedOffers(db, now)
  const remindersSent = await sendDueReminders(db, now, wechat)
  return { offersExpired, remindersSent }
}
