import { formatInChina } from '../shared/clock'

/** One booking as a calendar entry; instants are ISO strings (UTC), as every stored time. */
export interface CalendarEvent {
  /** Stable per booking, so adding it twice updates the entry instead of doubling it. */
  uid: string
  startsAt: string
  endsAt: string
  title: string
  location: string
  description: string
}

/**
 * An instant in RFC 5545's UTC form (20261126T010000Z). UTC, not a floating or TZID time: a calendar app then
 * shows it in the phone's own zone correctly without a VTIMEZONE block, and nothing here reads a time zone.
 */
export function icsUtc(instant: string | Date): string {
  return new Date(instant).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')
}

/** TEXT values escape backslash, semicolon and comma, and carry line breaks as \n (RFC 5545 §3.3.11). */
function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n')
}

const utf8Length = (char: string) => {
  const code = char.codePointAt(0) ?? 0
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4
}

/**
 * Lines longer than 75 octets are folded: CRLF and a space (§3.1). Octets, not characters: a Chinese character
 * is three in UTF-8, and a fold never splits one.
 */
export function foldLine(line: string): string {
  const parts: string[] = []
  let current = ''
  let octets = 0
  for (const char of line) {
    const size = utf8Length(char)
    // Continuation lines start with the space, which counts toward their 75.
    if (octets + size > 75) {
      parts.push(current)
      current = ' '
      octets = 1
    }
    current += char
    octets += size
  }
  parts.push(current)
  return parts.join('\r\n')
}

/** A one-event iCalendar file for the booking; `now` stamps it (DTSTAMP). */
export function calendarFile(event: CalendarEvent, now: Date): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//tuoyu-tong//bookings//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${icsUtc(now)}`,
    `DTSTART:${icsUtc(event.startsAt)}`,
    `DTEND:${icsUtc(event.endsAt)}`,
    `SUMMARY:${escapeText(event.title)}`,
    `LOCATION:${escapeText(event.location)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    'END:VEVENT',
    'END:VCALENDAR'
  ]
  return `${lines.map(foldLine).join('\r\n')}\r\n`
}

/** The file's name: the China date of the booking, so a download folder sorts by day. */
export function calendarFileName(event: CalendarEvent): string {
  return `tuoyu-${formatInChina(event.startsAt, 'YYYYMMDD-HHmm')}.ics`
}
