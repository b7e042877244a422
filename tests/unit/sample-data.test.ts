import { describe, it } from '@jest/globals'
import { expect } from '../support/expect-with-message'
import { isValidCreditCode, usccCheckCharacter } from '../../src/cloud/sample-data/credit-code'
import { sampleInstitutions } from '../../src/cloud/sample-data/sample-institutions'
import { sampleRegions } from '../../src/cloud/sample-data/sample-regions'
import { DISCLOSURE_ITEM_KEYS } from '../../src/domain/finder/disclosure-checklist'
import { gradeForTotal } from '../../src/domain/finder/evaluation-rules'
import { FEE_UNIT_BY_SERVICE, OPERATOR_KINDS, SERVICE_TYPES } from '../../src/domain/finder/finder-enums'
import { institutionDetailSchema } from '../../src/domain/finder/institution-schema'
import { freshVacancyOn, type SearchableInstitution } from '../../src/domain/finder/search-rules'
import { checkClassStaffing } from '../../src/domain/finder/staff-ratio-rules'
import { DISCLOSURE_FRESH_DAYS, staleAfter } from '../../src/domain/finder/staleness-rules'
import { regionSchema } from '../../src/domain/regions/region-schema'
import { haversineMetres } from '../../src/domain/shared/geo'

const DAY = '2026-11-23'
const regions = sampleRegions()
const byRegion = regions.map((region) => ({ region, institutions: sampleInstitutions(region, DAY) }))

const vacancyView = (v: SearchableInstitution['vacancies']) => ({ vacancies: v }) as SearchableInstitution

