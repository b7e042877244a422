import { alerts } from './zh-cn/alerts'
import { bookings } from './zh-cn/bookings'
import { complaints } from './zh-cn/complaints'
import { guidance } from './zh-cn/guidance'
import { operator } from './zh-cn/operator'
import { registry } from './zh-cn/registry'
import { statistics } from './zh-cn/statistics'
import { validation } from './zh-cn/validation'
import { zhCNCore } from './zh-cn-core'

/**
 * The one message catalogue. zh-CN is the reference; en and ug mirror it file for file (src/i18n/en, ug) and
 * a unit test holds them to the same keys and placeholders. They are not typed against zh-CN on purpose: a key
 * added to zh-CN first still type-checks, reads Chinese in the other locales until translated, and the parity
 * test names it. The app's runtime does not import this whole: see zh-cn-core.ts.
 */
export const zhCN = { ...zhCNCore, complaints, operator, statistics, registry, alerts, guidance, bookings, validation } as const

export type Catalogue = typeof zhCN

/** A catalogue of another locale: the same tree of strings as zh-CN. */
export interface MessageTree {
  readonly [key: string]: string | MessageTree
}

export type { Locale } from './locales'
