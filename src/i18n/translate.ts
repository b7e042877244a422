import { zhCN, type MessageTree } from './catalogue'
import { en } from './en'
import type { Locale } from './locales'
import { addCatalogue } from './translator'
import { ug } from './ug'

export * from './translator'

/** Every catalogue, loaded at once: the app and the HTTP server speak all three from the start. */
export const catalogues: Record<Locale, MessageTree> = { 'zh-CN': zhCN, en, ug }

addCatalogue('en', en)
addCatalogue('ug', ug)
