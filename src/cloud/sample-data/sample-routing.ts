import { routingTableSchema, type RoutingRule, type RoutingSubject, type RoutingTable } from '../../domain/complaints/complaint-routing-schema'
import type { ComplaintCategory } from '../../domain/complaints/complaint-category-schema'

/**
 * Sample complaint routing for the four sample regions: who handles which category, and in how many working
 * days they accept and answer. Duties follow each region's implementation plan (../shared/seeds): 卫生健康
 * leads and handles care and health, 市场监管 food safety, fees and unregistered business, 公安 safety
 * precautions and abuse, 应急管理 fire safety and emergencies, 教育 kindergarten classes (托幼一体化), and 镇街
 * the unregistered operators their grid inspections find on the ground. The day counts are sample values a
 * region replaces with its own; department codes are the region's own (sample-regions.ts). Seeded into the
 * routing table with the sample regions; operators edit it there.
 */

/** Days to accept / to answer, per department: abuse is urgent, market complaints follow the 7-day acceptance rule. */
const DAYS: Record<string, { acceptWithinWorkingDays: number; answerWithinWorkingDays: number }> = {
  public_security: { acceptWithinWorkingDays: 1, answerWithinWorkingDays: 10 },
  health: { acceptWithinWorkingDays: 5, answerWithinWorkingDays: 20 },
  market: { acceptWithinWorkingDays: 7, answerWithinWorkingDays: 30 },
  emergency: { acceptWithinWorkingDays: 3, answerWithinWorkingDays: 15 },
  education: { acceptWithinWorkingDays: 5, answerWithinWorkingDays: 20 },
  street_office: { acceptWithinWorkingDays: 3, answerWithinWorkingDays: 15 },
  human_resources: { acceptWithinWorkingDays: 5, answerWithinWorkingDays: 30 }
}

type Table = Partial<Record<RoutingSubject, Partial<Record<ComplaintCategory, string>>>>

function rules(table: Table): RoutingRule[] {
  return Object.entries(table).flatMap(([appliesTo, byCategory]) =>
    Object.entries(byCategory ?? {}).map(([category, departmentCode]) => {
      const days = DAYS[departmentCode]
      if (!days) throw new Error(`no sample deadlines for ${departmentCode}`)
      return { category: category as ComplaintCategory, appliesTo: appliesTo as RoutingSubject, departmentCode, ...days }
    })
  )
}

/** Routing every region shares unless it says otherwise. */
const COMMON: Record<ComplaintCategory, string> = {
  safety: 'public_security',
  abuse_neglect: 'public_security',
  food: 'market',
  hygiene_health: 'health',
  fees_refunds: 'market',
  staff_qualifications: 'health',
  false_disclosure: 'health',
  unregistered: 'market',
  other: 'health'
}

/** Kindergarten classes answer to education for how the class is run and staffed. */
const KINDERGARTEN_CLASS: Partial<Record<ComplaintCategory, string>> = {
  staff_qualifications: 'education',
  false_disclosure: 'education',
  other: 'education'
}

const ROUTING: (RoutingTable & { regionCode: string })[] = [
  {
    // 巴政办发〔2020〕46号: 公安 supervises security, 应急管理 fire inspections, 人社 leads staff qualification rules.
    regionCode: 'bazhou',
    trackingPrefix: 'BZ',
    rules: rules({
      any: { ...COMMON, staff_qualifications: 'human_resources' },
      kindergarten_class: KINDERGARTEN_CLASS
    })
  },
  {
    // 渝中府办〔2020〕28号: safety supervision is led by 区卫生健康委; 街道办事处 run community care points.
    regionCode: 'yuzhong',
    trackingPrefix: 'YZ',
    rules: rules({
      any: { ...COMMON, safety: 'health' },
      kindergarten_class: KINDERGARTEN_CLASS,
      unfiled: { unregistered: 'street_office' }
    })
  },
  {
    // 诸暨: 应急管理 does overall safety supervision; 镇乡（街道）grid checks find and deal with unlicensed care.
    regionCode: 'zhuji',
    trackingPrefix: 'ZJ',
    rules: rules({
      any: { ...COMMON, safety: 'emergency' },
      kindergarten_class: KINDERGARTEN_CLASS,
      unfiled: { unregistered: 'street_office', safety: 'street_office', hygiene_health: 'street_office', other: 'street_office' }
    })
  },
  {
    // 鹤政办〔2020〕29号: 公安 is first responsible for security; complaints channel led by 卫生健康委 with 市场监管.
    regionCode: 'hebi',
    trackingPrefix: 'HB',
    rules: rules({
      any: COMMON,
      kindergarten_class: KINDERGARTEN_CLASS
    })
  }
].map(({ regionCode, ...table }) => ({ regionCode, ...routingTableSchema.parse(table) }))

const BY_REGION = new Map(ROUTING.map(({ regionCode, ...table }) => [regionCode, table]))

/** The sample routing table of a sample region, or null for any other region. */
export function sampleRoutingFor(regionCode: string): RoutingTable | null {
  return BY_REGION.get(regionCode) ?? null
}
