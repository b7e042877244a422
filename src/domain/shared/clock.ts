import dayjs from 'dayjs'
import timezone from 'dayjs/plugin/timezone'
import utc from 'dayjs/plugin/utc'

dayjs.extend(utc)
dayjs.extend(timezone)

/** Every date a family or regulator reads is a date in China, whatever the server's own time zone. */
export const APP_TIME_ZONE = 'Asia/Shanghai'

/** Today's calendar date in Asia/Shanghai, YYYY-MM-DD. */
export function todayInChina(now: Date = new Date()): string {
  return dayjs(now).tz(APP_TIME_ZONE).format('YYYY-MM-DD')
}

/** Whole days from one YYYY-MM-DD date to another (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return dayjs.utc(to).diff(dayjs.utc(from), 'day')
}

export { dayjs }
