import { fitsAgeBand } from '../bookings/age-band-rules'
import type { ClassKind } from '../bookings/offering-schema'
import type { AgeBand } from '../finder/finder-enums'

/** Sessions for the expecting parent alone: a parent-child activity needs a child already born. */
const FOR_PREGNANCY: readonly ClassKind[] = ['prenatal_school', 'parent_class', 'parenting_salon', 'health_talk', 'parenting_consultation']

/**
 * Whether a class session suits a family at this age in months (below zero: months of pregnancy). 孕妇学校
 * is for pregnancy only; a session limited to an age band takes only children of that band.
 */
export function classFitsAge(classKind: ClassKind | null, ageBand: AgeBand | null, ageMonths: number): boolean {
  if (ageMonths < 0) return classKind !== null && FOR_PREGNANCY.includes(classKind) && ageBand === null
  if (classKind === 'prenatal_school') return false
  return ageBand === null || fitsAgeBand(ageMonths, ageBand)
}