describe('sample data', () => {
  it('covers the four regions of the source documents, marked as sample', () => {
    expect(regions.map((r) => r.code)).toEqual(['bazhou', 'yuzhong', 'zhuji', 'hebi'])
    expect(regions.every((r) => r.isSample && r.departments.every((d) => d.phone === '12345'))).toBe(true)
  })

  it('gives every region real districts with streets and every complaint department, each in its own words', () => {
    const codes = ['health', 'market', 'public_security', 'emergency', 'education', 'civil_affairs', 'human_resources', 'housing', 'street_office']
    for (const region of regions) {
      expect(() => regionSchema.parse(region)).not.toThrow()
      expect(region.districts.every((d) => d.streets.length >= 4 && new Set(d.streets).size === d.streets.length)).toBe(true)
      expect(region.departments.map((d) => d.code)).toEqual(codes)
      expect(region.policy.nationalChildcareSubsidyFenPerYear).toBe(360_000)
      expect(region.sourceDocument.issuer).not.toBe('')
    }
    const healthDuties = regions.map((r) => r.departments.find((d) => d.code === 'health')?.duties)
    expect(new Set(healthDuties).size).toBe(regions.length)
    expect(regions.find((r) => r.code === 'bazhou')?.languages).toEqual(['zh-CN', 'ug'])
  })

  it('is the same on every run', () => {
    expect(sampleInstitutions(regions[2] as never, DAY)).toEqual(byRegion[2]?.institutions)
  })

  it('has at least 120 institutions per region with unique ids across regions', () => {
    const ids = byRegion.flatMap(({ institutions }) => institutions.map((i) => i.id))
    for (const { institutions } of byRegion) {
      expect(institutions.length).toBeGreaterThanOrEqual(120)
      for (const inst of institutions) expect(() => institutionDetailSchema.parse(inst)).not.toThrow()
    }
    expect(new Set(ids).size).toBe(ids.length)
  })

  it.each(byRegion)('places $region.code institutions in their districts, on their streets', ({ region, institutions }) => {
    for (const inst of institutions) {
      const district = region.districts.find((d) => d.code === inst.districtCode)
      expect(district, inst.id).toBeDefined()
      expect(haversineMetres(inst.location, district?.centre ?? inst.location)).toBeLessThan(5000)
      expect(district?.streets).toContain(inst.street)
      expect(inst.isSample).toBe(true)
    }
  })

  it.each(byRegion)('shows every operator kind and service type in $region.code', ({ institutions }) => {
    expect(new Set(institutions.map((i) => i.operatorKind))).toEqual(new Set(OPERATOR_KINDS))
    expect(new Set(institutions.flatMap((i) => i.serviceTypes))).toEqual(new Set(SERVICE_TYPES))
  })

  it.each(byRegion)('keeps 普惠 monthly fees in $region.code under the regional cap', ({ region, institutions }) => {
    const affordable = institutions.filter((i) => i.isAffordable)
    expect(affordable.length).toBeGreaterThan(20)
    for (const fee of affordable.flatMap((i) => i.fees).filter((f) => f.unit === 'month')) {
      expect(fee.amountFen).toBeLessThanOrEqual(region.policy.affordableMonthlyCapFen)
    }
  })

  it.each(byRegion)('charges each service in its own unit, for the age bands it takes, in $region.code', ({ institutions }) => {
    for (const inst of institutions) {
      const bands = new Set(inst.classes.map((c) => c.ageBand))
      for (const fee of inst.fees) {
        expect(fee.unit).toBe(FEE_UNIT_BY_SERVICE[fee.serviceType])
        expect(inst.serviceTypes).toContain(fee.serviceType)
        expect(bands.has(fee.ageBand)).toBe(true)
      }
      for (const v of inst.vacancies) expect(inst.serviceTypes).toContain(v.serviceType)
    }
  })

  it.each(byRegion)('has fresh and stale vacancy reports in $region.code', ({ institutions }) => {
    const vacancies = institutions.flatMap((i) => i.vacancies.filter((v) => v.places > 0))
    const fresh = vacancies.filter((v) => freshVacancyOn(vacancyView([v]), {}, DAY) !== null)
    expect(fresh.length).toBeGreaterThan(50)
    expect(vacancies.length - fresh.length).toBeGreaterThan(20)
  })

  it.each(byRegion)('has classes below the legal ratio in $region.code, but most meet it', ({ institutions }) => {
    const checks = institutions.flatMap((i) => i.classes.map(checkClassStaffing))
    const below = checks.filter((c) => !c.meetsRatio).length
    expect(below).toBeGreaterThan(0)
    expect(below / checks.length).toBeLessThan(0.2)
    expect(checks.every((c) => c.withinSizeLimit)).toBe(true)
    for (const inst of institutions) {
      expect(inst.classes.every((c) => c.enrolled <= c.capacity)).toBe(true)
      expect(inst.staff.caregivers).toBe(inst.classes.reduce((sum, c) => sum + c.caregivers, 0))
      expect(inst.staff.certifiedCaregivers).toBeLessThanOrEqual(inst.staff.caregivers)
      expect(inst.staff.total).toBeGreaterThanOrEqual(inst.staff.caregivers + inst.staff.healthStaff + inst.staff.securityStaff)
    }
  })

  it.each(byRegion)('states safety facts only where the disclosures do in $region.code', ({ institutions }) => {
    const retention = institutions.map((i) => i.safety.videoRetentionDays).filter((d): d is number => d !== null)
    for (const inst of institutions) {
      const disclosed = new Set(inst.disclosures.map((d) => d.key))
      expect(inst.safety.monitoring24h !== null).toBe(disclosed.has('monitoring_24h'))
      expect(inst.safety.videoRetentionDays !== null).toBe(disclosed.has('video_retention'))
      expect(inst.safety.oneKeyAlarm !== null).toBe(disclosed.has('one_key_alarm'))
      expect(inst.safety.liabilityInsurance !== null).toBe(disclosed.has('liability_insurance'))
    }
    const short = retention.filter((d) => d < 90).length
    expect(short).toBeGreaterThan(0)
    expect(short / retention.length).toBeLessThan(0.25)
  })

  it.each(byRegion)('leaves some disclosure items missing or out of date in $region.code', ({ institutions }) => {
    const missing = institutions.filter((i) => i.disclosures.length < DISCLOSURE_ITEM_KEYS.length).length
    const stale = institutions.filter((i) => i.disclosures.some((d) => staleAfter(d.updatedOn, DAY, DISCLOSURE_FRESH_DAYS))).length
    expect(missing).toBeGreaterThan(50)
    expect(stale).toBeGreaterThan(20)
    // Dated from the seeding day: on that day most items are within the 30 days parents see as current.
    const items = institutions.flatMap((i) => i.disclosures)
    expect(items.filter((d) => !staleAfter(d.updatedOn, DAY, DISCLOSURE_FRESH_DAYS)).length / items.length).toBeGreaterThan(0.8)
  })

  it.each(byRegion)('grades evaluations from their scores in $region.code, newest first', ({ region, institutions }) => {
    const health = region.departments.find((d) => d.code === 'health')?.name
    const evaluated = institutions.filter((i) => i.evaluations.length > 0)
    expect(evaluated.length).toBeGreaterThan(80)
    expect(institutions.some((i) => i.evaluations.length === 0)).toBe(true)
    for (const { evaluations } of evaluated) {
      for (const e of evaluations) {
        expect(e.total).toBe(Object.values(e.scores).reduce((s, n) => s + n, 0))
        expect(e.grade).toBe(gradeForTotal(e.total))
        expect(e.evaluator).toBe(health)
        const poor = e.grade === 'C' || e.grade === 'D'
        expect(e.rectification !== 'none', e.id).toBe(poor)
        expect(e.rectificationNote !== null, e.id).toBe(poor)
      }
      expect([...evaluations].sort((a, b) => b.evaluatedOn.localeCompare(a.evaluatedOn))).toEqual(evaluations)
    }
    const departments = new Set(region.departments.map((d) => d.name))
    const enforced = institutions.filter((i) => i.enforcement.length > 0)
    expect(enforced.length).toBeGreaterThan(0)
    expect(enforced.length / institutions.length).toBeLessThan(0.2)
    expect(enforced.every((i) => i.enforcement.every((x) => departments.has(x.department) && x.summary !== ''))).toBe(true)
    const demonstration = institutions.filter((i) => i.isDemonstration)
    expect(demonstration.length).toBeGreaterThan(0)
    expect(demonstration.length / institutions.length).toBeLessThan(0.2)
  })

  it.each(byRegion)('files $region.code institutions with dated receipts and a local phone number', ({ region, institutions }) => {
    const area = { bazhou: /^0996-\d{7}$/, yuzhong: /^023-\d{8}$/, zhuji: /^0575-\d{8}$/, hebi: /^0392-\d{7}$/ }[region.code]
    for (const inst of institutions) {
      expect(inst.phone).toMatch(area ?? /^$/)
      expect(inst.filing.receiptDate > '2021-11-23' && inst.filing.receiptDate <= DAY).toBe(true)
      expect(inst.filing.number).toContain(`〔${inst.filing.receiptDate.slice(0, 4)}〕`)
      expect(inst.openToResidents === null).toBe(inst.operatorKind !== 'employer')
      expect(inst.address.startsWith(`${region.name}${inst.districtName}${inst.street}`)).toBe(true)
    }
  })

  it('gives every institution a 统一社会信用代码 with a correct check character', () => {
    for (const { institutions } of byRegion) {
      for (const inst of institutions) expect(isValidCreditCode(inst.filing.creditCode), inst.id).toBe(true)
    }
    // A published example code (GB 32100-2015 annex style) checks out, and one changed character does not.
    expect(usccCheckCharacter('91350100M000100Y4')).toBe('3')
    expect(isValidCreditCode('91350100M000100Y44')).toBe(false)
  })

  it('offers a parent in 诸暨 affordable 托小班 care with a free place nearby', () => {
    const zhuji = byRegion.find((r) => r.region.code === 'zhuji')?.institutions ?? []
    const matches = zhuji.filter(
      (i) =>
        i.isAffordable &&
        freshVacancyOn(vacancyView(i.vacancies), { ageBands: ['toddler'] }, DAY) !== null
    )
    expect(matches.length).toBeGreaterThanOrEqual(10)
  })
})
