import type { Database } from '../db/database'
import { findBooking } from './booking-repository'
import { sendReminder } from './booking-messages'
import { expireLapsedOffers } from './place-release-service'
import { claimDueReminders, dropStaleReminders } from './reminder-repository'

const REMINDER_BATCH = 500

/**
 * Sends every reminder that has fallen due, each exactly once: a reminder is claimed and its message written
 * in one transaction, so a crash sends nothing and a second sender running at the same time finds it taken.
 * Returns how many were sent.
 */
export async function sendDueReminders(db: Database, now: Date): Promise<number> {
  let sent = 0
  for (;;) {
    const batch = await db.transaction(async (tx) => {
      const claimed = await claimDueReminders(tx, now, REMINDER_BATCH)
      for (const reminder of claimed) {
        const booking = await findBooking(tx, reminder.bookingId)
        if (booking) await sendReminder(tx, booking, now)
      }
      return claimed.length
    })
    sent += batch
    if (batch < REMINDER_BATCH) break
  }
  await dropStaleReminders(db, now)
  return sent
}

/** What a timer runs every minute or so: lapsed waitlist offers passed on, due reminders sent. */
export async function runBookingTimers(db: Database, now: Date): Promise<{ offersExpired: number; remindersSent: number }> {
  const offersExpired = await expireLapsedOffers(db, now)
  const remindersSent = await sendDueReminders(db, now)
  return { offersExpired, remindersSent }
}
