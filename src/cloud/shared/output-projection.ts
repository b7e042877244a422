import type { z } from 'zod'
import { markProjected } from './validated-values'

type Project = (value: unknown) => unknown

const copy: Project = (value) => value

/** The leaf kinds whose parse answers the value it was given (no coercion, no default, no transform). */
const LEAVES = new Set(['string', 'number', 'boolean', 'enum', 'literal'])

function compile(schema: z.ZodType, path: string): Project {
  const def = schema._zod.def as z.core.$ZodTypeDef & {
    checks?: readonly { _zod: { def: { check: string } } }[]
    shape?: Record<string, z.ZodType>
    catchall?: z.ZodType
    element?: z.ZodType
    innerType?: z.ZodType
  }
  // trim(), toLowerCase() and the like are checks that rewrite the value: a copy would not be what parse answers.
  if (def.checks?.some((check) => check._zod.def.check === 'overwrite')) throw new Error(`${path}: rewrites its value`)
  if (LEAVES.has(def.type)) return copy
  if (def.type === 'nullable' && def.innerType) {
    const inner = compile(def.innerType, path)
    return (value) => (value === null ? null : inner(value))
  }
  if (def.type === 'array' && def.element) {
    const element = compile(def.element, `${path}[]`)
    return (value) => (value as unknown[]).map(element)
  }
  if (def.type === 'object' && def.shape && !def.catchall) {
    const fields = Object.entries(def.shape).map(([key, field]) => {
      if (field._zod.optin === 'optional' || field._zod.optout === 'optional') throw new Error(`${path}.${key}: optional`)
      if (key === '__proto__') throw new Error(`${path}.${key}: not a plain field name`)
      return { key, project: compile(field, `${path}.${key}`) }
    })
    // One object literal of the schema's fields, in its order: a single fixed shape, built as fast as a handler
    // builds its own; field names are written as JSON strings and values are only read, never evaluated.
    const source = fields.map(({ key, project }, i) => {
      const name = JSON.stringify(key)
      return `${name}: ${project === copy ? `v[${name}]` : `p[${i}](v[${name}])`}`
    })
    const build = new Function('p', 'v', `return { ${source.join(', ')} }`) as (p: Project[], v: unknown) => unknown
    const projects = fields.map((f) => f.project)
    return (value) => build(projects, value)
  }
  throw new Error(`${path}: no projection for a ${def.type} schema`)
}

/**
 * The output check of a hot action done as a projection compiled from its schema: the answer keeps exactly the
 * schema's fields (what must not leave the server is dropped, as parse drops it) without re-checking every value
 * of a handler that built them from typed rows. Only schemas of plain objects, arrays, nullables and leaves
 * compile, and tests/unit/output-projection.test.ts shows the projection equal to parse on random answers.
 * The answer is marked so the dispatcher does not parse it again.
 */
export function outputProjection<S extends z.ZodType>(schema: S): (value: z.output<S>) => z.output<S> {
  const project = compile(schema, 'output')
  return (value) => markProjected(schema, project(value) as z.output<S> & object)
}
