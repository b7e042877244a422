import { describe, expect, it } from '@jest/globals'
import { z } from 'zod'
import { contract } from '../../src/domain/contract'
import { describeInvalidInput, fieldLabel } from '../../src/i18n/invalid-input-message'
import { zhCN } from '../../src/i18n/catalogue'

type Def = Record<string, unknown> & { type: string }
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def

/** Every object key anywhere in a schema: the names a refusal could point at. */
function fieldNames(schema: unknown, into = new Set<string>(), seen = new Set<unknown>()): Set<string> {
  if (seen.has(schema)) return into
  seen.add(schema)
  const def = defOf(schema)
  const walk = (inner: unknown) => fieldNames(inner, into, seen)
  switch (def.type) {
    case 'object':
      for (const [key, field] of Object.entries(def.shape as Record<string, unknown>)) {
        into.add(key)
        walk(field)
      }
      break
    case 'array':
      walk(def.element)
      break
    case 'union':
      for (const option of def.options as unknown[]) walk(option)
      break
    case 'intersection':
      walk(def.left)
      walk(def.right)
      break
    case 'pipe':
      walk(def.in)
      break
    case 'record':
      walk(def.valueType)
      break
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      walk(def.innerType)
      break
    default:
      break
  }
  return into
}

describe('field labels in refusals', () => {
  it('has a catalogue label for every field of every action, so no schema key reaches a parent', () => {
    const labels = zhCN.validation.fields as Record<string, string>
    const missing = Object.entries(contract).flatMap(([fn, actions]) =>
      Object.entries(actions as Record<string, { input: unknown }>).flatMap(([action, spec]) =>
        [...fieldNames(spec.input)].filter((name) => !Object.prototype.hasOwnProperty.call(labels, name)).map((name) => `${fn}.${action}: ${name}`)
      )
    )
    expect(missing).toEqual([])
  })

  it('never falls back to the schema key for a field it has no label for', () => {
    expect(fieldLabel(['someNewField'])).toBe('“这一项”')
    const refused = z.object({ someNewField: z.string() }).safeParse({ someNewField: 3 })
    if (refused.success) throw new Error('should refuse')
    expect(describeInvalidInput(refused.error, { someNewField: 3 }).message).not.toContain('someNewField')
  })
})
