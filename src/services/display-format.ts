import { t } from '../i18n/translate'

// The formatters live with the catalogue so the server formats a reader's messages the same way.
export { formatDate, formatDistance, formatMoney } from '../i18n/locale-format'

/** District and address on one line, without saying the district twice when the address already has it. */
export function placeLine(districtName: string, address: string): string {
  return address.includes(districtName) ? address : t('format.place', { district: districtName, address })
}

/** A share (0–1) as a percentage with one decimal where it has one; a dash when there is nothing to divide. */
export function formatShare(share: number | null): string {
  if (share === null) return t('statistics.none')
  return `${Math.round(share * 1000) / 10}%`
}
