import type { z } from 'zod'

/**
 * Characters no parent types and PostgreSQL's text type refuses or mangles: NUL and the other C0 controls
 * (tab and line breaks excepted, which a complaint's details may hold) and DEL. Lone UTF-16 surrogates are
 * refused too: they have no UTF-8 form, so the database would store a different string than the one sent.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point of this rule
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/

/** What the issue carries so the transport can tell a parent why, without a message of zod's own. */
export const CONTROL_CHARACTER_ISSUE = 'control_character'

function hasLoneSurrogate(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i)
    if (unit < 0xd800 || unit > 0xdfff) continue
    const next = text.charCodeAt(i + 1)
    if (unit > 0xdbff || !(next >= 0xdc00 && next <= 0xdfff)) return true
    i += 1
  }
  return false
}

// A loop rather than String#isWellFormed or a lookbehind: this runs on phones whose engines are ES2017.
export function hasControlCharacter(text: string): boolean {
  return CONTROL_CHARACTER.test(text) || hasLoneSurrogate(text)
}

/** The path of the first string (object keys included) holding a control character, depth first; null when none. */
export function controlCharacterPath(value: unknown, path: PropertyKey[] = [], seen = new Set<object>()): PropertyKey[] | null {
  if (typeof value === 'string') return hasControlCharacter(value) ? path : null
  if (typeof value !== 'object' || value === null || seen.has(value)) return null
  seen.add(value)
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = controlCharacterPath(item, [...path, index], seen)
      if (found) return found
    }
    return null
  }
  for (const [key, item] of Object.entries(value)) {
    if (hasControlCharacter(key)) return [...path, key]
    const found = controlCharacterPath(item, [...path, key], seen)
    if (found) return found
  }
  return null
}

/**
 * The one rule every action's input passes (see `action()`): a string anywhere in it that holds a control
 * character is refused with an issue at its path, instead of reaching the database as a 500.
 */
export function refuseControlCharacters(value: unknown, ctx: z.RefinementCtx): void {
  const path = controlCharacterPath(value)
  if (path) ctx.addIssue({ code: 'custom', path, message: CONTROL_CHARACTER_ISSUE, params: { reason: CONTROL_CHARACTER_ISSUE } })
}
