import type { MessageTree } from './catalogue'
import type { Locale } from './locales'
import { addCatalogue, hasCatalogue } from './translate'

/**
 * The non-Chinese catalogues, each its own chunk: a reader who picks English or Uyghur waits for that one file
 * (about 30–37 KB gzip on H5) before the first page; a Chinese reader never downloads either. The chunk names
 * put them in the mini-program's `i18n` subpackage (app.config.ts), which WeChat fetches with require.async
 * (config/index.ts points webpack's chunk loader at it).
 */
const LOADERS: Readonly<Record<Exclude<Locale, 'zh-CN'>, () => Promise<MessageTree>>> = {
  en: () => import(/* webpackChunkName: "i18n/en" */ './en').then((m) => m.en),
  ug: () => import(/* webpackChunkName: "i18n/ug" */ './ug').then((m) => m.ug)
}

/**
 * Makes `locale`'s catalogue available to t(): false at once when it already is (always for zh-CN), true once
 * fetched.
 */
export async function loadCatalogue(locale: Locale): Promise<boolean> {
  if (locale === 'zh-CN' || hasCatalogue(locale)) return false
  addCatalogue(locale, await LOADERS[locale]())
  return true
}
