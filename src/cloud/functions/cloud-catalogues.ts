import type { MessageTree } from '../../i18n/catalogue'
import type { Locale } from '../../i18n/locales'
import { loadCataloguesWith } from '../../i18n/translator'

/*
 * In a cloud function's bundle, src/i18n/translate.ts is its core alone (scripts/cloud-bundle.ts), so a cold
 * start evaluates the Chinese catalogue only: English and Uyghur are three quarters of the catalogue bytes and
 * most callers read Chinese. Each is evaluated the first time a message is wanted in it, by whoever reads it
 * (the caller, or the recipient of a notice). esbuild bundles each require below as a lazy initialiser,
 * which keeps the load synchronous, as t() is. Outside a bundle translate.ts has loaded both already.
 */
loadCataloguesWith((locale: Locale): MessageTree | null => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy and synchronous, see above
  if (locale === 'en') return (require('../../i18n/en') as { en: MessageTree }).en
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy and synchronous, see above
  if (locale === 'ug') return (require('../../i18n/ug') as { ug: MessageTree }).ug
  return null
})
