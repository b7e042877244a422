import Taro, { getCurrentInstance } from '@tarojs/taro'
import { loadCatalogue } from '../i18n/load-catalogue'
import { isRightToLeft, languageTag, localeFromLanguage, type Locale } from '../i18n/locales'
import { setLocale, t, type MessageKey } from '../i18n/translate'
import { useSessionStore } from '../stores/session-store'
import { useSettingsStore } from '../stores/settings-store'
import { useTabBarStore } from '../stores/tab-bar-store'
import { call } from './api-client'
import { systemLanguage } from './system-language'

/**
 * The app's language: what the person chose in 我的, else the language WeChat (or the browser) runs in. It is
 * kept on the device and, once signed in, with the account, so messages written while the person is away
 * read in it too. Page configs carry the Chinese titles (they are fixed at build time); this module renames
 * the page and the tab bar when another language is on.
 */

/** Switches t() and, on H5, the document's language and direction (screen readers and the bidi algorithm read them). */
function applyLocale(locale: Locale): void {
  setLocale(locale)
  if (process.env.TARO_ENV === 'h5' && typeof document !== 'undefined') {
    document.documentElement.lang = languageTag(locale)
    document.documentElement.dir = isRightToLeft(locale) ? 'rtl' : 'ltr'
  }
}

/** The tab bar in the order app.config.ts lists it, with the icons it lists (under src/assets). */
export const TABS: readonly { route: string; text: MessageKey; icon: string }[] = [
  { route: 'pages/finder/index', text: 'app.tabFinder', icon: 'tab-finder' },
  { route: 'pages/guidance/index', text: 'app.tabGuidance', icon: 'tab-guidance' },
  { route: 'pages/favourites/index', text: 'app.tabFavourites', icon: 'tab-favourites' },
  { route: 'pages/me/index', text: 'app.tabMe', icon: 'tab-me' }
]

/** Every page's title key, by route; app and page configs hold the zh-CN text of the same keys. */
const PAGE_TITLES: Readonly<Record<string, MessageKey>> = {
  'pages/finder/index': 'app.tabFinder',
  'pages/favourites/index': 'favourites.title',
  'pages/me/index': 'me.title',
  'pages/institution/index': 'app.titleInstitution',
  'pages/compare/index': 'compare.title',
  'pages/guidance/index': 'guidance.library.title',
  'pages/guidance/article/index': 'guidance.article.title',
  'pages/guidance/bookmarks/index': 'guidance.bookmarks.title',
  'pages/guidance/classes/index': 'guidance.classes.title',
  'pages/guidance/nursing-rooms/index': 'guidance.nursingRooms.title',
  'pages/policy/index': 'guidance.policy.title',
  'pages/this-month/index': 'guidance.thisMonth.title',
  'pages/complaints/index': 'complaints.titles.mine',
  'pages/complaints/new/index': 'complaints.titles.new',
  'pages/complaints/detail/index': 'complaints.titles.detail',
  'pages/complaints/check/index': 'complaints.titles.check',
  'pages/regulator/index': 'complaints.titles.queue',
  'pages/regulator/complaint/index': 'complaints.titles.handle',
  'pages/bookings/index': 'bookings.mine.title',
  'pages/bookings/book/index': 'bookings.flow.title',
  'pages/children/index': 'family.title',
  'pages/inbox/index': 'inbox.title',
  'pages/workspace/index': 'bookings.workspace.title',
  'pages/workspace/slot/index': 'bookings.workspace.slotTitle',
  'pages/workspace/fees/index': 'registry.workspace.feesTitle',
  'pages/workspace/disclosures/index': 'registry.workspace.disclosuresTitle',
  'pages/regulator/review/index': 'registry.review.title'
}

const quietly = (attempt: () => Promise<unknown> | undefined) => {
  try {
    void attempt()?.catch(() => undefined)
  } catch {
    // Not a tab page, or the platform lacks the API: the Chinese text from the config stays.
  }
}

const currentRoute = (): string => (getCurrentInstance()?.router?.path ?? '').replace(/^\//, '').split('?')[0] ?? ''

/** Whether the page on screen is one of the tabs, above which the tab bar sits. */
export function thisPageIsTab(): boolean {
  const route = currentRoute()
  return TABS.some((tab) => tab.route === route)
}

/** The current page's title in the current language ('' for a page without one): its heading for screen readers. */
export function thisPageTitle(): string {
  const title = PAGE_TITLES[currentRoute()]
  return title ? t(title) : ''
}

/**
 * Names the current page and the tab bar in the current language, and marks the page's tab; each page calls it
 * when shown.
 */
export function nameThisPage(): void {
  const route = currentRoute()
  const title = thisPageTitle()
  if (title) quietly(() => Taro.setNavigationBarTitle({ title }))
  useTabBarStore.getState().showing(route)
  // H5's tab bar takes its labels from app.json; setTabBarItem renames them (only on a tab page). The
  // mini-program draws its own (src/custom-tab-bar), which speaks the current language already.
  if (process.env.TARO_ENV === 'h5' && thisPageIsTab()) {
    TABS.forEach((tab, index) => quietly(() => Taro.setTabBarItem({ index, text: t(tab.text) })))
  }
}

/** Keeps the person's choice with their account (best effort: the device keeps it anyway). */
function saveWithAccount(locale: Locale): void {
  if (!useSessionStore.getState().token) return
  call('account', 'setLocale', { locale }).catch(() => undefined)
}

/**
 * At launch: the chosen language, else the platform's. On signing in, a choice made on this device goes to the
 * account; with none, the account's choice (made on another phone) is adopted. Resolves once the language's
 * catalogue is loaded (at once for zh-CN; true when it had to be fetched); until then t() reads Chinese, so the H5
 * app waits before its first page.
 */
export function startLocale(): Promise<boolean> {
  const locale = useSettingsStore.getState().locale ?? localeFromLanguage(systemLanguage())
  // Direction and language first, so the page lays out right to left from its first paint.
  applyLocale(locale)
  useSessionStore.subscribe((state, previous) => {
    if (!state.token || state.token === previous.token) return
    const own = useSettingsStore.getState().locale
    if (own) saveWithAccount(own)
    else if (state.accountLocale) void chooseLocale(state.accountLocale)
  })
  return loadCatalogue(locale).catch(() => {
    // Offline or the file is missing: the pages read Chinese rather than not at all.
    return false
  })
}

/**
 * The person picked a language in 我的: load its catalogue, remember it, tell the account, and reopen so every
 * page speaks it. Loading fails only offline; the choice then waits for the next tap.
 */
export async function chooseLocale(locale: Locale): Promise<void> {
  const loaded = await loadCatalogue(locale).then(() => true, () => false)
  if (!loaded) return
  useSettingsStore.getState().setLocale(locale)
  applyLocale(locale)
  saveWithAccount(locale)
  await Taro.reLaunch({ url: '/pages/me/index' })
}
