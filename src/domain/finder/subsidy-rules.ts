/** 育儿补贴: the national childcare subsidy, ¥3,600 a year for each child under 3. */
export const NATIONAL_CHILDCARE_SUBSIDY_FEN_PER_YEAR = 360_000

export interface AnnualSubsidy {
  annualFen: number
}

/** What a month of care costs a family once yearly subsidies are spread over twelve months; never below zero. */
export function monthlyCostAfterSubsidies(monthlyFeeFen: number, subsidies: readonly AnnualSubsidy[]): number {
  const monthlyRelief = subsidies.reduce((sum, s) => sum + s.annualFen, 0) / 12
  return Math.max(0, Math.round(monthlyFeeFen - monthlyRelief))
}
