import { z } from 'zod'
import { institutionIdSchema } from '../finder/institution-schema'
import { regionCodeSchema } from '../finder/search-schema'
import { departmentCodeSchema } from '../complaints/complaint-category-schema'

/** The app's languages (src/i18n/locales.ts keeps the same list for the catalogue). */
const localeSchema = z.enum(['zh-CN', 'en', 'ug'])

/**
 * The hat a person acts in for one request. Everyone is a parent; the other roles come from memberships
 * (operator, regulator of a region and department, owner or staff of an institution), chosen per session.
 */
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
  institutionId: z.string().nullable(),
  /** A regulator's department in its region (null for one signed in for development without one). */
  departmentCode: z.string().nullable().optional(),
  /** A read-only regulator sees the console but changes nothing. */
  readOnly: z.boolean().optional(),
  /** Owners of an institution also invite and remove its staff. */
  institutionRole: z.enum(['owner', 'staff']).optional()
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

/** The roles a development sign-in may take directly; production gets them only by invitation. */
const DEV_ROLES = ['parent', 'institution_staff', 'regulator', 'operator'] as const
export type DevRole = (typeof DEV_ROLES)[number]

/** Development login: signs in as a sample parent, institution staff member, regulator or operator. Refused in production. */
export const devLoginInputSchema = z
  .object({
    role: z.enum(DEV_ROLES),
    displayName: z.string().trim().min(1).max(20).optional(),
    regionCode: regionCodeSchema.optional(),
    institutionId: institutionIdSchema.optional(),
    /** Staff sign in as the institution's owner unless they ask to be plain staff. */
    institutionRole: z.enum(['owner', 'staff']).optional()
  })
  .strict()

/** WeChat login: the code from `Taro.login`, exchanged server-side through code2Session. */
export const wechatLoginInputSchema = z.object({ code: z.string().min(1).max(128) }).strict()

/** The language chosen in 我的, kept with the account. */
export const setLocaleInputSchema = z.object({ locale: localeSchema }).strict()
export const localeSettingSchema = z.object({ locale: localeSchema })

// ---- Memberships and sessions ---------------------------------------------------------------------------

const MEMBERSHIP_KINDS = ['operator', 'regulator', 'institution_owner', 'institution_staff'] as const
const membershipKindSchema = z.enum(MEMBERSHIP_KINDS)
export type MembershipKind = z.infer<typeof membershipKindSchema>

const idSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/)

export const membershipSchema = z.object({
  id: z.string(),
  kind: membershipKindSchema,
  regionCode: z.string().nullable(),
  departmentCode: z.string().nullable(),
  readOnly: z.boolean(),
  institutionId: z.string().nullable(),
  /** What the hat switcher and the lists show: the institution's or the region's and department's name. */
  scopeName: z.string(),
  createdAt: z.string()
})
export type Membership = z.infer<typeof membershipSchema>

const SIGN_IN_METHODS = ['wechat', 'wechat_web', 'sms', 'dev'] as const
export type SignInMethod = (typeof SIGN_IN_METHODS)[number]

export const accountStatusSchema = z.object({
  user: userSchema,
  signedInWith: z.enum(SIGN_IN_METHODS),
  /** The sign-in number, masked (138****1234), when the person signed in with one. */
  maskedPhone: z.string().nullable(),
  /** The membership this session acts with; null when acting as a parent. */
  activeMembershipId: z.string().nullable(),
  memberships: z.array(membershipSchema)
})

export const switchHatInputSchema = z.object({ membershipId: idSchema.nullable() }).strict()

/** Mainland mobile numbers: 11 digits starting 13–19. A leading +86 or spaces and dashes are tolerated. */
export const phoneSchema = z
  .string()
  .trim()
  .max(20)
  .transform((value) => value.replace(/[\s-]/g, '').replace(/^\+?86(?=1\d{10}$)/, ''))
  .pipe(z.string().regex(/^1[3-9]\d{9}$/))

