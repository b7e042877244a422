import { parse as parseYaml } from 'yaml'
import type { z } from 'zod'
import { monthlyCostAfterSubsidies } from '../finder/subsidy-rules'
import {
  nationalPolicySchema,
  POLICY_TOPICS,
  regionPolicySchema,
  type FamilySubsidy,
  type NationalPolicy,
  type PolicyGuide,
  type RegionPolicy
} from './policy-guide-schema'

/** A policy file that does not validate; the message names the file and the failing fields. */
export class PolicyFormatError extends Error {
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`)
    this.name = 'PolicyFormatError'
  }
}

function parseWith<S extends z.ZodType>(schema: S, file: string, text: string): z.output<S> {
  let raw: unknown
  try {
    raw = parseYaml(text)
  } catch (error) {
    throw new PolicyFormatError(file, `not YAML (${(error as Error).message})`)
  }
  const parsed = schema.safeParse(raw)
  if (!parsed.success) {
    throw new PolicyFormatError(file, parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; '))
  }
  return parsed.data
}

export const parseNationalPolicy = (file: string, text: string): NationalPolicy => parseWith(nationalPolicySchema, file, text)

export function parseRegionPolicy(file: string, text: string): RegionPolicy {
  const policy = parseWith(regionPolicySchema, file, text)
  if (file.replace(/^.*\//, '') !== `${policy.region}.yaml`) throw new PolicyFormatError(file, `region "${policy.region}" does not match the file name`)
  return policy
}

const topicOrder = (topic: string): number => (POLICY_TOPICS as readonly string[]).indexOf(topic)

/** The region's guide: its own lines, then the national ones, grouped by topic; subsidies from both. */
export function composePolicyGuide(region: RegionPolicy, national: NationalPolicy): PolicyGuide {
  const lines = [
    ...region.lines.map((line) => ({ ...line, scope: 'region' as const })),
    ...national.lines.map((line) => ({ ...line, scope: 'national' as const }))
  ]
    .map((line, index) => ({ line, index }))
    .sort((a, b) => topicOrder(a.line.topic) - topicOrder(b.line.topic) || a.index - b.index)
    .map(({ line }) => line)
  return {
    region: region.region,
    regionName: region.regionName,
    province: region.province,
    sourceDocument: region.sourceDocument,
    reviewedOn: region.reviewedOn > national.reviewedOn ? region.reviewedOn : national.reviewedOn,
    regionPending: false,
    lines,
    familySubsidies: [...national.familySubsidies, ...region.familySubsidies]
  }
}

/**
 * The guide of a region added before anyone wrote its policy file: the national lines and subsidies, under the
 * region's own name and plan, marked so the page says the local part is still to come (本地区政策待补充).
 */
export function pendingPolicyGuide(
  region: { code: string; name: string; province: string; sourceDocument: PolicyGuide['sourceDocument'] },
  national: NationalPolicy
): PolicyGuide {
  return {
    region: region.code,
    regionName: region.name,
    province: region.province,
    sourceDocument: region.sourceDocument,
    reviewedOn: national.reviewedOn,
    regionPending: true,
    lines: national.lines.map((line) => ({ ...line, scope: 'national' as const })),
    familySubsidies: [...national.familySubsidies]
  }
}

interface CareCost {
  monthlyFeeFen: number
  /** Each subsidy the child qualifies for, spread over twelve months. */
  reliefs: { id: string; name: string; monthlyFen: number }[]
  monthlyAfterSubsidiesFen: number
}

/**
 * "What does care cost us per month": the institution's monthly fee less the family subsidies the child
 * qualifies for at this age. The arithmetic is the finder's (one rule for the whole product).
 */
export function careCostPerMonth(monthlyFeeFen: number, subsidies: readonly FamilySubsidy[], childAgeMonths: number | null): CareCost {
  const eligible = subsidies.filter((subsidy) => childAgeMonths === null || childAgeMonths < subsidy.untilAgeMonths)
  return {
    monthlyFeeFen,
    reliefs: eligible.map((subsidy) => ({ id: subsidy.id, name: subsidy.name, monthlyFen: Math.round(subsidy.annualFen / 12) })),
    monthlyAfterSubsidiesFen: monthlyCostAfterSubsidies(monthlyFeeFen, eligible)
  }
}
