import { todayInChina } from '../../domain/shared/clock'
import { runBookingTimers } from '../bookings/reminder-service'
import type { SubscribeGateway } from '../bookings/wechat-subscribe-gateway'
import type { Database } from '../db/database'
import { forgetSpentSignIns } from '../account/session-service'
import { sweepAlerts } from '../following/alert-sweep-service'
import type { AlertWechat } from '../following/wechat-alert-gateway'
import { refreshSampleData } from './seed-sample-data'
import { errorField, serverLog } from '../shared/server-log'

interface UpkeepOptions {
  intervalMs?: number
  now?: () => Date
  /** WeChat subscribe messages for reminders; none by default. */
  wechat?: SubscribeGateway | null
  /** WeChat subscribe messages for alerts; none by default. */
  alertWechat?: AlertWechat | null
}

const EVERY_MINUTE = 60_000

/**
 * The upkeep of a long-running server: once now, then every minute, the booking timers (lapsed offers passed
 * on, due reminders sent), the alerts sweep (registry changes a sweep after their write did not deliver) and, on the first sweep of each China day, the sample data topped up (two weeks of
 * sample slots ahead) and spent SMS codes and long-ended sessions deleted, so reads never have to write. One sweep at a time in this process; several processes
 * are safe as each reminder and offer is claimed in the database and sample rows are added by id. Returns
 * the function that stops it.
 */
export function startUpkeep(db: Database, options: UpkeepOptions = {}): () => void {
  const now = options.now ?? (() => new Date())
  const wechat = options.wechat ?? null
  let running = false
  let sampleDataDay: string | null = null
  const sweep = async () => {
    if (running) return
    running = true
    try {
      const at = now()
      await runBookingTimers(db, at, wechat)
      await sweepAlerts(db, at, options.alertWechat ?? null)
      if (sampleDataDay !== todayInChina(at)) {
        await refreshSampleData(db, at)
        await forgetSpentSignIns(db, at)
        sampleDataDay = todayInChina(at)
      }
    } catch (error) {
      serverLog().error({ error: errorField(error) }, 'upkeep failed')
    } finally {
      running = false
    }
  }
  const timer = setInterval(() => void sweep(), options.intervalMs ?? EVERY_MINUTE)
  timer.unref()
  void sweep()
  return () => clearInterval(timer)
}
