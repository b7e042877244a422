import { formatChinaDateTime } from '../../domain/bookings/china-time-rules'
import { dayjs, inChina } from '../../domain/shared/clock'

/** When something happened, as a parent reads it: 11月23日 12:00. */
export const whenText = (instant: string) => formatChinaDateTime(instant)

/** A deadline is the end of a China day; it reads as that day: 2026年11月27日. */
export const deadlineText = (deadline: string) => inChina(deadline).subtract(1, 'millisecond').format('YYYY年M月D日')

export const dateText = (date: string) => dayjs.utc(date).format('YYYY年M月D日')
