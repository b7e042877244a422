import { z } from 'zod'
import { instantSchema } from '../bookings/slot-schema'

export const childIdSchema = z.string().regex(/^ch-[a-z0-9-]{4,60}$/)

export const NICKNAME_MAX_CHARS = 12

/** A nickname (小名), counted in characters as a parent sees them, not UTF-16 units. */
export const nicknameSchema = z
  .string()
  .trim()
  .refine((value) => Array.from(value).length >= 1, { message: 'nickname is empty' })
  .refine((value) => Array.from(value).length <= NICKNAME_MAX_CHARS, { message: 'nickname is too long' })
  .refine((value) => !/[\p{Cc}\p{Cf}]/u.test(value), { message: 'nickname has control characters' })

/** Birth month only, YYYY-MM: the one fact about a child the service needs (to match age bands). */
const birthMonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/)

/**
 * A child is a nickname and a birth month, nothing more, kept under the guardian's separate consent
 * (a child's data is sensitive personal information under PIPL).
 */
export const childSchema = z.object({
  id: childIdSchema,
  nickname: z.string(),
  birthMonth: birthMonthSchema,
  /** Age today in whole months, counted from the birth month. */
  ageMonths: z.number().int().min(0),
  consentVersion: z.string(),
  consentedAt: instantSchema
})
export type Child = z.infer<typeof childSchema>

export const addChildInputSchema = z
  .object({
    nickname: nicknameSchema,
    birthMonth: birthMonthSchema,
    /** The version of the guardian consent text the parent was shown. */
    consentVersion: z.string().min(1).max(20),
    /** True only when the parent ticked the consent box themselves. */
    consentGiven: z.boolean()
  })
  .strict()
export type AddChildInput = z.output<typeof addChildInputSchema>

export const updateChildInputSchema = z
  .object({ childId: childIdSchema, nickname: nicknameSchema.optional(), birthMonth: birthMonthSchema.optional() })
  .strict()
  .refine((input) => input.nickname !== undefined || input.birthMonth !== undefined, { message: 'nothing to change' })

export const childRefInputSchema = z.object({ childId: childIdSchema }).strict()

export const childListSchema = z.object({ children: z.array(childSchema) })
