import { APP_TIME_ZONE, dayjs } from '../../domain/shared/clock'

/** An instant as WeChat's template time fields want it, in China: YYYY-MM-DD HH:mm. */
export function formatChinaDateTimeFull(instant: Date): string {
  return dayjs(instant).tz(APP_TIME_ZONE).format('YYYY-MM-DD HH:mm')
}
