import { account } from './zh-cn/account'
import { bookings } from './zh-cn/bookings'
import { common } from './zh-cn/common'
import { errors } from './zh-cn/errors'
import { validation } from './zh-cn/validation'
import { family } from './zh-cn/family'
import { inbox } from './zh-cn/inbox'

/**
 * The one message catalogue. zh-CN is the reference; other locales (en, ug) must provide the same keys,
 * which the type below enforces once they are added.
 */
export const zhCN = {
  common,
  errors,
  bookings,
  family,
  inbox,
  validation,
  account
} as const

export type Catalogue = typeof zhCN
export const LOCALES = ['zh-CN'] as const
export type Locale = (typeof LOCALES)[number]
export const RTL_LOCALES: readonly string[] = ['ug']
