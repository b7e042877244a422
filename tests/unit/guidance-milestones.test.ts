import { describe, it } from '@jest/globals'
import { expect } from '../support/expect-with-message'
import { DEVELOPMENT_DOMAINS } from '../../src/domain/guidance/article-schema'
import { ageInMonths, MILESTONES, milestonesForAge, WARNING_CHECKPOINTS, WARNING_SIGNS } from '../../src/domain/guidance/milestone-rules'
import { dayjs, todayInChina } from '../../src/domain/shared/clock'
import { guidance } from '../../src/i18n/zh-cn/guidance'

describe('a child born 14 months before today', () => {
  const today = todayInChina()
  const birthMonth = dayjs(today).subtract(14, 'month').format('YYYY-MM')

  it('is 14 months old, counted from the birth month', () => {
    expect(ageInMonths(birthMonth, today)).toBe(14)
  })

  it('gets the 12–15-month milestones across all five domains and the 12-month warning signs', () => {
    const guide = milestonesForAge(ageInMonths(birthMonth, today))
    expect([guide.fromMonths, guide.toMonths]).toEqual([12, 15])
    expect(guide.milestones.map((m) => m.id)).toEqual(MILESTONES.filter((m) => m.fromMonths === 12).map((m) => m.id))
    expect(new Set(guide.milestones.map((m) => m.domain))).toEqual(new Set(DEVELOPMENT_DOMAINS))
    expect(guide.warningSigns?.atMonths).toBe(12)
    expect(guide.warningSigns?.signIds).toEqual(['w12_no_response_to_name', 'w12_no_bye_or_welcome_gesture', 'w12_no_pincer_grasp', 'w12_cannot_stand_holding_on'])
    expect(guide.nextWarningSigns?.atMonths).toBe(18)
    expect(guide.milestones.find((m) => m.id === 'm12_motor_first_steps')?.latestMonths).toBe(18)
  })
})

describe('milestones by age', () => {
  it('age in months counts calendar months from the birth month, whatever the day', () => {
    expect(ageInMonths('2025-09', '2026-11-01')).toBe(14)
    expect(ageInMonths('2025-09', '2026-11-30')).toBe(14)
    expect(ageInMonths('2025-12', '2026-01-05')).toBe(1)
    expect(ageInMonths('2026-11', '2026-11-23')).toBe(0)
  })

  it('cover every three-month band with all five domains', () => {
    for (let from = 0; from < 36; from += 3) {
      const domains = new Set(MILESTONES.filter((m) => m.fromMonths === from).map((m) => m.domain))
      expect(domains, `${from} months`).toEqual(new Set(DEVELOPMENT_DOMAINS))
    }
  })

  it('give no warning signs to check before 3 months, the 8-month ones at 8–11 and the 36-month ones at 36', () => {
    expect(milestonesForAge(0).warningSigns).toBeNull()
    expect(milestonesForAge(2).nextWarningSigns?.atMonths).toBe(3)
    expect(milestonesForAge(8).warningSigns?.atMonths).toBe(8)
    expect(milestonesForAge(11).warningSigns?.atMonths).toBe(8)
    const last = milestonesForAge(36)
    expect([last.fromMonths, last.toMonths]).toEqual([33, 36])
    expect(last.warningSigns?.atMonths).toBe(36)
    expect(last.nextWarningSigns).toBeNull()
  })

  it('refuse ages outside 0–36 months', () => {
    expect(() => milestonesForAge(-1)).toThrow(RangeError)
    expect(() => milestonesForAge(37)).toThrow(RangeError)
    expect(() => milestonesForAge(1.5)).toThrow(RangeError)
  })

  it('tie "see a doctor if not by N months" only to a warning-sign checkpoint after the band starts', () => {
    for (const milestone of MILESTONES) {
      if (!('latestMonths' in milestone)) continue
      expect(WARNING_CHECKPOINTS, milestone.id).toContain(milestone.latestMonths)
      expect(milestone.latestMonths, milestone.id).toBeGreaterThan(milestone.fromMonths)
    }
  })

  it('follow the national screening table: four signs at each of 3, 6, 8, 12, 18, 24, 30 and 36 months, each with a text', () => {
    expect(WARNING_CHECKPOINTS).toEqual([3, 6, 8, 12, 18, 24, 30, 36])
    for (const months of WARNING_CHECKPOINTS) expect(WARNING_SIGNS[months]).toHaveLength(4)
    const ids = Object.values(WARNING_SIGNS).flat()
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(guidance.warningSign[id].length, id).toBeGreaterThanOrEqual(3)
    for (const milestone of MILESTONES) expect(guidance.milestone[milestone.id].length, milestone.id).toBeGreaterThan(5)
  })
})
