import { holidayCalendarCovers, isMakeupWorkday, officialHolidayOn } from '../shared/holiday-calendar-rules'
import { addDays, isoWeekday } from './china-time-rules'

interface WeeklyRepeat {
  firstDate: string
  weeks: number
  weekdays: readonly number[]
  onMakeupWorkdays: boolean
}

interface RepeatDates {
  dates: string[]
  skippedHolidays: { date: string; holiday: string }[]
  /** Dates in a year whose schedule is not published yet: statutory days are skipped, but a 调休 swap could not be seen. */
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
    const holiday = officialHolidayOn(date)
    if (holiday) {
      result.skippedHolidays.push({ date, holiday })
      continue
    }
    result.dates.push(date)
    if (!holidayCalendarCovers(date)) result.unchecked.push(date)
  }
  return result
}
