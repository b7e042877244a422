import type { DisclosureSection } from './finder-enums'

/**
 * What every institution must publish (信息公示), by section. The checklist on the detail page walks this
 * list, so an item the institution never published shows as missing rather than silently absent.
 */
export const DISCLOSURE_CHECKLIST = {
  fees: ['fee_schedule', 'refund_policy', 'affordable_price_approval'],
  care: ['daily_routine', 'care_plan', 'parent_communication'],
  meals: ['weekly_menu', 'food_supplier', 'allergy_handling'],
  health: ['health_check_on_entry', 'disinfection_records', 'illness_policy'],
  safety: ['monitoring_24h', 'video_retention', 'one_key_alarm', 'liability_insurance', 'fire_inspection'],
  staff: ['staff_roster', 'caregiver_certificates', 'background_checks']
} as const satisfies Record<DisclosureSection, readonly string[]>

export type DisclosureItemKey = (typeof DISCLOSURE_CHECKLIST)[DisclosureSection][number]

export const DISCLOSURE_ITEM_KEYS = Object.values(DISCLOSURE_CHECKLIST).flat() as DisclosureItemKey[]
