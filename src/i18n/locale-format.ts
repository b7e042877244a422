import { inChina } from '../domain/shared/clock'
import type { Locale } from './locales'
import { currentLocale, t } from './translate'

/**
 * How numbers, money, distances, dates and ages read in each locale: one module for the app and the server,
 * the words from the catalogue's `format` section. Plain code rather than Intl.NumberFormat/DateTimeFormat,
 * which WeChat's engines do not all carry; China time from clock.ts, never an Intl time zone.
 * Every function takes the locale last and defaults to the device's, so the server passes the reader's.
 */

/** Whole numbers grouped by thousands with a comma: all three locales write Western digits this way. */
export function formatNumber(value: number): string {
  const sign = value < 0 ? '-' : ''
  const [whole = '0', fraction] = String(Math.abs(value)).split('.')
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return fraction === undefined ? `${sign}${grouped}` : `${sign}${grouped}.${fraction}`
}

/** Money is kept in fen; a parent reads whole yuan, with jiao and fen only when there are some. */
export function formatMoney(fen: number, locale: Locale = currentLocale()): string {
  const abs = Math.abs(Math.round(fen))
  const cents = abs % 100
  const yuan = `${fen < 0 ? '-' : ''}${formatNumber(Math.floor(abs / 100))}${cents === 0 ? '' : `.${String(cents).padStart(2, '0')}`}`
  return t('format.money', { yuan }, locale)
}

/** Under a kilometre in whole metres, beyond it in kilometres with one decimal, as a map app would say it. */
export function formatDistance(metres: number, locale: Locale = currentLocale()): string {
  if (metres < 1000) return t('format.metres', { metres: Math.round(metres) }, locale)
  return t('format.kilometres', { km: (Math.round(metres / 100) / 10).toFixed(1) }, locale)
}

/** YYYY-MM-DD as the calendar date a parent reads. */
export function formatDate(isoDate: string, locale: Locale = currentLocale()): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate)
  if (!match) return isoDate
  return t('format.date', { year: match[1] ?? '', month: Number(match[2]), day: Number(match[3]) }, locale)
}

/** An instant as China's wall clock within the year: 3月10日 08:00, 10/3 08:00, 3-ئاينىڭ 10-كۈنى 08:00. */
export function formatDateTime(instant: string | Date, locale: Locale = currentLocale()): string {
  const china = inChina(instant)
  return t('format.dateTime', { month: china.month() + 1, day: china.date(), time: china.format('HH:mm') }, locale)
}

/** A child's age in whole months: 14个月, 14 months, 14 ئاي. */
export function formatAge(months: number, locale: Locale = currentLocale()): string {
  return t('family.ageMonths', { months }, locale)
}
