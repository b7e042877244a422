import dayjs from 'dayjs'
import timezone from 'dayjs/plugin/timezone'
import utc from 'dayjs/plugin/utc'

dayjs.extend(utc)
dayjs.extend(timezone)

/** Every date a family or regulator reads is a date in China, whatever the server's own time zone. */
export const APP_TIME_ZONE = 'Asia/Shanghai'

const DAY_MS = 86_400_000
/** China keeps UTC+8 all year; a fixed offset, because Android WeChat lacks Intl time-zone data. */
const CHINA_OFFSET_MS = 8 * 3_600_000

/**
 * A calendar date as a whole number of days since 1970-01-01, so date rules are integer arithmetic (search
 * compares thousands of report dates per query; date-library calls there cost more than the search itself).
 */
export function dayNumber(isoDate: string): number {
  const year = Number(isoDate.slice(0, 4))
  const month = Number(isoDate.slice(5, 7))
  const day = Number(isoDate.slice(8, 10))
  return Date.UTC(year, month - 1, day) / DAY_MS
}

/** The YYYY-MM-DD date of a day number. */
export function isoDateOfDayNumber(days: number): string {
  return new Date(days * DAY_MS).toISOString().slice(0, 10)
}

/** Today's day number in China. */
export function chinaDayNumber(now: Date = new Date()): number {
  return Math.floor((now.getTime() + CHINA_OFFSET_MS) / DAY_MS)
}

/** Today's calendar date in Asia/Shanghai, YYYY-MM-DD. */
export function todayInChina(now: Date = new Date()): string {
  return isoDateOfDayNumber(chinaDayNumber(now))
}

/** Whole days from one YYYY-MM-DD date to another (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from)
}

export { dayjs }
