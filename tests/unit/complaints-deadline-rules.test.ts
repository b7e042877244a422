import { getDayDetail } from 'chinese-days'
import { describe, it } from '@jest/globals'
import { expect } from '../support/expect-with-message'
import { calendarDayDeadline, nthWorkingDayAfter, workingDayDeadline } from '../../src/domain/complaints/working-day-rules'
import { isWorkingDay } from '../../src/domain/shared/holiday-calendar-rules'

describe('the official calendar the deadlines stand on (chinese-days data)', () => {
  it('has 2026 National Day off from 1 to 7 October and Saturday 10 October as a 调休 working day', () => {
    for (let day = 1; day <= 7; day += 1) {
      const date = `2026-10-0${day}`
      expect(isWorkingDay(date), date).toBe(false)
      expect(getDayDetail(date).name).toContain('国庆节')
    }
    expect(isWorkingDay('2026-10-08')).toBe(true)
    expect(isWorkingDay('2026-10-10')).toBe(true)
    expect(isWorkingDay('2026-10-11')).toBe(false)
    expect(isWorkingDay('2026-10-17')).toBe(false)
  })
})

describe('working-day deadlines', () => {
  it('counts from the next day in China, skipping the weekend', () => {
    // Friday 2026-11-20 10:00 in China: 1 working day later is Monday the 23rd, ending 16:00 UTC.
    const friday = new Date('2026-11-20T02:00:00Z')
    expect(nthWorkingDayAfter(friday, 1)).toBe('2026-11-23')
    expect(workingDayDeadline(friday, 1).toISOString()).toBe('2026-11-23T16:00:00.000Z')
    expect(nthWorkingDayAfter(friday, 5)).toBe('2026-11-27')
  })

  it('uses the China date, not the UTC one, of the instant', () => {
    // 2026-11-19 17:30 UTC is already Friday the 20th, 01:30 in China.
    expect(nthWorkingDayAfter(new Date('2026-11-19T17:30:00Z'), 1)).toBe('2026-11-23')
    expect(nthWorkingDayAfter(new Date('2026-11-19T15:30:00Z'), 1)).toBe('2026-11-20')
  })

  it('jumps the National Day week and counts the 调休 Saturday', () => {
    // Wednesday 2026-09-30 in China: Oct 1–7 are off, then Thu 8, Fri 9, Sat 10 (调休), Mon 12.
    const eve = new Date('2026-09-30T03:00:00Z')
    expect(nthWorkingDayAfter(eve, 1)).toBe('2026-10-08')
    expect(nthWorkingDayAfter(eve, 3)).toBe('2026-10-10')
    expect(nthWorkingDayAfter(eve, 4)).toBe('2026-10-12')
    expect(workingDayDeadline(eve, 3).toISOString()).toBe('2026-10-10T16:00:00.000Z')
  })

  it('starts counting after a complaint filed during the holiday', () => {
    expect(nthWorkingDayAfter(new Date('2026-10-03T04:00:00Z'), 1)).toBe('2026-10-08')
  })

  it('closes the statutory days and their 补假 in a year whose schedule is not published yet', () => {
    // Thursday 2026-12-31: 元旦 2027 is a Friday, so the next working day is Monday 4 January.
    expect(nthWorkingDayAfter(new Date('2026-12-31T02:00:00Z'), 1)).toBe('2027-01-04')
    // Thursday 2027-02-04: 除夕 Fri 5 to 初三 Mon 8, and 初一/初二 fall on the weekend, made up Tue 9 and Wed 10.
    expect(nthWorkingDayAfter(new Date('2027-02-04T02:00:00Z'), 1)).toBe('2027-02-11')
    // Friday 2030-05-31: an ordinary weekend, the next working day is Monday 3 June.
    expect(nthWorkingDayAfter(new Date('2030-05-31T02:00:00Z'), 1)).toBe('2030-06-03')
  })

  it('refuses a count that is not a whole positive number of days', () => {
    expect(() => nthWorkingDayAfter(new Date('2026-11-20T02:00:00Z'), 0)).toThrow(RangeError)
    expect(() => nthWorkingDayAfter(new Date('2026-11-20T02:00:00Z'), 1.5)).toThrow(RangeError)
  })

  it('ends a calendar-day window at midnight in China', () => {
    expect(calendarDayDeadline(new Date('2026-10-01T15:59:00Z'), 15).toISOString()).toBe('2026-10-16T16:00:00.000Z')
    expect(calendarDayDeadline(new Date('2026-10-01T16:01:00Z'), 15).toISOString()).toBe('2026-10-17T16:00:00.000Z')
  })
})
