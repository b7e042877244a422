import { describe, expect, it } from 'vitest'
import { isValidCreditCode, usccCheckCharacter } from '../../src/cloud/seed/credit-code'
import { sampleInstitutions } from '../../src/cloud/seed/sample-institutions'
import { sampleRegions } from '../../src/cloud/seed/sample-regions'
import { DISCLOSURE_ITEM_KEYS } from '../../src/domain/finder/disclosure-checklist'
import { gradeForTotal } from '../../src/domain/finder/evaluation-rules'
import { OPERATOR_KINDS, SERVICE_TYPES } from '../../src/domain/finder/finder-enums'
import { freshVacancyOn, type SearchableInstitution } from '../../src/domain/finder/search-rules'
import { checkClassStaffing } from '../../src/domain/finder/staff-ratio-rules'
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

  it('is the same on every run', () => {
    expect(sampleInstitutions(regions[2] as never, DAY)).toEqual(byRegion[2]?.institutions)
  })

  it('has at least 120 institutions per region with unique ids across regions', () => {
    const ids = byRegion.flatMap(({ institutions }) => institutions.map((i) => i.id))
    for (const { institutions } of byRegion) expect(institutions.length).toBeGreaterThanOrEqual(120)
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
  })

  it.each(byRegion)('leaves some disclosure items missing or out of date in $region.code', ({ institutions }) => {
    const missing = institutions.filter((i) => i.disclosures.length < DISCLOSURE_ITEM_KEYS.length).length
    const stale = institutions.filter((i) => i.disclosures.some((d) => d.updatedOn < '2025-11-23')).length
    expect(missing).toBeGreaterThan(50)
    expect(stale).toBeGreaterThan(20)
  })

  it.each(byRegion)('grades evaluations from their scores in $region.code, newest first', ({ institutions }) => {
    const evaluated = institutions.filter((i) => i.evaluations.length > 0)
    expect(evaluated.length).toBeGreaterThan(80)
    expect(institutions.some((i) => i.evaluations.length === 0)).toBe(true)
    for (const { evaluations } of evaluated) {
      for (const e of evaluations) {
        expect(e.total).toBe(Object.values(e.scores).reduce((s, n) => s + n, 0))
        expect(e.grade).toBe(gradeForTotal(e.total))
      }
      expect([...evaluations].sort((a, b) => b.evaluatedOn.localeCompare(a.evaluatedOn))).toEqual(evaluations)
    }
    expect(institutions.some((i) => i.enforcement.length > 0)).toBe(true)
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
