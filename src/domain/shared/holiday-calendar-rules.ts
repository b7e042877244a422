import { getDayDetail, getHolidaysInRange, getSolarDateFromLunar, getSolarTermDate, isWorkday } from 'chinese-days'
import { dayjs, localNoonOf } from './clock'

/**
 * China's days off. For a year whose schedule the State Council has published (chinese-days carries the notices)
 * this is that schedule, 调休 included. The notice for a year comes out only weeks before it starts, yet
 * deadlines and weekly slots already reach into it; the law itself (全国年节及纪念日放假办法, 2024 revision) fixes
 * the 13 statutory days and requires a statutory day that falls on a weekend to be made up on a working day
 * (补假), so for an unpublished year those are closed. Only the weekend swaps the notice adds stay unknown.
 */

const PLAIN_DAY_NAMES = new Set(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'])

const coveredYears = new Map<number, boolean>()
const lawfulDaysOffByYear = new Map<number, ReadonlyMap<string, string>>()

const yearOf = (date: string) => Number(date.slice(0, 4))
const shift = (date: string, days: number) => dayjs.utc(date).add(days, 'day').format('YYYY-MM-DD')
const isWeekend = (date: string) => [0, 6].includes(dayjs.utc(date).day())

/*
 * chinese-days reads a 'YYYY-MM-DD' string as UTC midnight but some of its calendar arithmetic reads and writes
 * local-time fields, so west of UTC (a server in New York, a phone on Samoa time) the lunar and solar-term dates
 * came out a day early. The lunar date goes in as a local-noon Date, which every zone reads as that day; the
 * solar-term date, which the library formats from UTC midnight in local fields, is read back as the day it
 * meant. Its day lookups (isWorkday, getDayDetail) use the string as written and are right in every zone.
 */
const lunarToSolar = (year: number, monthDay: string) => getSolarDateFromLunar(localNoonOf(`${year}-${monthDay}`)).date
const westOfUtc = (year: number, month: number) => new Date(Date.UTC(year, month - 1, 15)).getDate() !== 15
const solarTermDate = (year: number, month: number, term: Parameters<typeof getSolarTermDate>[2]) => {
  const written = getSolarTermDate(year, month, term)
  return westOfUtc(year, month) ? shift(written, 1) : written
}

/** Whether the published holiday schedule (State Council notice, via chinese-days) is known for that year. */
export function holidayCalendarCovers(date: string): boolean {
  const year = yearOf(date)
  let covered = coveredYears.get(year)
  if (covered === undefined) {
    covered = getHolidaysInRange(`${year}-01-01`, `${year}-12-31`, false).length > 0
    coveredYears.set(year, covered)
  }
  return covered
}

/** The 13 statutory days of a year, with their holiday's name as the published calendar writes it. */
function statutoryDays(year: number): [string, string][] {
  const newYear = lunarToSolar(year, '01-01')
  return [
    [`${year}-01-01`, '元旦'],
    [shift(newYear, -1), '春节'],
    [newYear, '春节'],
    [shift(newYear, 1), '春节'],
    [shift(newYear, 2), '春节'],
    [solarTermDate(year, 4, 'pure_brightness'), '清明'],
    [`${year}-05-01`, '劳动节'],
    [`${year}-05-02`, '劳动节'],
    [lunarToSolar(year, '05-05'), '端午'],
    [lunarToSolar(year, '08-15'), '中秋'],
    [`${year}-10-01`, '国庆节'],
    [`${year}-10-02`, '国庆节'],
    [`${year}-10-03`, '国庆节']
  ]
}

/**
 * The days off the law alone guarantees in a year: the statutory days, plus for each one that falls on a weekend
 * the next weekday that is not already off (补假). Every published schedule closes at least these days.
 */
export function lawfulDaysOff(year: number): ReadonlyMap<string, string> {
  const cached = lawfulDaysOffByYear.get(year)
  if (cached) return cached
  const statutory = statutoryDays(year).sort(([a], [b]) => a.localeCompare(b))
  const off = new Map(statutory)
  for (const [date, name] of statutory) {
    if (!isWeekend(date)) continue
    let makeUp = shift(date, 1)
    while (isWeekend(makeUp) || off.has(makeUp)) makeUp = shift(makeUp, 1)
    off.set(makeUp, name)
  }
  lawfulDaysOffByYear.set(year, off)
  return off
}

/** The holiday's Chinese name when `date` is a day off for it (国庆节), else null; weekends are not holidays. */
export function officialHolidayOn(date: string): string | null {
  if (!holidayCalendarCovers(date)) return lawfulDaysOff(yearOf(date)).get(date) ?? null
  const detail = getDayDetail(date)
  if (detail.work || PLAIN_DAY_NAMES.has(detail.name)) return null
  return detail.name.split(',')[1] ?? detail.name
}

/** A weekend day turned into a working day by 调休; never known before the year's notice is published. */
export function isMakeupWorkday(date: string): boolean {
  if (!holidayCalendarCovers(date)) return false
  const detail = getDayDetail(date)
  return detail.work && !PLAIN_DAY_NAMES.has(detail.name)
}

/** Whether departments work on a China calendar date. */
export function isWorkingDay(date: string): boolean {
  if (holidayCalendarCovers(date)) return isWorkday(date)
  return !isWeekend(date) && !lawfulDaysOff(yearOf(date)).has(date)
}
