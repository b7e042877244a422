import { account } from './zh-cn/account'
import { app } from './zh-cn/app'
import { bookings } from './zh-cn/bookings'
import { common } from './zh-cn/common'
import { compare } from './zh-cn/compare'
import { errors } from './zh-cn/errors'
import { favourites } from './zh-cn/favourites'
import { finder } from './zh-cn/finder'
import { format } from './zh-cn/format'
import { guidance } from './zh-cn/guidance'
import { institution } from './zh-cn/institution'
import { labels } from './zh-cn/labels'
import { me } from './zh-cn/me'
import { validation } from './zh-cn/validation'
import { family } from './zh-cn/family'
import { inbox } from './zh-cn/inbox'
import { complaints } from './zh-cn/complaints'
import { registry } from './zh-cn/registry'
import { alerts } from './zh-cn/alerts'
import { operator } from './zh-cn/operator'
import { statistics } from './zh-cn/statistics'

/**
 * The one message catalogue. zh-CN is the reference; en and ug mirror it file for file (src/i18n/en, ug) and
 * a unit test holds them to the same keys and placeholders. They are not typed against zh-CN on purpose: a key
 * added to zh-CN first still type-checks, reads Chinese in the other locales until translated, and the parity
 * test names it.
 */
export const zhCN = {
  app,
  common,
  errors,
  finder,
  format,
  institution,
  compare,
  labels,
  favourites,
  me,
  bookings,
  family,
  inbox,
  guidance,
  complaints,
  operator,
  statistics,
  validation,
  account,
  registry,
  alerts
} as const

export type Catalogue = typeof zhCN

/** A catalogue of another locale: the same tree of strings as zh-CN. */
export interface MessageTree {
  readonly [key: string]: string | MessageTree
}

export type { Locale } from './locales'
