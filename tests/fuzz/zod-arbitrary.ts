import fc from 'fast-check'
import type { z } from 'zod'

/**
 * A fast-check arbitrary for the values a zod 4 schema accepts, read from the schema's own definition, so the
 * fuzz suite follows the contract as it changes without a hand-written generator per action. It aims at inputs
 * that pass (regex-shaped strings, numbers in range, the enum's values); refinements it cannot read are left to
 * chance, and the mutations in contract-fuzz.ts take care of everything that should not pass.
 */

interface Def {
  type: string
  [key: string]: unknown
}
type Schema = z.ZodType
type CheckDef = { check: string; [key: string]: unknown }

const MAX_DEPTH = 8

/**
 * Arbitraries by field name for what a schema cannot say: tracking numbers that exist, ids of real rows,
 * dates near "now". Without them most inputs would stop at the first lookup.
 */
export type FieldHints = Readonly<Record<string, fc.Arbitrary<unknown>>>

function defOf(schema: Schema): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def
}

function checksOf(def: Def): CheckDef[] {
  const checks = (def.checks ?? []) as { _zod: { def: CheckDef } }[]
  return checks.map((c) => c._zod.def)
}

function stringArbitrary(def: Def): fc.Arbitrary<string> {
  const checks = checksOf(def)
  const pattern = (def.pattern as RegExp | undefined) ?? (checks.find((c) => c.check === 'string_format' && c.pattern)?.pattern as RegExp | undefined)
  const min = Number(checks.find((c) => c.check === 'min_length')?.minimum ?? 0)
  const declaredMax = checks.find((c) => c.check === 'max_length')?.maximum
  // A pattern fixes its own length (a 46-character ticket): only a declared maximum may cut it, or the filter
  // would refuse every string it draws and never return.
  if (pattern) return fc.stringMatching(pattern).filter((s) => s.length >= min && (declaredMax === undefined || s.length <= Number(declaredMax)))
  const max = Number(declaredMax ?? Math.max(min, 40))
  // Chinese text is what parents type; the unicode range also covers it now and then.
  const char = fc.oneof(fc.constantFrom(...'托育机构家长孩子老师午睡安全收费投诉'), fc.string({ minLength: 1, maxLength: 1 }), fc.constantFrom(' ', '\n'))
  return fc
    .array(char, { minLength: min, maxLength: Math.min(max, min + 60) })
    .map((chars) => chars.join(''))
    .filter((s) => s.trim().length >= min)
}

function numberArbitrary(def: Def): fc.Arbitrary<number> {
  const checks = checksOf(def)
  const integer = checks.some((c) => c.check === 'number_format' && String(c.format).includes('int'))
  const low = checks.find((c) => c.check === 'greater_than')
  const high = checks.find((c) => c.check === 'less_than')
  const min = low ? Number(low.value) + (low.inclusive ? 0 : integer ? 1 : Number.EPSILON) : -1e6
  const max = high ? Number(high.value) - (high.inclusive ? 0 : integer ? 1 : Number.EPSILON) : 1e6
  if (integer) return fc.integer({ min: Math.ceil(min), max: Math.floor(max) })
  return fc.double({ min, max, noNaN: true, noDefaultInfinity: true })
}

function objectArbitrary(def: Def, depth: number, hints: FieldHints): fc.Arbitrary<Record<string, unknown>> {
  const shape = def.shape as Record<string, Schema>
  const fields: Record<string, fc.Arbitrary<unknown>> = {}
  const optional: string[] = []
  for (const [key, field] of Object.entries(shape)) {
    const hint = Object.hasOwn(hints, key) ? hints[key] : undefined
    fields[key] = hint ? fc.oneof({ arbitrary: hint, weight: 4 }, { arbitrary: arbitraryFor(field, depth + 1, hints), weight: 1 }) : arbitraryFor(field, depth + 1, hints)
    const kind = defOf(field).type
    if (kind === 'optional' || kind === 'default' || kind === 'prefault') optional.push(key)
  }
  const required = Object.keys(shape).filter((key) => !optional.includes(key))
  return fc.record(fields, { requiredKeys: required }) as fc.Arbitrary<Record<string, unknown>>
}

/** An arbitrary of values `schema` should accept; `depth` stops recursive schemas. */
export function arbitraryFor(schema: Schema, depth = 0, hints: FieldHints = {}): fc.Arbitrary<unknown> {
  const def = defOf(schema)
  if (depth > MAX_DEPTH) return fc.constant(undefined)
  switch (def.type) {
    case 'string':
      return stringArbitrary(def)
    case 'number':
      return numberArbitrary(def)
    case 'int':
      return fc.integer({ min: -1e6, max: 1e6 })
    case 'boolean':
      return fc.boolean()
    case 'null':
      return fc.constant(null)
    case 'undefined':
    case 'void':
      return fc.constant(undefined)
    case 'literal':
      return fc.constantFrom(...(def.values as unknown[]))
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries as Record<string, unknown>))
    case 'object':
      return objectArbitrary(def, depth, hints)
    case 'array': {
      const checks = checksOf(def)
      const minLength = Number(checks.find((c) => c.check === 'min_length')?.minimum ?? 0)
      const maxLength = Number(checks.find((c) => c.check === 'max_length')?.maximum ?? minLength + 4)
      return fc.array(arbitraryFor(def.element as Schema, depth + 1, hints), { minLength, maxLength: Math.min(maxLength, minLength + 6) })
    }
    case 'tuple':
      return fc.tuple(...(def.items as Schema[]).map((item) => arbitraryFor(item, depth + 1, hints)))
    case 'record':
      return fc.dictionary(arbitraryFor(def.keyType as Schema, depth + 1, hints) as fc.Arbitrary<string>, arbitraryFor(def.valueType as Schema, depth + 1, hints), {
        maxKeys: 4
      })
    case 'union':
      return fc.oneof(...(def.options as Schema[]).map((option) => arbitraryFor(option, depth + 1, hints)))
    case 'intersection':
      return fc
        .tuple(arbitraryFor(def.left as Schema, depth + 1, hints), arbitraryFor(def.right as Schema, depth + 1, hints))
        .map(([a, b]) => (typeof a === 'object' && typeof b === 'object' ? { ...a, ...b } : a))
    case 'optional':
      return fc.option(arbitraryFor(def.innerType as Schema, depth + 1, hints), { nil: undefined, freq: 4 })
    case 'nullable':
      return fc.option(arbitraryFor(def.innerType as Schema, depth + 1, hints), { nil: null, freq: 4 })
    case 'default':
    case 'prefault':
      return fc.option(arbitraryFor(def.innerType as Schema, depth + 1, hints), { nil: undefined, freq: 3 })
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return arbitraryFor(def.innerType as Schema, depth + 1, hints)
    case 'pipe':
      // A transform's output cannot be generated backwards: its input side is what a caller sends.
      return arbitraryFor(def.in as Schema, depth + 1, hints)
    case 'lazy':
      return arbitraryFor((def.getter as () => Schema)(), depth + 1, hints)
    case 'date':
      return fc.date({ noInvalidDate: true })
    default:
      return fc.jsonValue({ maxDepth: 2 })
  }
}
