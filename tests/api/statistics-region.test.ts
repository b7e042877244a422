import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, it } from '@jest/globals'
import { expect } from '../support/expect-with-message'
import type { Database } from '../../src/cloud/db/database'
import { saveInstitutions } from '../../src/cloud/finder/institution-repository'
import { writeRegionConfig } from '../../src/cloud/regions/regions-repository'
import { sampleInstitutions } from '../../src/cloud/sample-data/sample-institutions'
import { sampleRegionConfigs, sampleRegions } from '../../src/cloud/sample-data/sample-regions'
import type { InstitutionDetail } from '../../src/domain/finder/institution-schema'
import type { DepartmentStatistics, RegionStatistics } from '../../src/domain/statistics/statistics-schema'
import { callAs } from './support/call-action'
import { codeOf, complaintInput, fileComplaint, newParent, regulatorAct, regulatorOf, staffOf, unwrap } from './support/complaint-fixtures'
import { freshDatabase, postgresTestDatabase, STORE_KINDS, TEST_NOW, TEST_REFERENCE_DATE } from './support/test-database'

/**
 * A database built for this file: the 诸暨 region, three institutions and six complaints whose every figure is
 * counted by hand below (TEST_NOW is 2026-11-23 12:00 in China; November 2026 has no public holiday).
 */
const REGION = sampleRegions().find((r) => r.code === 'zhuji')
const REGION_CONFIG = sampleRegionConfigs().find((r) => r.code === 'zhuji')
if (!REGION || !REGION_CONFIG) throw new Error('zhuji sample region missing')
const TEMPLATE = sampleInstitutions(REGION, TEST_REFERENCE_DATE)[0] as InstitutionDetail

const evaluation = (grade: 'A' | 'B', evaluatedOn: string, rectification: 'none' | 'required') => ({
  ...(TEMPLATE.evaluations[0] ?? { id: 'e', evaluator: '示例评估组', scores: { conditions: 90, staffing: 130, care: 220, health: 130, family_support: 90, safety: 130, management: 90 }, total: 880, rectificationNote: null }),
  id: `ev-${grade}-${evaluatedOn}`,
  grade,
  evaluatedOn,
  rectification
})

function institution(id: string, fields: Partial<InstitutionDetail>, capacities: number[]): InstitutionDetail {
  return {
    ...TEMPLATE,
    id,
    classes: capacities.map((capacity, i) => ({ id: `${id}-c${i}`, name: `班${i}`, ageBand: 'toddler', capacity, enrolled: 0, caregivers: 3 })),
    enforcement: [],
    ...fields
  }
}

const INSTITUTIONS: InstitutionDetail[] = [
  institution('zj-9001', {
    districtCode: 'jiyang', districtName: '暨阳街道', street: '艮塔路', isAffordable: true, isDemonstration: true,
    serviceTypes: ['full_day', 'hourly'],
    vacancies: [
      { serviceType: 'full_day', ageBand: 'infant', places: 3, reportedOn: '2026-11-20' },
      { serviceType: 'hourly', ageBand: 'toddler', places: 2, reportedOn: '2026-09-01' } // stale: not counted
    ],
    evaluations: [evaluation('A', '2025-06-01', 'none')]
  }, [10, 15]),
  institution('zj-9002', {
    districtCode: 'jiyang', districtName: '暨阳街道', street: '浣纱南路', isAffordable: false, isDemonstration: false,
    serviceTypes: ['full_day'],
    vacancies: [{ serviceType: 'full_day', ageBand: 'preschool', places: 4, reportedOn: '2026-11-01' }],
    evaluations: [evaluation('B', '2022-05-01', 'required')] // older than 3 years, 整改 open
  }, [20]),
  institution('zj-9003', {
    districtCode: 'huandong', districtName: '浣东街道', street: '东二路', isAffordable: true, isDemonstration: true,
    serviceTypes: ['half_day', 'temporary'],
    vacancies: [],
    evaluations: []
  }, [18])
]

