import type { Locale } from './locales'
import { t, type MessageKey, type MessageParams } from './translate'

/**
 * Words the system writes that are kept to be read later, by people who read different languages: a message key
 * and its parameters rather than the text of one language, so each reader gets them in theirs. A parameter is
 * either words kept as written (a department's reason, a department's name: data stays as published), a number,
 * another phrase (an outcome's name), or a run of those read one after another.
 */
interface Phrase {
  readonly key: MessageKey
  readonly params?: { readonly [name: string]: PhraseText }
}

export type PhraseText = string | number | Phrase | readonly PhraseText[]

export function phrase(key: MessageKey, params?: { readonly [name: string]: PhraseText }): Phrase {
  return params ? { key, params } : { key }
}

function isPhrase(text: PhraseText): text is Phrase {
  return typeof text === 'object' && !Array.isArray(text)
}

/** The text in `locale` (the current one by default). */
export function renderPhrase(text: PhraseText, locale?: Locale): string {
  if (typeof text === 'string') return text
  if (typeof text === 'number') return String(text)
  if (!isPhrase(text)) return text.map((part) => renderPhrase(part, locale)).join('')
  const params: MessageParams = {}
  for (const [name, value] of Object.entries(text.params ?? {})) params[name] = renderPhrase(value, locale)
  return t(text.key, params, locale)
}
