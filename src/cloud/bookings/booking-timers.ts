import type { Database } from '../db/database'
import { runBookingTimers } from './reminder-service'

export interface BookingTimerOptions {
  intervalMs?: number
  now?: () => Date
}

const EVERY_MINUTE = 60_000

/**
 * Runs the booking timers (lapsed offers passed on, due reminders sent) in a long-running server: once now,
 * then every minute. One sweep at a time in this process; several processes are safe as each reminder and
 * offer is claimed in the database. Returns the function that stops it.
 */
export function startBookingTimers(db: Database, options: BookingTimerOptions = {}): () => void {
  const now = options.now ?? (() => new Date())
  let running = false
  const sweep = async () => {
    if (running) return
    running = true
    try {
      await runBookingTimers(db, now())
    } catch (error) {
      console.error(JSON.stringify({ level: 'error', message: 'booking timers failed', error: error instanceof Error ? error.message : String(error) }))
    } finally {
      running = false
    }
  }
  const timer = setInterval(() => void sweep(), options.intervalMs ?? EVERY_MINUTE)
  timer.unref()
  void sweep()
  return () => clearInterval(timer)
}
