/**
 * What open data publishes, field by field: the data dictionary page, the CSV header, the JSON keys and the
 * tests all read these lists, so nothing is published that is not listed here (each field's description is in
 * the catalogue under statistics.openData.fields). Only public registry facts; no complaint text, photo,
 * contact, complainant or account ever appears.
 */
export const INSTITUTION_FIELDS = ['region_code', 'filing_number', 'filing_date', 'name', 'operator_kind', 'district', 'address', 'lat', 'lng', 'datum', 'service_types', 'places_infant', 'places_toddler', 'places_preschool', 'places_mixed', 'is_affordable', 'is_demonstration', 'latest_grade', 'latest_evaluated_on', 'upheld_complaints_by_year', 'is_sample'] as const
export const EVALUATION_FIELDS = ['region_code', 'filing_number', 'institution_name', 'evaluated_on', 'evaluator', 'total', 'grade', 'rectification', 'is_sample'] as const
export const INSPECTION_FIELDS = ['region_code', 'filing_number', 'institution_name', 'inspected_on', 'kind', 'department', 'result', 'findings', 'next_due_on', 'is_sample'] as const

export const OPEN_DATA_SETS = {
  institutions: INSTITUTION_FIELDS,
  evaluations: EVALUATION_FIELDS,
  inspections: INSPECTION_FIELDS
} as const
export type OpenDataSet = keyof typeof OPEN_DATA_SETS

/** One published row: every field of its set, as text, number, boolean or empty. */
export type OpenDataRow = Record<string, string | number | boolean | null>

/** A CSV cell per RFC 4180: quoted when it holds a comma, quote or line break; a leading = + - @ is defused. */
function csvCell(value: string | number | boolean | null): string {
  if (value === null) return ''
  let text = String(value)
  if (typeof value === 'string' && /^[=+\-@]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export function csvLine(fields: readonly string[], row: OpenDataRow): string {
  return `${fields.map((f) => csvCell(row[f] ?? null)).join(',')}\r\n`
}
