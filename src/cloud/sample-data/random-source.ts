/** A seeded pseudo-random source, so sample data is the same on every machine and every run. */
export interface RandomSource {
  next(): number
  int(min: number, max: number): number
  chance(p: number): boolean
  pick<T>(items: readonly T[]): T
  weightedIndex(weights: readonly number[]): number
  weighted<K extends string>(weights: Record<K, number>): K
}

function hash(text: string): number {
  let h = 2_166_136_261
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16_777_619)
  return h >>> 0
}

export function randomSource(seedText: string): RandomSource {
  // mulberry32: tiny, fast and well distributed enough for sample data.
  let state = hash(seedText)
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const weightedIndex = (weights: readonly number[]) => {
    const total = weights.reduce((s, w) => s + w, 0)
    let roll = next() * total
    for (let i = 0; i < weights.length; i++) {
      roll -= weights[i] ?? 0
      if (roll < 0) return i
    }
    return weights.length - 1
  }
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new Error('pick from an empty list')
      return items[int(0, items.length - 1)] as (typeof items)[number]
    },
    weightedIndex,
    weighted: (weights) => {
      const keys = Object.keys(weights) as (keyof typeof weights)[]
      return keys[weightedIndex(keys.map((k) => weights[k]))] as keyof typeof weights
    }
  }
}
