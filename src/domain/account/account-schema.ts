import { z } from 'zod'
import { institutionIdSchema } from '../finder/institution-schema'
import { regionCodeSchema } from '../finder/search-schema'

/** The app's languages (src/i18n/locales.ts keeps the same list for the catalogue). */
const localeSchema = z.enum(['zh-CN', 'en', 'ug'])

const ROLES = ['parent', 'institution_staff', 'regulator', 'operator'] as const
const roleSchema = z.enum(ROLES)
export type Role = z.infer<typeof roleSchema>

export const userSchema = z.object({
  id: z.string(),
  role: roleSchema,
  displayName: z.string(),
  /** Regulators and institution staff act for one region; parents and operators roam. */
  regionCode: z.string().nullable(),
  /** Institution staff act for one institution. */
  institutionId: z.string().nullable()
})
export type User = z.infer<typeof userSchema>

export const sessionSchema = z.object({
  token: z.string(),
  expiresAt: z.string(),
  user: userSchema,
  /** The language the person chose on any device, so a new phone opens in it; null until they choose. */
  locale: localeSchema.nullable().optional()
})
export type Session = z.infer<typeof sessionSchema>

/** Development login: signs in as a sample parent, institution staff member, regulator or operator. Refused in production. */
export const devLoginInputSchema = z
  .object({
    role: roleSchema,
    displayName: z.string().trim().min(1).max(20).optional(),
    regionCode: regionCodeSchema.optional(),
    institutionId: institutionIdSchema.optional()
  })
  .strict()

/** WeChat login: the code from `Taro.login`, exchanged server-side through code2Session. */
export const wechatLoginInputSchema = z.object({ code: z.string().min(1).max(128) }).strict()

export const emptyInputSchema = z.object({}).strict()

/** The language chosen in 我的, kept with the account. */
export const setLocaleInputSchema = z.object({ locale: localeSchema }).strict()
export const localeSettingSchema = z.object({ locale: localeSchema })
