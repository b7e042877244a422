import type { Database } from '../db/database'
import { runBookingTimers } from './reminder-service'
import { subscribeGatewayFromEnv, type SubscribeGateway } from './wechat-subscribe-gateway'

interface BookingTimerOptions {
  intervalMs?: number
  now?: () => Date
  /** WeChat subscribe messages; by default from WECHAT_APPID, WECHAT_SECRET and WECHAT_REMINDER_TEMPLATE_ID. */
  wechat?: SubscribeGateway | null
}

const EVERY_MINUTE = 60_000

/**
 * Runs the booking timers (lapsed offers passed on, due reminders sent) in a long-running server: once now,
 * then every minute. One sweep at a time in this process; several processes are safe as each reminder and
 * offer is claimed in the database. Returns the function that stops it.
 */
export function startBookingTimers(db: Database, options: BookingTimerOptions = {}): () => void {
  const now = options.now ?? (() => new Date())
  const wechat = options.wechat === undefined ? subscribeGatewayFromEnv(process.env) : options.wechat
  let running = false
  const sweep = async () => {
    if (running) return
    running = true
    try {
      await runBookingTimers(db, now(), wechat)
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
