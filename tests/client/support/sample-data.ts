/**
 * Sample-shaped records for the fake server, checked against the contract's own schemas so a fixture can
 * never drift from what the real API returns. Dates are relative to today in China, as the seed's are.
 */
import { institutionDetailSchema, institutionSummarySchema, type InstitutionDetail, type InstitutionSummary } from '../../../src/domain/finder/institution-schema'
import { searchOutputSchema, type SearchOutput } from '../../../src/domain/finder/search-schema'
import { regionSchema, regionSummarySchema, type Region, type RegionSummary } from '../../../src/domain/regions/region-schema'
import { dayjs, todayInChina } from '../../../src/domain/shared/clock'

export const daysAgo = (days: number): string => dayjs(todayInChina()).subtract(days, 'day').format('YYYY-MM-DD')

export function regionSummaries(): RegionSummary[] {
  return [
    { code: 'bazhou', name: '巴州', province: '新疆维吾尔自治区', centre: { lat: 41.7259, lng: 86.1746 }, isSample: true },
    { code: 'yuzhong', name: '渝中区', province: '重庆市', centre: { lat: 29.5528, lng: 106.5689 }, isSample: true },
    { code: 'zhuji', name: '诸暨市', province: '浙江省', centre: { lat: 29.7135, lng: 120.2363 }, isSample: true },
    { code: 'hebi', name: '鹤壁市', province: '河南省', centre: { lat: 35.7476, lng: 114.2974 }, isSample: true }
  ].map((r) => regionSummarySchema.parse(r))
}

export function region(code = 'zhuji', overrides: Partial<Region> = {}): Region {
  const summary = regionSummaries().find((r) => r.code === code) ?? regionSummaries()[0]!
  return regionSchema.parse({
    ...summary,
    idPrefix: code.slice(0, 2),
    districts: [
      { code: 'jiyang', name: '暨阳街道', centre: { lat: 29.709, lng: 120.239 }, streets: ['艮塔东路', '浣纱南路'] },
      { code: 'taozhu', name: '陶朱街道', centre: { lat: 29.737, lng: 120.247 }, streets: ['陶朱北路'] }
    ],
    departments: [{ code: 'health', name: '卫生健康局', phone: '0575-00000000', hours: '工作日 8:30–17:00', duties: '托育机构备案与监管（示例）' }],
    policy: {
      nationalChildcareSubsidyFenPerYear: 360_000,
      localSubsidies: [{ name: '二孩托育补助（示例）', annualFen: 120_000, conditions: '第二个及以上孩子', source: '示例政策文件' }],
      affordableMonthlyCapFen: 250_000,
      affordableCapSource: '示例价格文件'
    },
    languages: ['zh-CN'],
    sourceDocument: { title: '示例实施方案', number: '示例〔2021〕1号', issuer: '示例人民政府', year: 2021 },
    ...overrides
  })
}

export function summary(overrides: Partial<InstitutionSummary> = {}): InstitutionSummary {
  return institutionSummarySchema.parse({
    id: 'zj-0001',
    name: '暨阳街道小星星托育园（示例）',
    regionCode: 'zhuji',
    districtCode: 'jiyang',
    districtName: '暨阳街道',
    address: '艮塔东路12号',
    location: { lat: 29.71, lng: 120.24 },
    distanceM: 850,
    operatorKind: 'private',
    isAffordable: true,
    isDemonstration: false,
    serviceTypes: ['full_day', 'hourly'],
    ageBands: ['toddler', 'preschool'],
    latestGrade: 'A',
    latestEvaluatedOn: daysAgo(200),
    hasVacancy: true,
    vacancyReportedOn: daysAgo(3),
    monthlyFeeFen: 280_000,
    fee: { amountFen: 280_000, unit: 'month' },
    isSample: true,
    ...overrides
  })
}

export function searchPage(items: InstitutionSummary[], overrides: Partial<SearchOutput> = {}): SearchOutput {
  return searchOutputSchema.parse({ items, nextCursor: null, total: items.length, origin: { lat: 29.7135, lng: 120.2363 }, radiusM: 5000, ...overrides })
}

const scores = { conditions: 90, staffing: 130, care: 220, health: 130, family_support: 85, safety: 135, management: 90 }

export function detail(overrides: Partial<InstitutionDetail> = {}): InstitutionDetail {
  return institutionDetailSchema.parse({
    id: 'zj-0001',
    regionCode: 'zhuji',
    districtCode: 'jiyang',
    districtName: '暨阳街道',
    street: '艮塔东路',
    address: '艮塔东路12号',
    name: '暨阳街道小星星托育园（示例）',
    intro: '示例机构简介。',
    phone: '0575-87000001',
    location: { lat: 29.71, lng: 120.24 },
    filing: { number: '诸托备字〔2023〕第0001号', receiptDate: '2023-03-15', registrationAuthority: '诸暨市市场监督管理局', creditCode: '91330681MA2D000001' },
    operatorKind: 'private',
    openToResidents: null,
    isAffordable: true,
    isDemonstration: false,
    serviceTypes: ['full_day', 'hourly'],
    hours: { opensAt: '07:30', closesAt: '17:30', weekdays: [1, 2, 3, 4, 5] },
    fees: [
      { serviceType: 'full_day', ageBand: 'toddler', amountFen: 280_000, unit: 'month', includesMeals: true },
      { serviceType: 'full_day', ageBand: 'preschool', amountFen: 250_000, unit: 'month', includesMeals: true },
      { serviceType: 'hourly', ageBand: 'toddler', amountFen: 4_000, unit: 'hour', includesMeals: false }
    ],
    classes: [
      { id: 'c1', name: '托小一班', ageBand: 'toddler', capacity: 15, enrolled: 12, caregivers: 3 },
      { id: 'c2', name: '托大一班', ageBand: 'preschool', capacity: 20, enrolled: 18, caregivers: 2 }
    ],
    vacancies: [
      { serviceType: 'full_day', ageBand: 'toddler', places: 2, reportedOn: daysAgo(3) },
      { serviceType: 'full_day', ageBand: 'preschool', places: 1, reportedOn: daysAgo(45) }
    ],
    disclosures: [
      { key: 'fee_schedule', section: 'fees', value: '全日托托小班每月2800元，含餐', updatedOn: daysAgo(20), source: '机构公示栏' },
      { key: 'refund_policy', section: 'fees', value: '按月退费', updatedOn: daysAgo(45), source: '机构公示栏' },
      { key: 'monitoring_24h', section: 'safety', value: '全园24小时监控', updatedOn: daysAgo(30), source: '卫健局检查报告' }
    ],
    safety: { monitoring24h: true, videoRetentionDays: 60, oneKeyAlarm: null, liabilityInsurance: true },
    staff: { total: 12, caregivers: 6, certifiedCaregivers: 5, healthStaff: 1, securityStaff: 1, reportedOn: daysAgo(60) },
    evaluations: [
      { id: 'e2', evaluatedOn: daysAgo(200), evaluator: '诸暨市卫生健康局', scores, total: 880, grade: 'A', rectification: 'none', rectificationNote: null },
      {
        id: 'e1',
        evaluatedOn: daysAgo(600),
        evaluator: '诸暨市卫生健康局',
        scores: { ...scores, safety: 90 },
        total: 835,
        grade: 'B',
        rectification: 'completed',
        rectificationNote: '消防通道已清理'
      }
    ],
    enforcement: [{ id: 'x1', decidedOn: daysAgo(500), department: '诸暨市市场监督管理局', kind: 'warning', summary: '收费公示不完整', resolved: true }],
    isSample: true,
    ...overrides
  })
}
