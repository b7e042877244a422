import { describe, expect, it } from '@jest/globals'
import { calendarFile, foldLine, icsUtc } from '../../src/domain/bookings/calendar-event-rules'

const event = {
  uid: 'bk-0000-0000-aaaa-bbbbbb@tuoyu-tong',
  startsAt: '2026-11-26T01:00:00.000Z',
  endsAt: '2026-11-26T03:00:00.000Z',
  title: '计时托（2小时） · 暨阳街道小星星托育园（示例）',
  location: '暨阳街道小星星托育园（示例） 艮塔东路12号, 3楼; 东门',
  description: '计时托\n预约编号 BBBBBB'
}

const octets = (line: string) => Buffer.byteLength(line, 'utf8')

describe('the booking as an iCalendar file (RFC 5545)', () => {
  it('writes instants in UTC with Z, whatever the process time zone', () => {
    expect(icsUtc('2026-11-26T01:00:00.000Z')).toBe('20261126T010000Z')
    const file = calendarFile(event, new Date('2026-11-23T02:03:04.000Z'))
    expect(file).toContain('\r\nDTSTART:20261126T010000Z\r\n')
    expect(file).toContain('\r\nDTEND:20261126T030000Z\r\n')
    expect(file).toContain('\r\nDTSTAMP:20261123T020304Z\r\n')
    expect(file.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true)
    expect(file.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).toBe(true)
  })

  it('escapes commas, semicolons and line breaks, and folds long lines at 75 octets without splitting a character', () => {
    const file = calendarFile(event, new Date('2026-11-23T02:03:04.000Z'))
    const unfolded = file.replace(/\r\n /g, '')
    expect(unfolded).toContain('LOCATION:暨阳街道小星星托育园（示例） 艮塔东路12号\\, 3楼\\; 东门\r\n')
    expect(unfolded).toContain('DESCRIPTION:计时托\\n预约编号 BBBBBB\r\n')
    for (const line of file.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75)
    const folded = foldLine(`SUMMARY:${'托'.repeat(40)}`)
    expect(folded.split('\r\n').map(octets)).toEqual([74, 55])
    expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${'托'.repeat(40)}`)
  })
})
