import type { AgeBand } from './finder-enums'
import type { ClassGroup } from './institution-schema'

/**
 * 托育机构设置标准（试行）: children per carer at most 3 (乳儿班), 5 (托小班), 7 (托大班); class sizes at most
 * 10 / 15 / 20, 混龄班 18. The standard gives no ratio for 混龄班; it takes 18-month-olds, so we hold it to the
 * 托小班 ratio rather than the looser 托大班 one.
 */
export const CHILDREN_PER_CARER: Record<AgeBand, number> = { infant: 3, toddler: 5, preschool: 7, mixed: 5 }
export const CLASS_SIZE_LIMIT: Record<AgeBand, number> = { infant: 10, toddler: 15, preschool: 20, mixed: 18 }

export interface ClassStaffing {
  classId: string
  ageBand: AgeBand
  enrolled: number
  caregivers: number
  requiredCaregivers: number
  meetsRatio: boolean
  withinSizeLimit: boolean
}

export function checkClassStaffing(group: ClassGroup): ClassStaffing {
  const requiredCaregivers = Math.ceil(group.enrolled / CHILDREN_PER_CARER[group.ageBand])
  return {
    classId: group.id,
    ageBand: group.ageBand,
    enrolled: group.enrolled,
    caregivers: group.caregivers,
    requiredCaregivers,
    meetsRatio: group.caregivers >= requiredCaregivers,
    withinSizeLimit: group.enrolled <= CLASS_SIZE_LIMIT[group.ageBand]
  }
}
