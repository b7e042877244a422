import type { Catalogue, MessageTree } from './catalogue'
import { zhCNCore } from './zh-cn-core'
import { DEFAULT_LOCALE, type Locale } from './locales'

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>
}[keyof T & string]

export type MessageKey = Leaves<Catalogue>
export type MessageParams = Record<string, string | number>

/**
 * The catalogues loaded so far; zh-CN always. translate.ts adds the others at once (the app, the HTTP server);
 * a cloud function's bundle adds each the first time a message is wanted in it (cloud-catalogues.ts), so a
 * cold start evaluates only the Chinese one unless the caller reads another language.
 */
const zhCN: Record<string, MessageTree> = { ...zhCNCore }
const loaded: Partial<Record<Locale, MessageTree>> = { 'zh-CN': zhCN }
let loadCatalogue: ((locale: Locale) => MessageTree | null) | null = null

/**
 * Adds zh-CN namespaces beyond the core (src/i18n/zh-cn-pages, imported by the modules that use them; the
 * server adds them all, all-catalogues.ts).
 */
export function addZhCNNamespaces(namespaces: Record<string, MessageTree>): void {
  Object.assign(zhCN, namespaces)
}

export function addCatalogue(locale: Locale, catalogue: MessageTree): void {
  loaded[locale] = catalogue
}

export function hasCatalogue(locale: Locale): boolean {
  return loaded[locale] !== undefined
}

/** How a catalogue not yet added is had when a message is first wanted in it; synchronous, as t() is. */
export function loadCataloguesWith(load: (locale: Locale) => MessageTree | null): void {
  loadCatalogue = load
}

function catalogueOf(locale: Locale): MessageTree {
  const catalogue = loaded[locale] ?? loadCatalogue?.(locale)
  if (!catalogue) return zhCN
  loaded[locale] = catalogue
  return catalogue
}

/**
 * The app's language on this device. The client sets it once at launch and when the person changes it in 我的;
 * the server never relies on it (one process serves many people) and passes each person's locale instead.
 */
let current: Locale = DEFAULT_LOCALE

export function setLocale(locale: Locale): void {
  current = locale
}

export function currentLocale(): Locale {
  return current
}

/**
 * Runs `render` with every t() in it speaking `locale`, then restores the device's. For the server, which
 * answers many people at once: `render` must be synchronous, so no other request's code runs in between.
 */
export function inLocale<T>(locale: Locale, render: () => T): T {
  const saved = current
  current = locale
  try {
    return render()
  } finally {
    current = saved
  }
}

function lookup(catalogue: MessageTree, key: string): string | undefined {
  let node: unknown = catalogue
  for (const part of key.split('.')) {
    // Own keys only: a key can carry a field name from the request, e.g. "constructor". (hasOwnProperty, not
    // Object.hasOwn: the catalogue also runs on phones with older engines.)
    if (typeof node !== 'object' || node === null || !Object.prototype.hasOwnProperty.call(node, part)) return undefined
    node = (node as Record<string, unknown>)[part]
  }
  return typeof node === 'string' ? node : undefined
}

/**
 * The message for `key` in `locale` (the device's by default), with `{name}` placeholders filled from
 * `params`. A key not yet translated reads in Chinese rather than as a bare key.
 */
function translate(key: MessageKey, params: MessageParams = {}, locale: Locale = current): string {
  const template = lookup(catalogueOf(locale), key) ?? lookup(zhCN, key) ?? key
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole))
}

export const t = translate
