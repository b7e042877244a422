import { isWorkingDay } from '../shared/holiday-calendar-rules'
import { addDays, chinaDateOf, chinaDayBounds } from '../bookings/china-time-rules'

/** The China date of the `n`th working day after the China date on which `instant` falls (n ≥ 1). */
export function nthWorkingDayAfter(instant: Date, n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`working days must be a whole number ≥ 1, got ${n}`)
  let date = chinaDateOf(instant)
  let counted = 0
  while (counted < n) {
    date = addDays(date, 1)
    if (isWorkingDay(date)) counted += 1
  }
  return date
}

/**
 * A deadline of `n` working days from `instant` (自受理之日起 N 个工作日内): the day of the instant itself does
 * not count, and the deadline is the end of the `n`th working day in China, returned as a UTC instant.
 */
export function workingDayDeadline(instant: Date, n: number): Date {
  return chinaDayBounds(nthWorkingDayAfter(instant, n)).end
}

/** The end, in China, of the `days`th calendar day after the day of `instant` (a window such as 15 days to reopen). */
export function calendarDayDeadline(instant: Date, days: number): Date {
  return chinaDayBounds(addDays(chinaDateOf(instant), days)).end
}

/**
 * Working days from `from` to `to` counted as deadlines are (the day of `from` itself does not count): an
 * answer on the 3rd working day after submission took 3, one on the day of submission took 0.
 */
export function workingDaysBetween(from: Date, to: Date): number {
  const last = chinaDateOf(to)
  let date = chinaDateOf(from)
  let counted = 0
  while (date < last) {
    date = addDays(date, 1)
    if (isWorkingDay(date)) counted += 1
  }
  return counted
}
