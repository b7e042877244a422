import { t } from '../i18n/translate'

/** Under a kilometre in whole metres, beyond it in kilometres with one decimal, as a map app would say it. */
export function formatDistance(metres: number): string {
  if (metres < 1000) return t('format.metres', { metres: Math.round(metres) })
  return t('format.kilometres', { km: (Math.round(metres / 100) / 10).toFixed(1) })
}

const groupThousands = (whole: number): string => String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ',')

/** Money is kept in fen; a parent reads whole yuan, with jiao and fen only when there are some. */
export function formatMoney(fen: number): string {
  const abs = Math.abs(Math.round(fen))
  const cents = abs % 100
  const yuan = `${fen < 0 ? '-' : ''}${groupThousands(Math.floor(abs / 100))}${cents === 0 ? '' : `.${String(cents).padStart(2, '0')}`}`
  return t('format.money', { yuan })
}

/** YYYY-MM-DD as the calendar date a parent reads. */
export function formatDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate)
  if (!match) return isoDate
  return t('format.date', { year: match[1] ?? '', month: Number(match[2]), day: Number(match[3]) })
}

/** District and address on one line, without saying the district twice when the address already has it. */
export function placeLine(districtName: string, address: string): string {
  return address.includes(districtName) ? address : t('format.place', { district: districtName, address })
}

/** A share (0–1) as a percentage with one decimal where it has one; a dash when there is nothing to divide. */
export function formatShare(share: number | null): string {
  if (share === null) return t('statistics.none')
  return `${Math.round(share * 1000) / 10}%`
}
