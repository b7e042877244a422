import { DEFAULT_LOCALE, type Locale } from '../../i18n/locales'
import type { Queryable } from '../db/database'
import { findUserLocale } from './account-repository'

/** The language to write to `userId` in: the one they chose in 我的, Chinese until they choose. */
export async function readerLocale(q: Queryable, userId: string): Promise<Locale> {
  return (await findUserLocale(q, userId)) ?? DEFAULT_LOCALE
}
