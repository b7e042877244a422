import { loadavg } from 'node:os'

/** BENCH_SCALE=0.02 shrinks every size, for checking that the bench runs without loading the machine. */
export const SCALE = Number(process.env.BENCH_SCALE ?? 1)
export const scaled = (n: number, floor = 1) => Math.max(floor, Math.round(n * SCALE))

/** Deterministic pseudo-random numbers, so every run searches the same places. */
export function randomSource(seed: number): () => number {
  let s = seed
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2 ** 31
    return s / 2 ** 31
  }
}

export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0
}

export const median = (samples: readonly number[]) => percentile(samples, 50)

export interface Figure {
  name: string
  value: number
  unit: string
  /** What the issue asks, in words. */
  limit: string
  /** The baseline measured in the same run, when the limit is relative to one. */
  baseline?: { name: string; value: number }
  /** value / baseline.value (or value / limit for absolute limits), and the largest that meets the limit. */
  ratio?: { value: number; target: number; higherIsBetter?: boolean }
}

const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 1 ? n.toFixed(2) : n.toFixed(3))

/** One line per figure: value, limit, baseline, ratio, and whether the limit is met; with the load at the time. */
export function report(f: Figure): void {
  const parts = [`${f.name.padEnd(46)} ${`${fmt(f.value)} ${f.unit}`.padStart(14)}`, `limit: ${f.limit}`]
  if (f.baseline) parts.push(`baseline ${f.baseline.name} ${fmt(f.baseline.value)} ${f.unit}`)
  if (f.ratio) {
    const met = f.ratio.higherIsBetter ? f.ratio.value >= f.ratio.target : f.ratio.value <= f.ratio.target
    parts.push(`ratio ${f.ratio.value.toFixed(f.ratio.value < 10 ? 2 : 1)} (target ${f.ratio.higherIsBetter ? '≥' : '≤'} ${f.ratio.target}) ${met ? 'MET' : 'NOT MET'}`)
  }
  parts.push(`load ${loadavg()[0]?.toFixed(1)}`)
  console.log(parts.join(' | '))
}

export function section(title: string): void {
  console.log(`\n## ${title}`)
}
