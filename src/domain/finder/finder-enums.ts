import { z } from 'zod'

/** 全日托 / 半日托 / 计时托 / 临时托 */
export const SERVICE_TYPES = ['full_day', 'half_day', 'hourly', 'temporary'] as const
export const serviceTypeSchema = z.enum(SERVICE_TYPES)
export type ServiceType = z.infer<typeof serviceTypeSchema>

/** 乳儿班 (6–12 m) / 托小班 (12–24 m) / 托大班 (24–36 m) / 混龄班 (18 m+) */
export const AGE_BANDS = ['infant', 'toddler', 'preschool', 'mixed'] as const
export const ageBandSchema = z.enum(AGE_BANDS)
export type AgeBand = z.infer<typeof ageBandSchema>

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
export const operatorKindSchema = z.enum(OPERATOR_KINDS)
export type OperatorKind = z.infer<typeof operatorKindSchema>

/** Evaluation grades, best first. */
export const GRADES = ['A', 'B', 'C', 'D'] as const
export const gradeSchema = z.enum(GRADES)
export type Grade = z.infer<typeof gradeSchema>

/** 信息公示 sections */
export const DISCLOSURE_SECTIONS = ['fees', 'care', 'meals', 'health', 'safety', 'staff'] as const
export const disclosureSectionSchema = z.enum(DISCLOSURE_SECTIONS)
export type DisclosureSection = z.infer<typeof disclosureSectionSchema>

/** How a fee is charged: monthly for full/half day, per hour for 计时托, per day for 临时托. */
export const FEE_UNITS = ['month', 'hour', 'day'] as const
export const feeUnitSchema = z.enum(FEE_UNITS)
export type FeeUnit = z.infer<typeof feeUnitSchema>

/**
 * Units a fee may be published in: the three search compares (above) and 次, a per-session price (a trial day,
 * a single visit) that the page lists but no search cap applies to.
 */
export const FEE_RECORD_UNITS = [...FEE_UNITS, 'session'] as const
export const feeRecordUnitSchema = z.enum(FEE_RECORD_UNITS)
export type FeeRecordUnit = z.infer<typeof feeRecordUnitSchema>

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
export const rectificationStatusSchema = z.enum(RECTIFICATION_STATUSES)

export const ENFORCEMENT_KINDS = ['warning', 'rectification_order', 'fine', 'suspension', 'revocation'] as const
export const enforcementKindSchema = z.enum(ENFORCEMENT_KINDS)

export const SORT_KEYS = ['distance', 'grade', 'fee'] as const
export const sortKeySchema = z.enum(SORT_KEYS)
export type SortKey = z.infer<typeof sortKeySchema>

/** Where a filing stands: 正常 / 暂停 (suspended, may resume) / 注销 (revoked, final). */
const STANDINGS = ['active', 'suspended', 'revoked'] as const
export const standingStatusSchema = z.enum(STANDINGS)

/** 卫生保健 / 食品安全 / 消防 / 其他 */
const INSPECTION_KINDS = ['health_care', 'food_safety', 'fire', 'other'] as const
export const inspectionKindSchema = z.enum(INSPECTION_KINDS)

/** 合格 / 发现问题 / 不合格 */
const INSPECTION_RESULTS = ['passed', 'findings', 'failed'] as const
export const inspectionResultSchema = z.enum(INSPECTION_RESULTS)

/** What one public 变更记录 line says happened; the page words each through the i18n catalogue. */
const CHANGE_KINDS = [
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
export const changeKindSchema = z.enum(CHANGE_KINDS)
export type ChangeKind = z.infer<typeof changeKindSchema>
