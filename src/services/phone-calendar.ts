import Taro from '@tarojs/taro'
import { calendarFile, calendarFileName, type CalendarEvent } from '../domain/bookings/calendar-event-rules'

/** How long the download link lives: the browser has started saving the file long before. */
const LINK_LIFE_MS = 60_000

/**
 * 加入日历: the mini-program writes the entry into the phone's calendar (addPhoneCalendar, which asks the parent
 * first, with a reminder an hour before); H5 hands over an .ics file that any calendar app opens.
 */
export async function addToPhoneCalendar(event: CalendarEvent): Promise<void> {
  if (process.env.TARO_ENV === 'h5') {
    const file = new Blob([calendarFile(event, new Date())], { type: 'text/calendar;charset=utf-8' })
    const url = URL.createObjectURL(file)
    const link = document.createElement('a')
    link.href = url
    link.download = calendarFileName(event)
    document.body.appendChild(link)
    link.click()
    link.remove()
    setTimeout(() => URL.revokeObjectURL(url), LINK_LIFE_MS)
    return
  }
  const seconds = (instant: string) => Math.floor(Date.parse(instant) / 1000)
  await Taro.addPhoneCalendar({
    title: event.title,
    startTime: seconds(event.startsAt),
    endTime: String(seconds(event.endsAt)),
    location: event.location,
    description: event.description,
    alarm: true,
    alarmOffset: 3600
  })
}
