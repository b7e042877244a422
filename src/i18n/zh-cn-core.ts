import { account } from './zh-cn/account'
import { app } from './zh-cn/app'
import { common } from './zh-cn/common'
import { compare } from './zh-cn/compare'
import { errors } from './zh-cn/errors'
import { favourites } from './zh-cn/favourites'
import { finder } from './zh-cn/finder'
import { format } from './zh-cn/format'
import { institution } from './zh-cn/institution'
import { labels } from './zh-cn/labels'
import { me } from './zh-cn/me'
import { family } from './zh-cn/family'
import { inbox } from './zh-cn/inbox'

/**
 * The zh-CN namespaces in every H5 first load (app.js): the finder home's, the shell's (tabs, errors, account
 * for the H5 WeChat sign-in) and those of the main package's smaller pages. The others (alerts, bookings,
 * complaints, guidance, operator, registry, statistics, validation) come with the chunks that use them
 * (validation with the api client's schemas, which check forms): a module that says
 * t('complaints.…') imports src/i18n/zh-cn-pages/complaints.ts, which adds the namespace to the translator as
 * the module loads, so t() stays synchronous. catalogue.ts joins both for the typed keys, the config files
 * (read at build time), the parity test and the server.
 */
export const zhCNCore = {
  account,
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
  family,
  inbox
} as const
