import { getDayDetail, getHolidaysInRange } from 'chinese-days'
import { addDays, isoWeekday } from './china-time-rules'

const PLAIN_DAY_NAMES = new Set(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'])

const coveredYears = new Map<number, boolean>()

/** Whether the official holiday calendar (State Council notice, via chinese-days) is known for that year. */
export function holidayCalendarCovers(date: string): boolean {
  const year = Number(date.slice(0, 4))
  let covered = coveredYears.get(year)
  if (covered === undefined) {
    covered = getHolidaysInRange(`${year}-01-01`, `${year}-12-31`, false).length > 0
    coveredYears.set(year, covered)
  }
  return covered
}

/** The official holiday's Chinese name when `date` is a day off for it (国庆节), else null; weekends are not holidays. */
export function officialHolidayOn(date: string): string | null {
  const detail = getDayDetail(date)
  if (detail.work || PLAIN_DAY_NAMES.has(detail.name)) return null
  return detail.name.split(',')[1] ?? detail.name
}

/** A weekend day turned into a working day by 调休. */
export function isMakeupWorkday(date: string): boolean {
  const detail = getDayDetail(date)
  return detail.work && !PLAIN_DAY_NAMES.has(detail.name)
}

export interface WeeklyRepeat {
  firstDate: string
  weeks: number
  weekdays: readonly number[]
  onMakeupWorkdays: boolean
}

export interface RepeatDates {
  dates: string[]
  skippedHolidays: { date: string; holiday: string }[]
  /** Dates in a year the holiday calendar does not cover yet: kept, but a holiday there could not be seen. */
  unchecked: string[]
}

/**
 * The dates a weekly schedule falls on: every chosen weekday for `weeks` weeks from `firstDate`, without the
 * official holidays (a holiday on a Monday closes that Monday). A 调休 working weekend day is a working day,
 * so with `onMakeupWorkdays` it is added as well.
 */
export function weeklyDates(repeat: WeeklyRepeat): RepeatDates {
  const result: RepeatDates = { dates: [], skippedHolidays: [], unchecked: [] }
  for (let offset = 0; offset < repeat.weeks * 7; offset += 1) {
    const date = addDays(repeat.firstDate, offset)
    const scheduled = repeat.weekdays.includes(isoWeekday(date)) || (repeat.onMakeupWorkdays && isMakeupWorkday(date))
    if (!scheduled) continue
    if (!holidayCalendarCovers(date)) {
      result.dates.push(date)
      result.unchecked.push(date)
      continue
    }
    const holiday = officialHolidayOn(date)
    if (holiday) result.skippedHolidays.push({ date, holiday })
    else result.dates.push(date)
  }
  return result
}
