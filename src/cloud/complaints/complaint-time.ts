import { formatInChina } from '../../domain/shared/clock'

/** An instant as WeChat's template time fields want it, in China: YYYY-MM-DD HH:mm. */
export function formatChinaDateTimeFull(instant: Date): string {
  return formatInChina(instant, 'YYYY-MM-DD HH:mm')
}
