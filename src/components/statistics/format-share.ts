import '../../i18n/zh-cn-pages/statistics'
import { t } from '../../i18n/translate'

// Here rather than in services/display-format.ts, which the finder home imports: its dash is a statistics
// message, and the statistics namespace comes with the statistics chunks only (src/i18n/zh-cn-core.ts).
/** A share (0–1) as a percentage with one decimal where it has one; a dash when there is nothing to divide. */
export function formatShare(share: number | null): string {
  if (share === null) return t('statistics.none')
  return `${Math.round(share * 1000) / 10}%`
}