// The same figures on the embedded database and, when `npm test` started one, on PostgreSQL.
describe.each(STORE_KINDS)('on %s', (kind) => {
  const at = (iso: string) => new Date(iso)
  let db: Database
  const regulator = regulatorOf('zhuji')

  async function complaint(
    category: 'hygiene_health' | 'food',
    submittedAt: string,
    steps: { acceptAt?: string; answerAt?: string; close?: 'upheld' | 'partly_upheld' | 'not_upheld' } = {}
  ): Promise<void> {
    const input = complaintInput('zj-9001', { category, incidentDate: '2026-10-01' })
    const { complaint: filed } = await fileComplaint(db, newParent(), input, at(submittedAt))
    const trackingNo = filed.trackingNo
    if (steps.acceptAt) unwrap(await regulatorAct(db, regulator, 'accept', { trackingNo }, at(steps.acceptAt)))
    if (steps.answerAt) {
      unwrap(await regulatorAct(db, regulator, 'assign', { trackingNo, departmentCode: filed.department?.code }, at(steps.answerAt)))
      unwrap(await regulatorAct(db, regulator, 'investigate', { trackingNo }, at(steps.answerAt)))
      unwrap(await regulatorAct(db, regulator, 'answer', { trackingNo, answer: '经现场核查，情况属实，已责令机构整改。' }, at(steps.answerAt)))
    }
    if (steps.close) {
      unwrap(await regulatorAct(db, regulator, 'close', { trackingNo, outcome: { kind: steps.close }, reason: '核查结论已告知。' }, at(steps.answerAt ?? submittedAt)))
    }
  }

  const regionStats = async (now: Date = TEST_NOW) => unwrap(await callAs<RegionStatistics>(db, null, 'statistics', 'region', { regionCode: 'zhuji' }, now))

  beforeAll(async () => {
    db = kind === 'pglite' ? await freshDatabase() : ((await postgresTestDatabase({ seed: false })) as Database)
    await db.transaction((tx) => writeRegionConfig(tx, REGION_CONFIG))
    await saveInstitutions(db, INSTITUTIONS)
    // health: accept in 5 working days, answer in 20; market: 7 and 30 (sample-routing.ts).
    await complaint('hygiene_health', '2026-11-02T02:00:00Z', { acceptAt: '2026-11-02T03:00:00Z', answerAt: '2026-11-05T02:00:00Z', close: 'upheld' }) // 3 wd
    await complaint('hygiene_health', '2026-11-03T02:00:00Z', { acceptAt: '2026-11-13T02:00:00Z', answerAt: '2026-11-16T02:00:00Z', close: 'not_upheld' }) // accepted late (due 11-10), 9 wd
    await complaint('food', '2026-11-09T02:00:00Z', { acceptAt: '2026-11-09T03:00:00Z', answerAt: '2026-11-10T02:00:00Z', close: 'partly_upheld' }) // 1 wd
    await complaint('food', '2026-10-12T02:00:00Z') // never accepted, overdue since 10-21
    await complaint('hygiene_health', '2026-11-20T02:00:00Z') // not yet due
    await complaint('hygiene_health', '2026-11-23T01:00:00Z') // not yet due
    await complaint('hygiene_health', '2026-10-13T02:00:00Z', { acceptAt: '2026-10-13T03:00:00Z' }) // answer overdue since 11-10
  })

  describe('statistics.region: figures counted by hand', () => {
    it('places per 1,000 residents against 诸暨’s 2025 target of 4.5 with its citation, and the population’s source', async () => {
      const s = await regionStats()
      expect(s.year).toBe(2026)
      expect(s.institutions).toBe(3)
      expect(s.places.total).toBe(63)
      expect(s.places.affordable).toBe(43)
      expect(s.places.affordableShare).toBeCloseTo(43 / 63, 6)
      expect(s.population).toMatchObject({ residents: 1_218_000, year: 2020, isSample: true })
      expect(s.population?.source).toContain('示例')
      expect(s.places.perThousand).toBe(0.05)
      expect(s.places.target).toEqual({
        year: 2025,
        value: 4.5,
        citation: expect.objectContaining({ file: '003_7ef9f6658afaba6c.txt', line: 140 })
      })
      expect(s.computedAt).toBe(TEST_NOW.toISOString())
    })

    // The seeds live beside the repository (../shared/seeds), where the team works; a bare clone (CI) has none.
    const SEEDS = path.resolve(__dirname, '../../../shared/seeds')
    ;(existsSync(SEEDS) ? it : it.skip)('the cited line of the seed document holds the target', async () => {
      const s = await regionStats()
      const seed = path.join(SEEDS, s.places.target?.citation.file ?? '')
      const lines = readFileSync(seed, 'utf8').split('\n')
      expect(lines[(s.places.target?.citation.line ?? 0) - 1]?.trim()).toBe('4.5')
      expect(lines[(s.coverage.target?.citation.line ?? 0) - 1]?.trim()).toBe('50%')
    })

    it('示范 and street coverage, per district and in all', async () => {
      const s = await regionStats()
      expect(s.demonstration.total).toBe(2)
      expect(s.coverage).toMatchObject({ covered: 3, total: 33, target: expect.objectContaining({ year: 2025, value: 50 }) })
      expect(s.coverage.share).toBeCloseTo(3 / 33, 6)
      const jiyang = s.districts.find((d) => d.districtCode === 'jiyang')
      const huandong = s.districts.find((d) => d.districtCode === 'huandong')
      expect(jiyang).toMatchObject({ institutions: 2, places: 45, affordablePlaces: 25, demonstration: 1, streetsCovered: 2, streetsTotal: 5 })
      expect(huandong).toMatchObject({ institutions: 1, places: 18, affordablePlaces: 18, demonstration: 1, streetsCovered: 1, streetsTotal: 4 })
      expect(s.districts.find((d) => d.districtCode === 'ciwu')).toMatchObject({ institutions: 0, places: 0, streetsCovered: 0 })
      expect(s.districts).toHaveLength(8)
    })

    it('places by service type, fresh vacancies by age band, grades, evaluations in the last 3 years, open 整改', async () => {
      const s = await regionStats()
      expect(s.placesByServiceType).toEqual([
        { serviceType: 'full_day', places: 45 },
        { serviceType: 'half_day', places: 18 },
        { serviceType: 'hourly', places: 25 },
        { serviceType: 'temporary', places: 18 }
      ])
      expect(s.vacanciesByAgeBand).toEqual([
        { ageBand: 'infant', places: 3 },
        { ageBand: 'toddler', places: 0 },
        { ageBand: 'preschool', places: 4 },
        { ageBand: 'mixed', places: 0 }
      ])
      expect(s.evaluations.grades).toEqual([
        { grade: 'A', institutions: 1 },
        { grade: 'B', institutions: 1 },
        { grade: 'C', institutions: 0 },
        { grade: 'D', institutions: 0 }
      ])
      expect(s.evaluations.evaluatedWithin3Years).toBe(1)
      expect(s.evaluations.evaluatedWithin3YearsShare).toBeCloseTo(1 / 3, 6)
      expect(s.evaluations.openRectifications).toBe(1)
    })

    it('complaints: received, upheld by category, deadlines met, median working days; counts under 5 as "<5"', async () => {
      const c = (await regionStats()).complaints
      expect(c.received).toBe(7)
      expect(c.upheldByCategory.find((u) => u.category === 'hygiene_health')?.upheld).toBe('<5')
      expect(c.upheldByCategory.find((u) => u.category === 'food')?.upheld).toBe('<5')
      expect(c.upheldByCategory.find((u) => u.category === 'safety')?.upheld).toBe(0)
      expect(c.acceptedOnTimeShare).toBe(0.6) // due: #1 #2 #3 #4 #7; on time: #1 #3 #7
      expect(c.answeredOnTimeShare).toBe(0.75) // due: #1 #2 #3 answered in time, #7 overdue
      expect(c.medianWorkingDaysToAnswer).toBe(3) // 1, 3, 9
      expect(c.byDepartment).toEqual([
        { departmentCode: 'health', departmentName: '诸暨市卫生健康局', received: 5, upheld: '<5', acceptedOnTimeShare: 2 / 3, answeredOnTimeShare: 2 / 3, medianWorkingDaysToAnswer: 6 },
        { departmentCode: 'market', departmentName: expect.any(String), received: '<5', upheld: '<5', acceptedOnTimeShare: 0.5, answeredOnTimeShare: 1, medianWorkingDaysToAnswer: 1 }
      ])
      expect(c.byMonth).toEqual([
        { month: '2026-10', received: '<5', answered: 0 }, // #4 #7
        { month: '2026-11', received: 5, answered: '<5' }
      ])
    })

    it('is cached with the time it was computed until an institution changes', async () => {
      const first = await regionStats()
      const later = new Date(TEST_NOW.getTime() + 60_000)
      expect((await regionStats(later)).computedAt).toBe(first.computedAt)
      await saveInstitutions(db, [{ ...INSTITUTIONS[2] as InstitutionDetail, isAffordable: false }])
      const fresh = await regionStats(later)
      expect(fresh.computedAt).toBe(later.toISOString())
      expect(fresh.places.affordable).toBe(25)
      await saveInstitutions(db, [INSTITUTIONS[2] as InstitutionDetail])
    })

    it('refuses a malformed region code and names an unknown region', async () => {
      expect(codeOf(await callAs(db, null, 'statistics', 'region', { regionCode: 'Zhu Ji!' }))).toBe('INVALID_INPUT')
      expect(codeOf(await callAs(db, null, 'statistics', 'region', {}))).toBe('INVALID_INPUT')
      expect(codeOf(await callAs(db, null, 'statistics', 'region', { regionCode: 'nowhere' }))).toBe('NOT_FOUND')
    })
  })

  describe('statistics.departments: the regulators’ console', () => {
    it('gives a regulator of the region exact counts per department with monthly trends', async () => {
      const s = unwrap(await callAs<DepartmentStatistics>(db, regulator, 'statistics', 'departments', {}))
      expect(s.regionCode).toBe('zhuji')
      const health = s.departments.find((d) => d.departmentCode === 'health')
      const market = s.departments.find((d) => d.departmentCode === 'market')
      expect(health).toMatchObject({
        received: 5, upheld: 1, acceptedOnTimeShare: 2 / 3, answeredOnTimeShare: 2 / 3, medianWorkingDaysToAnswer: 6,
        months: [{ month: '2026-10', received: 1, answered: 0 }, { month: '2026-11', received: 4, answered: 2 }]
      })
      expect(market).toMatchObject({ received: 2, upheld: 1, months: [{ month: '2026-10', received: 1, answered: 0 }, { month: '2026-11', received: 1, answered: 1 }] })
      expect(s.departments.find((d) => d.departmentCode === 'education')).toMatchObject({ received: 0, months: [] })
    })

    it('refuses parents, staff and the signed-out, and takes no input', async () => {
      expect(codeOf(await callAs(db, newParent(), 'statistics', 'departments', {}))).toBe('FORBIDDEN')
      expect(codeOf(await callAs(db, staffOf({ id: 'zj-9001', regionCode: 'zhuji' }), 'statistics', 'departments', {}))).toBe('FORBIDDEN')
      expect(codeOf(await callAs(db, null, 'statistics', 'departments', {}))).toBe('UNAUTHENTICATED')
      expect(codeOf(await callAs(db, regulator, 'statistics', 'departments', { regionCode: 'bazhou' }))).toBe('INVALID_INPUT')
    })
  })
})
