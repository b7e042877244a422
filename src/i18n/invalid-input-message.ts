import './zh-cn-pages/validation'
import type { z } from 'zod'
import { CONTROL_CHARACTER_ISSUE } from '../domain/shared/control-characters'
import { t, type MessageKey, type MessageParams } from './translate'

type Issue = z.core.$ZodIssue
type PathKey = PropertyKey

/**
 * The field's form label, quoted, e.g. “关键词”; list positions are skipped so `ageBands.1` reads as its list.
 * A field without a label reads as “这一项”: a schema key such as `capacity` means nothing to a parent.
 */
export function fieldLabel(path: readonly PathKey[]): string {
  const name = [...path].reverse().find((part): part is string => typeof part === 'string')
  if (name === undefined) return t('validation.wholeInput')
  const key = `validation.fields.${name}` as MessageKey
  const label = t(key)
  return t('validation.quoted', { label: label === key ? t('validation.unnamedField') : label })
}

export function dottedPath(path: readonly PathKey[]): string {
  return path.map(String).join('.')
}

function valueAt(input: unknown, path: readonly PathKey[]): unknown {
  let node = input
  for (const part of path) {
    // hasOwnProperty, not Object.hasOwn: this also runs in the app, on phones with older engines.
    if (typeof node !== 'object' || node === null || !Object.prototype.hasOwnProperty.call(node, part)) return undefined
    node = (node as Record<PropertyKey, unknown>)[part]
  }
  return node
}

function kindName(expected: string): string {
  const key = `validation.kinds.${expected}` as MessageKey
  const name = t(key)
  return name === key ? expected : name
}

function sizeMessage(issue: Extract<Issue, { code: 'too_big' | 'too_small' }>, field: string): [MessageKey, MessageParams] {
  const big = issue.code === 'too_big'
  const bound = Number(big ? issue.maximum : issue.minimum)
  const params: MessageParams = big ? { field, maximum: bound } : { field, minimum: bound }
  if (issue.origin === 'string') {
    if (!big && bound === 1) return ['validation.empty', { field }]
    return [big ? 'validation.tooLong' : 'validation.tooShort', params]
  }
  if (issue.origin === 'array' || issue.origin === 'set') return [big ? 'validation.tooMany' : 'validation.tooFew', params]
  return [big ? 'validation.tooLarge' : 'validation.tooSmall', params]
}

function messageFor(issue: Issue, input: unknown): { path: readonly PathKey[]; key: MessageKey; params: MessageParams } {
  if (issue.code === 'unrecognized_keys') {
    const path = [...issue.path, issue.keys[0] ?? '']
    return { path, key: 'validation.unknownField', params: { field: t('validation.quoted', { label: dottedPath(path) }) } }
  }
  const field = fieldLabel(issue.path)
  const at = (key: MessageKey, params: MessageParams = { field }) => ({ path: issue.path, key, params })
  switch (issue.code) {
    case 'invalid_type':
      return valueAt(input, issue.path) === undefined
        ? at('validation.required')
        : at('validation.wrongType', { field, expected: kindName(issue.expected) })
    case 'too_big':
    case 'too_small': {
      const [key, params] = sizeMessage(issue, field)
      return at(key, params)
    }
    case 'invalid_value':
    case 'invalid_union':
      return at('validation.notAnOption')
    case 'invalid_format':
      return at('validation.badFormat')
    case 'custom': {
      const reason: unknown = issue.params?.reason
      if (reason === CONTROL_CHARACTER_ISSUE) return at('validation.controlCharacter')
      const key = `validation.reasons.${String(reason)}` as MessageKey
      return t(key) === key ? at('validation.invalid') : at(key)
    }
    default:
      return at('validation.invalid')
  }
}

/**
 * Turns zod's first complaint about an input into the field it concerns (a dotted path a form can point at)
 * and a sentence a parent can read: which field, and what is wrong with it. The server and the app's own check
 * before sending say it the same way.
 */
export function describeInvalidInput(error: z.ZodError, input: unknown): { field: string; message: string } {
  const issue = error.issues[0]
  if (!issue) return { field: '', message: t('errors.INVALID_INPUT', { field: t('validation.wholeInput') }) }
  const { path, key, params } = messageFor(issue, input)
  return { field: dottedPath(path), message: t('errors.INVALID_INPUT', { field: t(key, params) }) }
}
