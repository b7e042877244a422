/**
 * The finder's closed sets of values and their types, without zod: pages need them on their first render, and
 * on H5 building the schemas (finder-enum-schemas.ts) would be main-thread work on the way to it.
 */
/** 全日托 / 半日托 / 计时托 / 临时托 */
export const SERVICE_TYPES = ['full_day', 'half_day', 'hourly', 'temporary'] as const
export type ServiceType = (typeof SERVICE_TYPES)[number]

/** 乳儿班 (6–12 m) / 托小班 (12–24 m) / 托大班 (24–36 m) / 混龄班 (18 m+) */
export const AGE_BANDS = ['infant', 'toddler', 'preschool', 'mixed'] as const
export type AgeBand = (typeof AGE_BANDS)[number]

/** 办托主体 */
export const OPERATOR_KINDS = [
  'public',
  'private',
  'public_run_by_private',
  'private_with_public_aid',
  'employer',
  'kindergarten_class',
  'community_point'
] as const
export type OperatorKind = (typeof OPERATOR_KINDS)[number]

/** Evaluation grades, best first. */
export const GRADES = ['A', 'B', 'C', 'D'] as const
export type Grade = (typeof GRADES)[number]

/** 信息公示 sections */
export const DISCLOSURE_SECTIONS = ['fees', 'care', 'meals', 'health', 'safety', 'staff'] as const
export type DisclosureSection = (typeof DISCLOSURE_SECTIONS)[number]

/** How a fee is charged: monthly for full/half day, per hour for 计时托, per day for 临时托. */
export const FEE_UNITS = ['month', 'hour', 'day'] as const
export type FeeUnit = (typeof FEE_UNITS)[number]

/**
 * Units a fee may be published in: the three search compares (above) and 次, a per-session price (a trial day,
 * a single visit) that the page lists but no search cap applies to.
 */
export const FEE_RECORD_UNITS = [...FEE_UNITS, 'session'] as const
export type FeeRecordUnit = (typeof FEE_RECORD_UNITS)[number]

export const FEE_UNIT_BY_SERVICE: Record<ServiceType, FeeUnit> = {
  full_day: 'month',
  half_day: 'month',
  hourly: 'hour',
  temporary: 'day'
}

/** WS/T 821-2023 style evaluation dimensions with their maximum points (sum 1000). */
export const EVALUATION_DIMENSIONS = {
  conditions: 100, // 办托条件
  staffing: 150, // 托育队伍
  care: 250, // 保育照护
  health: 150, // 卫生保健
  family_support: 100, // 养育支持
  safety: 150, // 安全保障
  management: 100 // 机构管理
} as const
export type EvaluationDimension = keyof typeof EVALUATION_DIMENSIONS
export const EVALUATION_DIMENSION_KEYS = Object.keys(EVALUATION_DIMENSIONS) as EvaluationDimension[]

export const RECTIFICATION_STATUSES = ['none', 'required', 'in_progress', 'completed'] as const

export const ENFORCEMENT_KINDS = ['warning', 'rectification_order', 'fine', 'suspension', 'revocation'] as const

export const SORT_KEYS = ['distance', 'grade', 'fee'] as const
export type SortKey = (typeof SORT_KEYS)[number]

/** Where a filing stands: 正常 / 暂停 (suspended, may resume) / 注销 (revoked, final). */
export const STANDINGS = ['active', 'suspended', 'revoked'] as const

/** 卫生保健 / 食品安全 / 消防 / 其他 */
export const INSPECTION_KINDS = ['health_care', 'food_safety', 'fire', 'other'] as const

/** 合格 / 发现问题 / 不合格 */
export const INSPECTION_RESULTS = ['passed', 'findings', 'failed'] as const

/** What one public 变更记录 line says happened; the page words each through the i18n catalogue. */
export const CHANGE_KINDS = [
  'filed',
  'details_changed',
  'suspended',
  'revoked',
  'reinstated',
  'evaluation_published',
  'rectification_followed_up',
  'rectification_closed',
  'inspection_recorded',
  'enforcement_recorded',
  'vacancies_updated',
  'vacancies_confirmed',
  'fee_changed',
  'classes_changed',
  'disclosure_updated',
  'disclosures_confirmed',
  'premises_photos_changed'
] as const
export type ChangeKind = (typeof CHANGE_KINDS)[number]
