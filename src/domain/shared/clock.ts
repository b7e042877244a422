import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'

dayjs.extend(utc)

/**
 * China time, the one module that computes it (client and server alike). China keeps one offset all year,
 * UTC+8 with no daylight saving, so it is plain arithmetic on the instant: no `Intl` time zones, which the
 * JS engine of Android WeChat ignores or lacks (a phone on Xinjiang time, UTC+6, would see every slot two
 * hours off), and nothing read from the process or phone time zone.
 */
export const CHINA_UTC_OFFSET_MINUTES = 480

const OFFSET_MS = CHINA_UTC_OFFSET_MINUTES * 60_000

/**
 * China's wall clock at `instant`, for reading its fields and formatting (`.format('M月D日 HH:mm')`) and for
 * calendar arithmetic on it. It is a UTC-mode dayjs moved by eight hours rather than `utcOffset(480)`: dayjs
 * builds an offset value from the process's local time, and a local daylight-saving change between the
 * instant and its China wall clock (New York in March) then moves it by an hour. Not an instant: turn a wall
 * clock back into one with `chinaWallClockInstant`.
 */
export function inChina(instant: string | number | Date): dayjs.Dayjs {
  return dayjs.utc(dayjs(instant).valueOf() + OFFSET_MS)
}

/** An instant shown as a China wall clock in a dayjs pattern, e.g. 'YYYY-MM-DD HH:mm'. */
export function formatInChina(instant: string | number | Date, pattern: string): string {
  return inChina(instant).format(pattern)
}

/** The instant at which China's wall clock reads `date` (YYYY-MM-DD) at `time` (HH:mm, default midnight). */
export function chinaWallClockInstant(date: string, time = '00:00'): Date {
  return new Date(dayjs.utc(`${date}T${time}`).valueOf() - OFFSET_MS)
}

const DAY_MS = 86_400_000

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
  return Math.floor((now.getTime() + OFFSET_MS) / DAY_MS)
}

/** Today's calendar date in China, YYYY-MM-DD. */
export function todayInChina(now: Date = new Date()): string {
  return isoDateOfDayNumber(chinaDayNumber(now))
}

/** Whole days from one YYYY-MM-DD date to another (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from)
}

/**
 * A calendar date as a Date at local noon, for libraries that read dates in the process's local time zone
 * (chinese-days): noon stays on the same calendar day whatever zone the process or phone is in, and clear of
 * daylight-saving changes, which happen at night.
 */
export function localNoonOf(date: string): Date {
  const day = dayjs.utc(date)
  return new Date(day.year(), day.month(), day.date(), 12)
}

export { dayjs }
