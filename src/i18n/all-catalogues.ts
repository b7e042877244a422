import { zhCN, type MessageTree } from './catalogue'
import { en } from './en'
import type { Locale } from './locales'
import { addCatalogue, addZhCNNamespaces } from './translate'
import { ug } from './ug'

/**
 * Every catalogue, at once: for the HTTP server, which answers people in all three languages, and for the
 * tests. The app imports this nowhere (it loads one catalogue when its reader needs it, load-catalogue.ts), and
 * a cloud function's bundle leaves it empty (scripts/cloud-bundle.ts: cloud-catalogues.ts loads on first use).
 */
export const catalogues: Readonly<Record<Locale, MessageTree>> = { 'zh-CN': zhCN, en, ug }

addZhCNNamespaces(zhCN)
addCatalogue('en', en)
addCatalogue('ug', ug)
