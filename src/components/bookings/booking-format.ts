import '../../i18n/zh-cn-pages/bookings'
import { chinaDateOf, chinaTimeOf, isoWeekday } from '../../domain/bookings/china-time-rules'
import type { ClassKind, OfferingKind } from '../../domain/bookings/offering-schema'
import { AGE_BAND_MONTHS } from '../../domain/bookings/age-band-rules'
import type { AgeBand } from '../../domain/finder/finder-enums'
import { t } from '../../i18n/translate'
import { formatMoney } from '../../services/display-format'

type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7

/** A China calendar date as a parent reads it on a date chip: 11月26日 周四. */
export function dayLabel(date: string): string {
  const [, month, day] = date.split('-').map(Number)
  return `${month}月${day}日 ${t(`labels.weekday.d${isoWeekday(date) as Weekday}`)}`
}

/** When a slot runs, in China time: 11月26日 周四 09:00–11:00. */
export function slotWhen(startsAt: string, endsAt: string): string {
  return `${dayLabel(chinaDateOf(startsAt))} ${chinaTimeOf(startsAt)}–${chinaTimeOf(endsAt)}`
}

export function timeRange(startsAt: string, endsAt: string): string {
  return `${chinaTimeOf(startsAt)}–${chinaTimeOf(endsAt)}`
}

export function priceText(fen: number): string {
  return fen === 0 ? t('bookings.free') : formatMoney(fen)
}

/** A class is named by its kind (亲子活动), anything else by the service (计时托). */
export function kindName(kind: OfferingKind, classKind: ClassKind | null): string {
  return classKind ? t(`bookings.classKinds.${classKind}`) : t(`bookings.kinds.${kind}`)
}

export function ageBandText(band: AgeBand | null): string {
  if (!band) return t('bookings.flow.anyAge')
  const { from, until } = AGE_BAND_MONTHS[band]
  return t('bookings.flow.ageBand', { band: t(`labels.ageBand.${band}`), from, to: until - 1 })
}

/** One key per confirm tap, kept for its retries: the server returns the same booking for the same key. */
export function newIdempotencyKey(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`
}
