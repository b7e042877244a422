import { t } from '../i18n/translate'

// The formatters live with the catalogue so the server formats a reader's messages the same way.
export { formatDate, formatDistance, formatMoney } from '../i18n/locale-format'

/** District and address on one line, without saying the district twice when the address already has it. */
export function placeLine(districtName: string, address: string): string {
  return address.includes(districtName) ? address : t('format.place', { district: districtName, address })
}
