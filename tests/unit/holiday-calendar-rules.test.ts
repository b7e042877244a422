import { getDayDetail, getHolidaysInRange } from 'chinese-days'
import { describe, it } from '@jest/globals'
import { expect } from '../support/expect-with-message'
import {
  holidayCalendarCovers,
  isMakeupWorkday,
  isWorkingDay,
  lawfulDaysOff,
  officialHolidayOn
} from '../../src/domain/shared/holiday-calendar-rules'

describe('the days off the law guarantees, for a year before its schedule is published', () => {
  // 2025 and 2026 are the published years under the 2024 revision (13 statutory days, 除夕 included): whatever the
  // rule closes, the State Council's schedule closed too, under the same holiday's name.
  it.each([2025, 2026])('closes only days the published %i schedule also closed', (year) => {
    const off = lawfulDaysOff(year)
    expect(off.size).toBeGreaterThanOrEqual(13)
    for (const [date, name] of off) {
      const detail = getDayDetail(date)
      expect(detail.work, date).toBe(false)
      expect(detail.name.split(',')[1], date).toBe(name)
    }
  })

  it('makes up 2026 Tomb-sweeping Day, a Sunday, on the Monday, as the notice did', () => {
    expect(lawfulDaysOff(2026).get('2026-04-06')).toBe('清明')
  })

  it('finds 2027 unpublished and closes its statutory days and 补假', () => {
    expect(holidayCalendarCovers('2026-12-31')).toBe(true)
    expect(holidayCalendarCovers('2027-01-01')).toBe(false)
    expect(getHolidaysInRange('2027-01-01', '2027-12-31', false)).toEqual([])
    const springFestival = ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10']
    for (const date of springFestival) expect(officialHolidayOn(date), date).toBe('春节')
    expect(officialHolidayOn('2027-01-01')).toBe('元旦')
    expect(officialHolidayOn('2027-04-05')).toBe('清明')
    expect(officialHolidayOn('2027-06-09')).toBe('端午')
    expect(officialHolidayOn('2027-09-15')).toBe('中秋')
    expect(['2027-10-01', '2027-10-02', '2027-10-03', '2027-10-04', '2027-10-05'].map(officialHolidayOn)).toEqual(
      Array(5).fill('国庆节')
    )
    expect(isWorkingDay('2027-02-11')).toBe(true)
    expect(isWorkingDay('2027-10-06')).toBe(true)
  })

  it('treats a weekend as closed and never guesses a 调休 working weekend in an unpublished year', () => {
    expect(isWorkingDay('2027-01-09')).toBe(false)
    expect(officialHolidayOn('2027-01-09')).toBeNull()
    expect(isMakeupWorkday('2027-01-09')).toBe(false)
  })

  it('reads a published year from the notice itself, 调休 working Saturday included', () => {
    expect(isMakeupWorkday('2026-10-10')).toBe(true)
    expect(isWorkingDay('2026-10-10')).toBe(true)
    expect(officialHolidayOn('2026-10-07')).toBe('国庆节')
  })
})
