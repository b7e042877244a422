import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, it } from '@jest/globals'
import { expect } from '../support/expect-with-message'
import { monthlyCostAfterSubsidies, NATIONAL_CHILDCARE_SUBSIDY_FEN_PER_YEAR } from '../../src/domain/finder/subsidy-rules'
import { careCostPerMonth, composePolicyGuide, parseNationalPolicy, parseRegionPolicy, PolicyFormatError } from '../../src/domain/policy/policy-guide-rules'
import type { PolicyGuide, PolicyTopic } from '../../src/domain/policy/policy-guide-schema'

const DIR = path.resolve(__dirname, '../../content/policies')
const read = (file: string) => readFileSync(path.join(DIR, file), 'utf8')
const national = parseNationalPolicy('national.yaml', read('national.yaml'))
const regionFiles = readdirSync(DIR).filter((file) => file !== 'national.yaml').sort()
const guides = new Map<string, PolicyGuide>(regionFiles.map((file) => {
  const region = parseRegionPolicy(file, read(file))
  return [region.region, composePolicyGuide(region, national)]
}))
const guide = (code: string): PolicyGuide => {
  const found = guides.get(code)
  if (!found) throw new Error(`no guide for ${code}`)
  return found
}
const regionText = (code: string, topic: PolicyTopic) =>
  guide(code)
    .lines.filter((line) => line.scope === 'region' && line.topic === topic)
    .map((line) => line.text)
    .join('\n')

describe('regional policy guides (content/policies)', () => {
  it('exist for the four sample regions and validate', () => {
    expect(regionFiles).toEqual(['bazhou.yaml', 'hebi.yaml', 'yuzhong.yaml', 'zhuji.yaml'])
    expect([...guides.keys()].sort()).toEqual(['bazhou', 'hebi', 'yuzhong', 'zhuji'])
  })

  it("give every line a source, and cite the region's own plan on every regional line", () => {
    for (const g of guides.values()) {
      for (const line of g.lines) {
        expect(line.source.document.length, line.text).toBeGreaterThan(3)
        if (line.scope === 'region') expect(line.source.document, line.text).toContain(g.sourceDocument.number)
      }
    }
  })

  it('include the national ¥3,600 育儿补贴 and how to claim it in every region, at the amount the finder uses', () => {
    for (const g of guides.values()) {
      expect(g.lines.some((line) => line.topic === 'childcare_subsidy' && line.text.includes('3600'))).toBe(true)
      expect(g.lines.some((line) => line.topic === 'how_to_claim')).toBe(true)
      expect(g.familySubsidies.find((s) => s.id === 'national_childcare_subsidy')?.annualFen).toBe(NATIONAL_CHILDCARE_SUBSIDY_FEN_PER_YEAR)
    }
  })

  it('show 巴州 and 诸暨 differently where their documents differ', () => {
    expect(regionText('bazhou', 'maternity_leave')).toContain('六十天')
    expect(regionText('zhuji', 'maternity_leave')).not.toContain('六十天')
    expect(regionText('zhuji', 'parental_leave')).toContain('育儿假')
    expect(regionText('zhuji', 'targets')).toContain('4.5')
    expect(regionText('bazhou', 'targets')).not.toContain('4.5')
    expect(regionText('zhuji', 'institution_support')).toContain('1000元')
    expect(regionText('bazhou', 'institution_support')).toContain('援疆')
    expect(guide('bazhou').sourceDocument.number).toBe('巴政办发〔2020〕46号')
  })

  it("say what 鹤壁's and 渝中's documents add: nursing leave to one year, rooms in stations, 爱心妈咪小屋", () => {
    expect(regionText('hebi', 'nursing_leave')).toContain('满一周岁')
    expect(regionText('hebi', 'nursing_rooms')).toContain('车站、商场、医院')
    expect(regionText('yuzhong', 'nursing_rooms')).toContain('爱心妈咪小屋')
  })

  it('put the region lines before the national ones within a topic', () => {
    const maternity = guide('bazhou').lines.filter((line) => line.topic === 'maternity_leave')
    expect(maternity.map((line) => line.scope)).toEqual(['region', 'national'])
  })

  it('refuse a line without a source and a file named for another region', () => {
    const bazhou = read('bazhou.yaml')
    expect(() => parseRegionPolicy('bazhou.yaml', bazhou.replace(/\n {4}source:\n {6}document: [^\n]+\n {6}clause: 四（三）1/, ''))).toThrow(PolicyFormatError)
    expect(() => parseRegionPolicy('zhuji.yaml', bazhou)).toThrow(/does not match/)
  })
})

describe('what care costs us per month', () => {
  const subsidies = guide('zhuji').familySubsidies

  it('takes the 育儿补贴 off a 14-month-old’s fee, using the finder’s rule', () => {
    const cost = careCostPerMonth(150_000, subsidies, 14)
    expect(cost.reliefs).toEqual([{ id: 'national_childcare_subsidy', name: '国家育儿补贴', monthlyFen: 30_000 }])
    expect(cost.monthlyAfterSubsidiesFen).toBe(120_000)
    expect(cost.monthlyAfterSubsidiesFen).toBe(monthlyCostAfterSubsidies(150_000, [{ annualFen: NATIONAL_CHILDCARE_SUBSIDY_FEN_PER_YEAR }]))
  })

  it('stops the subsidy at 3 years, never goes below zero, and assumes eligibility when no child is given', () => {
    expect(careCostPerMonth(150_000, subsidies, 36).monthlyAfterSubsidiesFen).toBe(150_000)
    expect(careCostPerMonth(20_000, subsidies, 5).monthlyAfterSubsidiesFen).toBe(0)
    expect(careCostPerMonth(150_000, subsidies, null).monthlyAfterSubsidiesFen).toBe(120_000)
  })
})
