/**
 * The browser's language. Read directly: Taro's H5 getAppBaseInfo answers the same from navigator but brings
 * its whole system-info module and user-agent parser into the first script.
 */
export function systemLanguage(): string | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.language
}
