import { account } from './account'
import { app } from './app'
import { bookings } from './bookings'
import { common } from './common'
import { compare } from './compare'
import { complaints } from './complaints'
import { errors } from './errors'
import { family } from './family'
import { favourites } from './favourites'
import { finder } from './finder'
import { format } from './format'
import { guidance } from './guidance'
import { inbox } from './inbox'
import { institution } from './institution'
import { labels } from './labels'
import { me } from './me'
import { operator } from './operator'
import { registry } from './registry'
import { alerts } from './alerts'
import { statistics } from './statistics'
import { validation } from './validation'

/** The English catalogue: one file per context, mirroring src/i18n/zh-cn. */
export const en = {
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
