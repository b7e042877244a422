import type { Grade } from './finder-enums'
import type { Evaluation } from './institution-schema'

/** Grade bands over the 1000-point total. */
const GRADE_THRESHOLDS: readonly { grade: Grade; minTotal: number }[] = [
  { grade: 'A', minTotal: 850 },
  { grade: 'B', minTotal: 700 },
  { grade: 'C', minTotal: 600 },
  { grade: 'D', minTotal: 0 }
]

export function gradeForTotal(total: number): Grade {
  return (GRADE_THRESHOLDS.find((t) => total >= t.minTotal) ?? { grade: 'D' as const }).grade
}

export function latestEvaluation(evaluations: readonly Evaluation[]): Evaluation | null {
  let latest: Evaluation | null = null
  for (const e of evaluations) if (latest === null || e.evaluatedOn > latest.evaluatedOn) latest = e
  return latest
}
