/**
 * The languages the app speaks. zh-CN is the reference catalogue; en and ug (Uyghur, Arabic script, written
 * right to left) carry the same keys.
 */
export const LOCALES = ['zh-CN', 'en', 'ug'] as const

export type Locale = (typeof LOCALES)[number]

export const DEFAULT_LOCALE: Locale = 'zh-CN'

/** Each language by its own name, the same in every locale: a reader finds their language in its own script. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = { 'zh-CN': '中文', en: 'English', ug: 'ئۇيغۇرچە' }

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}

/** Whether a locale's script runs right to left, so layouts mirror. */
export function isRightToLeft(locale: Locale): boolean {
  return locale === 'ug'
}

/** The BCP 47 tag for the document's `lang` attribute. */
export function languageTag(locale: Locale): string {
  return locale === 'zh-CN' ? 'zh-CN' : locale
}

/**
 * The app's locale for a platform language: WeChat reports `zh_CN`, `zh_TW`, `en`, `ug` …; browsers report
 * BCP 47 tags such as `zh-CN`, `en-GB`, `ug-CN`. Any Chinese variant reads zh-CN (the catalogue is the
 * simplified one), any English reads en; everything else falls back to Chinese, the service's language.
 */
export function localeFromLanguage(language: string | undefined | null): Locale {
  const primary = (language ?? '').toLowerCase().split(/[-_]/)[0]
  if (primary === 'ug') return 'ug'
  if (primary === 'en') return 'en'
  return DEFAULT_LOCALE
}