export const sendSmsCodeInputSchema = z.object({ phone: phoneSchema }).strict()
export const smsCodeSentSchema = z.object({ maskedPhone: z.string(), expiresInSeconds: z.number().int(), resendAfterSeconds: z.number().int() })
export const smsLoginInputSchema = z.object({ phone: phoneSchema, code: z.string().trim().regex(/^\d{6}$/) }).strict()
export const wechatWebLoginInputSchema = z.object({ code: z.string().min(1).max(128).regex(/^[A-Za-z0-9_-]+$/) }).strict()
export const signInOptionsSchema = z.object({
  /** Mobile number and SMS code. */
  sms: z.boolean(),
  /** The official account's AppID for WeChat web authorisation, when H5 may sign in inside WeChat's browser. */
  wechatWebAppId: z.string().nullable(),
  /** Sample accounts (never in production). */
  devLogin: z.boolean()
})
export const signedOutSchema = z.object({ sessionsEnded: z.number().int() })

// ---- Invitations ----------------------------------------------------------------------------------------

export const inviteInputSchema = z
  .object({
    kind: z.enum(['regulator', 'institution_owner', 'institution_staff']),
    regionCode: regionCodeSchema.optional(),
    departmentCode: departmentCodeSchema.optional(),
    readOnly: z.boolean().optional(),
    institutionId: institutionIdSchema.optional(),
    /** Who it is for, in the inviter's words; shown in lists so the inviter knows which code went to whom. */
    note: z.string().trim().min(1).max(40).optional()
  })
  .strict()
export type InviteInput = z.output<typeof inviteInputSchema>

export const invitationSchema = z.object({
  id: z.string(),
  kind: membershipKindSchema,
  regionCode: z.string().nullable(),
  departmentCode: z.string().nullable(),
  readOnly: z.boolean(),
  institutionId: z.string().nullable(),
  scopeName: z.string(),
  note: z.string().nullable(),
  createdAt: z.string(),
  expiresAt: z.string(),
  status: z.enum(['open', 'redeemed', 'withdrawn', 'expired'])
})

/** The code is shown once, to the inviter, when it is made; only its hash is kept. */
export const newInvitationSchema = z.object({ invitation: invitationSchema, code: z.string(), link: z.string() })

/** Codes are 12 letters and digits (no 0/O/1/I), grouped by 4; case and dashes do not matter when typed. */
export const invitationCodeSchema = z
  .string()
  .trim()
  .max(32)
  .transform((value) => value.toUpperCase().replace(/[\s-]/g, ''))
  .pipe(z.string().regex(/^[2-9A-HJ-NP-Z]{12}$/))

export const redeemInvitationInputSchema = z.object({ code: invitationCodeSchema }).strict()
export const invitationIdInputSchema = z.object({ invitationId: idSchema }).strict()
export const membershipIdInputSchema = z.object({ membershipId: idSchema }).strict()

const memberSchema = membershipSchema.extend({ userId: z.string(), displayName: z.string(), maskedPhone: z.string().nullable() })
export const membersSchema = z.object({ members: z.array(memberSchema), invitations: z.array(invitationSchema) })

/** What the account audit log records, and what the operator's screen filters it by. */
export const AUDIT_ACTIONS = ['invite', 'withdraw', 'redeem', 'remove', 'sign_out_everywhere'] as const
export type AuditAction = (typeof AUDIT_ACTIONS)[number]

const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  action: z.enum(AUDIT_ACTIONS),
  detail: z.string()
})
export const auditLogInputSchema = z
  .object({ beforeId: z.number().int().positive().optional(), limit: z.number().int().min(1).max(100).optional(), action: z.enum(AUDIT_ACTIONS).optional() })
  .strict()
export const auditLogSchema = z.object({ entries: z.array(auditEntrySchema), nextBeforeId: z.number().int().nullable() })
