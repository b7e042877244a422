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
import { operator } from './zh-cn/operator'

/**
 * The one message catalogue. zh-CN is the reference; other locales (en, ug) must provide the same keys,
 * which the type below enforces once they are added.
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
  validation,
  account,
  registry
} as const

export type Catalogue = typeof zhCN
export type Locale = 'zh-CN'
