import { zhCN, type Catalogue, type Locale } from './catalogue'

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>
}[keyof T & string]

export type MessageKey = Leaves<Catalogue>
export type MessageParams = Record<string, string | number>

const catalogues: Record<Locale, Catalogue> = { 'zh-CN': zhCN }

function lookup(catalogue: Catalogue, key: string): string | undefined {
  let node: unknown = catalogue
  for (const part of key.split('.')) {
    // Own keys only: a key can carry a field name from the request, e.g. "constructor". (hasOwnProperty, not
    // Object.hasOwn: the catalogue also runs on phones with older engines.)
    if (typeof node !== 'object' || node === null || !Object.prototype.hasOwnProperty.call(node, part)) return undefined
    node = (node as Record<string, unknown>)[part]
  }
  return typeof node === 'string' ? node : undefined
}

/** The message for `key` in `locale`, with `{name}` placeholders filled from `params`. */
function translate(key: MessageKey, params: MessageParams = {}, locale: Locale = 'zh-CN'): string {
  const template = lookup(catalogues[locale], key) ?? lookup(zhCN, key) ?? key
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole))
}

export const t = translate
