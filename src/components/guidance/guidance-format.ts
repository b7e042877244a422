import '../../i18n/zh-cn-pages/guidance'
import { MAX_GUIDANCE_AGE_MONTHS, PREGNANCY_FROM_MONTHS } from '../../domain/guidance/article-schema'
import { t } from '../../i18n/translate'

/** Who an article is for, as a parent reads it: 孕期, 孕期至3个月, 12–15个月. */
export function ageRangeText(fromMonths: number, toMonths: number): string {
  if (toMonths <= 0) return t('guidance.age.pregnancy')
  if (fromMonths < 0) return t('guidance.age.pregnancyUntil', { to: toMonths })
  return t('guidance.age.months', { from: fromMonths, to: toMonths })
}

interface AgeChip {
  key: string
  label: string
  range: { fromMonths: number; toMonths: number }
}

const BAND_MONTHS = 3

/** The library's age choices: pregnancy, then every three-month band to 36 months. */
export const AGE_CHIPS: readonly AgeChip[] = [
  { key: 'pregnancy', label: t('guidance.age.pregnancy'), range: { fromMonths: PREGNANCY_FROM_MONTHS, toMonths: 0 } },
  ...Array.from({ length: MAX_GUIDANCE_AGE_MONTHS / BAND_MONTHS }, (_, i) => {
    const from = i * BAND_MONTHS
    return { key: `m${from}`, label: t('guidance.age.band', { from, to: from + BAND_MONTHS }), range: { fromMonths: from, toMonths: from + BAND_MONTHS } }
  })
]
