import type { z } from 'zod'

/**
 * Objects that already passed a schema in this process, and which one. The dispatcher checks every answer
 * against its action's output schema; a cached record that passed that very schema when it was read need not
 * pay for the check again on every request (an institution's full record costs more to check than to serve).
 * Only objects nobody mutates afterwards may be marked.
 */
const validated = new WeakMap<object, z.ZodType>()

export function markValidated<T extends object>(schema: z.ZodType, value: T): T {
  validated.set(value, schema)
  return value
}

/**
 * Answers a compiled projection of the schema built (output-projection.ts): as parse would have answered, but
 * new on every call, so unlike marked records nothing may be kept from them.
 */
const projected = new WeakMap<object, z.ZodType>()

export function markProjected<T extends object>(schema: z.ZodType, value: T): T {
  projected.set(value, schema)
  return value
}

export const alreadyValidated = (schema: z.ZodType, value: unknown): boolean =>
  typeof value === 'object' && value !== null && (validated.get(value) === schema || projected.get(value) === schema)

/** Whether `value` was marked, under any schema: it is then never mutated, so what is derived from it can be kept. */
export const isValidatedRecord = (value: unknown): value is object => typeof value === 'object' && value !== null && validated.has(value)
