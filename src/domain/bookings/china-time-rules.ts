import { chinaWallClockInstant, dayjs, formatInChina } from '../shared/clock'

/**
 * Slots are stored as UTC instants but families and institutions think in China's calendar days and clock
 * times; the server runs in UTC. These convert between the two without ever reading the process time zone.
 */

/** The calendar day in China on which `instant` falls, YYYY-MM-DD. */
export function chinaDateOf(instant: string | Date): string {
  return formatInChina(instant, 'YYYY-MM-DD')
}

/** The clock time in China of `instant`, HH:mm. */
export function chinaTimeOf(instant: string | Date): string {
  return formatInChina(instant, 'HH:mm')
}

/** The instant a China calendar day reaches a China clock time. */
export function chinaInstant(date: string, time: string): Date {
  return chinaWallClockInstant(date, time)
}

/** A China calendar day as a half-open UTC range [start, end). */
export function chinaDayBounds(date: string): { start: Date; end: Date } {
  return { start: chinaWallClockInstant(date), end: chinaWallClockInstant(addDays(date, 1)) }
}

/** `date` moved by whole calendar days. */
export function addDays(date: string, days: number): string {
  return dayjs.utc(date).add(days, 'day').format('YYYY-MM-DD')
}

/** ISO weekday of a calendar date, Monday = 1 … Sunday = 7. */
export function isoWeekday(date: string): number {
  const day = dayjs.utc(date).day()
  return day === 0 ? 7 : day
}

/** How a time reads to a parent in China: 3月10日 08:00. */
export function formatChinaDateTime(instant: string | Date): string {
  return formatInChina(instant, 'M月D日 HH:mm')
}
