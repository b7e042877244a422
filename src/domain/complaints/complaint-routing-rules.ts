import { COMPLAINT_CATEGORIES, type ComplaintCategory } from './complaint-category-schema'
import type { ComplaintRoute, RegionRouting, RoutingSubject } from './complaint-routing-schema'
import { TRACKING_ALPHABET } from './tracking-number-rules'

/** The subject as routing sees it: an unfiled operator, or a filed institution (maybe a kindergarten class). */
export type RoutedSubject = Exclude<RoutingSubject, 'any'>

const SPECIFICITY: Record<RoutedSubject, readonly RoutingSubject[]> = {
  kindergarten_class: ['kindergarten_class', 'filed', 'any'],
  filed: ['filed', 'any'],
  unfiled: ['unfiled', 'any']
}

/** The department and deadlines for one complaint: the most specific rule for its category and subject. */
export function resolveRoute(routing: RegionRouting, category: ComplaintCategory, subject: RoutedSubject): ComplaintRoute {
  for (const appliesTo of SPECIFICITY[subject]) {
    const rule = routing.rules.find((r) => r.category === category && r.appliesTo === appliesTo)
    if (rule) {
      const { departmentCode, acceptWithinWorkingDays, answerWithinWorkingDays } = rule
      return { departmentCode, acceptWithinWorkingDays, answerWithinWorkingDays }
    }
  }
  // The schema requires an "any" rule for every category, so only an unvalidated routing gets here.
  throw new RangeError(`routing of ${routing.regionCode} has no rule for ${category}`)
}

/** Department codes the routing names that the region does not have: a configuration error to fix before use. */
export function unknownDepartments(routing: RegionRouting, regionDepartmentCodes: readonly string[]): string[] {
  const known = new Set(regionDepartmentCodes)
  return [...new Set(routing.rules.map((r) => r.departmentCode))].filter((code) => !known.has(code))
}

/** Default deadlines when a region has not configured its own: a week to accept, a month to answer. */
const FALLBACK_ROUTE_DAYS = { acceptWithinWorkingDays: 5, answerWithinWorkingDays: 20 } as const

/**
 * A region with no routing yet still takes complaints: everything goes to its lead department (卫生健康 leads
 * childcare in every source document), which can assign onwards. A complaint is never refused for want of config.
 */
export function fallbackRouting(regionCode: string, leadDepartmentCode: string): RegionRouting {
  const letters = [...regionCode.toUpperCase()].filter((c) => /[A-Z]/.test(c) && TRACKING_ALPHABET.includes(c))
  const prefix = letters.length >= 2 ? letters.slice(0, 2).join('') : 'TY'
  return {
    regionCode,
    trackingPrefix: prefix,
    rules: COMPLAINT_CATEGORIES.map((category) => ({
      category,
      appliesTo: 'any' as const,
      departmentCode: leadDepartmentCode,
      ...FALLBACK_ROUTE_DAYS
    }))
  }
}
