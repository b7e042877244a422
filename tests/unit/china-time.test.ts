import { afterEach, describe, expect, it, jest } from '@jest/globals'
import { setProcessTimeZone } from '../support/time-zone'

/**
 * China time is UTC+8 all year, and a parent's phone or the server may sit in any zone: Android WeChat's JS
 * engine ignores or lacks Intl time-zone data, so a phone on Xinjiang time (UTC+6) must still see a 09:00 slot
 * at 09:00. Every time rule is loaded afresh (their caches too) and run under each zone, and once with Intl's
 * time-zone support gone; the answers must be those pinned below, the ones a parent in China expects.
 */

// eslint-disable-next-line @typescript-eslint/no-require-imports
const load = <T>(path: string): T => require(path) as T

function answers() {
  let result: Record<string, unknown> = {}
  jest.isolateModules(() => {
    const clock = load<typeof import('../../src/domain/shared/clock')>('../../src/domain/shared/clock')
    const china = load<typeof import('../../src/domain/bookings/china-time-rules')>('../../src/domain/bookings/china-time-rules')
    const window = load<typeof import('../../src/domain/bookings/booking-window-rules')>('../../src/domain/bookings/booking-window-rules')
    const holidays = load<typeof import('../../src/domain/shared/holiday-calendar-rules')>('../../src/domain/shared/holiday-calendar-rules')
    const workingDays = load<typeof import('../../src/domain/complaints/working-day-rules')>('../../src/domain/complaints/working-day-rules')
    const tracking = load<typeof import('../../src/domain/complaints/tracking-number-rules')>('../../src/domain/complaints/tracking-number-rules')
    const complaintFormat = load<typeof import('../../src/components/complaints/complaint-format')>('../../src/components/complaints/complaint-format')
    const complaintTime = load<typeof import('../../src/cloud/complaints/complaint-time')>('../../src/cloud/complaints/complaint-time')
    const slot = {
      startsAt: '2026-03-09T01:00:00.000Z',
      endsAt: '2026-03-09T03:00:00.000Z',
      status: 'open' as const,
      windowDaysAhead: 7,
      windowOpensAt: '08:00',
      minNoticeMinutes: 120,
      cancelCutoffHours: 24
    }
    result = {
      // 23:30 UTC is already the next morning in China.
      today: clock.todayInChina(new Date('2026-03-07T23:30:00.000Z')),
      dateOf: china.chinaDateOf('2026-03-07T23:30:00.000Z'),
      timeOf: china.chinaTimeOf('2026-03-07T23:30:00.000Z'),
      // New York moves its clocks on 2026-03-08 at 07:00 UTC, between this instant and its China wall clock.
      acrossNewYorkDst: clock.formatInChina('2026-03-08T06:30:00.000Z', 'YYYY-MM-DD HH:mm'),
      acrossUrumqiMidnight: clock.formatInChina('2026-03-08T16:30:00.000Z', 'YYYY-MM-DD HH:mm'),
      instant: china.chinaInstant('2026-03-08', '09:00').toISOString(),
      dayBounds: Object.values(china.chinaDayBounds('2026-03-08')).map((d) => d.toISOString()),
      parentReads: china.formatChinaDateTime('2026-11-01T00:05:00.000Z'),
      windowOpens: window.windowOpensAt(slot).toISOString(),
      // Filed in the evening of 30 September: 国庆 and 中秋 2026 are skipped, 10-10 is a 调休 working Saturday.
      complaintDue: workingDays.workingDayDeadline(new Date('2026-09-30T13:00:00.000Z'), 3).toISOString(),
      deadlineText: complaintFormat.deadlineText('2026-10-12T16:00:00.000Z'),
      templateTime: complaintTime.formatChinaDateTimeFull(new Date('2026-12-31T16:30:00.000Z')),
      trackingMonth: tracking.makeTrackingNumber('TS', new Date('2026-12-31T16:30:00.000Z'), new Uint8Array(5)).slice(2, 6),
      // 2031 has no published schedule: its days off come from the law, through the lunar and solar-term calendars.
      lawful2031: [...holidays.lawfulDaysOff(2031)].sort(([a], [b]) => a.localeCompare(b)),
      makeupWorkday: holidays.isMakeupWorkday('2026-10-10'),
      holiday: holidays.officialHolidayOn('2026-10-01')
    }
  })
  return result
}

const pinned = {
  today: '2026-03-08',
  dateOf: '2026-03-08',
  timeOf: '07:30',
  acrossNewYorkDst: '2026-03-08 14:30',
  acrossUrumqiMidnight: '2026-03-09 00:30',
  instant: '2026-03-08T01:00:00.000Z',
  dayBounds: ['2026-03-07T16:00:00.000Z', '2026-03-08T16:00:00.000Z'],
  parentReads: '11月1日 08:05',
  windowOpens: '2026-03-02T00:00:00.000Z',
  complaintDue: '2026-10-10T16:00:00.000Z',
  deadlineText: '2026年10月12日',
  templateTime: '2027-01-01 00:30',
  trackingMonth: '2701',
  makeupWorkday: true,
  holiday: '国庆节'
}

const realDateTimeFormat = Intl.DateTimeFormat

/** An engine without time-zone data: any named zone is refused, and the host's zone is unknown. */
function withoutIntlTimeZones(): void {
  const Stub = function (locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
    if (options?.timeZone !== undefined && options.timeZone.toUpperCase() !== 'UTC') throw new RangeError(`Invalid time zone specified: ${options.timeZone}`)
    const real = new realDateTimeFormat(locales, { ...options, timeZone: 'UTC' })
    return Object.assign(Object.create(real) as Intl.DateTimeFormat, { resolvedOptions: () => ({ ...real.resolvedOptions(), timeZone: undefined }) })
  } as unknown as typeof Intl.DateTimeFormat
  Intl.DateTimeFormat = Stub
}

afterEach(() => {
  setProcessTimeZone(undefined)
  Intl.DateTimeFormat = realDateTimeFormat
})

describe('China time, whatever zone the phone or server is in', () => {
  const reference = (() => {
    setProcessTimeZone('UTC')
    const found = answers()
    setProcessTimeZone(undefined)
    return found
  })()

  it('gives the answers a parent in China expects', () => {
    expect(reference).toMatchObject(pinned)
    expect(reference.lawful2031).toContainEqual(['2031-01-23', '春节'])
    expect(reference.lawful2031).toContainEqual(['2031-04-05', '清明'])
  })

  it.each(['Asia/Urumqi', 'America/New_York', 'Pacific/Pago_Pago', 'Pacific/Kiritimati'])('gives the same answers under TZ=%s', (zone) => {
    setProcessTimeZone(zone)
    // The zone really is in force, so agreeing is not an accident of running in UTC.
    expect(new Date('2026-03-08T00:00:00.000Z').getTimezoneOffset()).not.toBe(0)
    expect(answers()).toEqual(reference)
  })

  it('gives the same answers without Intl time-zone support, on Xinjiang time', () => {
    setProcessTimeZone('Asia/Urumqi')
    withoutIntlTimeZones()
    expect(() => new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai' })).toThrow(RangeError)
    expect(answers()).toEqual(reference)
  })
})
