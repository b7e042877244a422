import { describe, it } from '@jest/globals'
import { expect } from '../support/expect-with-message'
import { routingTableSchema, type RegionRouting } from '../../src/domain/complaints/complaint-routing-schema'
import { fallbackRouting, resolveRoute, unknownDepartments } from '../../src/domain/complaints/complaint-routing-rules'
import { COMPLAINT_CATEGORIES } from '../../src/domain/complaints/complaint-category-schema'
import { sampleRoutingFor } from '../../src/cloud/sample-data/sample-routing'
import { sampleRegions } from '../../src/cloud/sample-data/sample-regions'

const complaintRoutingFor = (code: string): RegionRouting | null => {
  const table = sampleRoutingFor(code)
  return table && { regionCode: code, ...table }
}

const days = { acceptWithinWorkingDays: 3, answerWithinWorkingDays: 15 }
const routing: RegionRouting = fallbackRouting('testville', 'health')
routing.rules = routing.rules.map((rule) => (rule.category === 'unregistered' ? { ...rule, departmentCode: 'market' } : rule))
routing.rules.push(
  { category: 'unregistered', appliesTo: 'unfiled', departmentCode: 'street_office', ...days },
  { category: 'other', appliesTo: 'filed', departmentCode: 'civil_affairs', ...days },
  { category: 'other', appliesTo: 'kindergarten_class', departmentCode: 'education', ...days }
)

describe('complaint routing', () => {
  it('picks the most specific rule for the subject', () => {
    expect(resolveRoute(routing, 'unregistered', 'unfiled')).toEqual({ departmentCode: 'street_office', ...days })
    expect(resolveRoute(routing, 'unregistered', 'filed').departmentCode).toBe('market')
    expect(resolveRoute(routing, 'other', 'kindergarten_class').departmentCode).toBe('education')
    expect(resolveRoute(routing, 'other', 'filed').departmentCode).toBe('civil_affairs')
    expect(resolveRoute(routing, 'other', 'unfiled').departmentCode).toBe('health')
    // A kindergarten class is a filed institution too.
    expect(resolveRoute(routing, 'food', 'kindergarten_class').departmentCode).toBe('health')
  })

  it('requires a rule for every category and at most one per category and subject', () => {
    const { regionCode: _code, ...table } = routing
    expect(routingTableSchema.safeParse(table).success).toBe(true)
    const missing = { ...table, rules: table.rules.filter((r) => r.category !== 'food') }
    expect(routingTableSchema.safeParse(missing).success).toBe(false)
    const twice = { ...table, rules: [...table.rules, { category: 'food', appliesTo: 'any', departmentCode: 'market', ...days }] }
    expect(routingTableSchema.safeParse(twice).success).toBe(false)
    const slow = { ...table, rules: table.rules.map((r) => ({ ...r, answerWithinWorkingDays: 365 })) }
    expect(routingTableSchema.safeParse(slow).success).toBe(false)
    const never = { ...table, rules: table.rules.map((r) => ({ ...r, acceptWithinWorkingDays: 0 })) }
    expect(routingTableSchema.safeParse(never).success).toBe(false)
  })

  it('names the departments a region does not have', () => {
    expect(unknownDepartments(routing, ['health', 'market', 'street_office', 'education'])).toEqual(['civil_affairs'])
  })

  it('sends everything to the lead department of a region without routing, with a readable prefix', () => {
    const fallback = fallbackRouting('lishui', 'health')
    expect(fallback.trackingPrefix).toBe('SH')
    expect(fallbackRouting('io', 'health').trackingPrefix).toBe('TY')
    for (const category of COMPLAINT_CATEGORIES) expect(resolveRoute(fallback, category, 'unfiled').departmentCode).toBe('health')
  })
})

describe('sample routing of the four regions', () => {
  it('routes abuse to the police, food and fees to market regulation, everywhere', () => {
    for (const region of ['bazhou', 'yuzhong', 'zhuji', 'hebi']) {
      const config = complaintRoutingFor(region)
      expect(config, region).not.toBeNull()
      if (!config) continue
      expect(resolveRoute(config, 'abuse_neglect', 'filed').departmentCode).toBe('public_security')
      expect(resolveRoute(config, 'abuse_neglect', 'unfiled').departmentCode).toBe('public_security')
      expect(resolveRoute(config, 'food', 'filed').departmentCode).toBe('market')
      expect(resolveRoute(config, 'fees_refunds', 'filed').departmentCode).toBe('market')
      expect(resolveRoute(config, 'hygiene_health', 'filed').departmentCode).toBe('health')
      expect(resolveRoute(config, 'staff_qualifications', 'kindergarten_class').departmentCode).toBe('education')
    }
  })

  it('sends unlicensed care found in 诸暨 to the 镇街 and fire safety to 应急管理', () => {
    const zhuji = complaintRoutingFor('zhuji')
    expect(zhuji && resolveRoute(zhuji, 'unregistered', 'unfiled').departmentCode).toBe('street_office')
    expect(zhuji && resolveRoute(zhuji, 'safety', 'filed').departmentCode).toBe('emergency')
  })

  it('names only departments each sample region has, and covers every sample region', () => {
    for (const region of sampleRegions()) {
      const config = complaintRoutingFor(region.code)
      expect(config, region.code).not.toBeNull()
      if (config) expect(unknownDepartments(config, region.departments.map((d) => d.code)), region.code).toEqual([])
    }
  })

  it('gives every region its own tracking prefix', () => {
    const prefixes = sampleRegions().map((r) => sampleRoutingFor(r.code)?.trackingPrefix)
    expect(new Set(prefixes).size).toBe(prefixes.length)
    expect(complaintRoutingFor('atlantis')).toBeNull()
  })
})
