import { z } from 'zod'
import { ERROR_CODES } from './error-codes'

export const errorBodySchema = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  /** For INVALID_INPUT: which field, as a dotted path, so a form can point at it. */
  field: z.string().optional()
})

export type ErrorBody = z.infer<typeof errorBodySchema>

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ErrorBody }
