import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { zhCN } from '../../src/i18n/catalogue'
import { eventually } from '../support/eventually'
import { startApp, type AppUnderTest } from './support/app-under-test'
import { seriousViolations } from './support/axe'
import { smallTouchTargets, textFitFindings } from './support/fit'
import { byTestId } from './support/h5-page'

// Every page of the H5 app at 390×844, as a signed-out visitor, a parent, an institution's staff and a
// regulator see it, in Chinese, in Uyghur (right to left) and in 长辈模式: nothing sticks out of the screen (a
// page wider than the phone shifts when swiped and cuts off every card's edge), no text is cut off without an
// ellipsis, no catalogue key or schema field name reaches the screen in place of words, axe-core finds
// nothing serious or critical for a screen-reader or low-vision user, no text is clipped by or runs into
// another box (长辈模式's sizes are where it would), and everything tappable is at least 48 px each way.
let app: AppUnderTest

const VIEWPORT = 390

function keysOf(node: unknown, prefix = ''): string[] {
  if (typeof node !== 'object' || node === null) return [prefix]
  return Object.entries(node).flatMap(([key, value]) => keysOf(value, prefix ? `${prefix}.${key}` : key))
}

// A key the catalogue lacks is shown as itself by t(); it starts with one of the catalogue's sections.
const KEY_LIKE = new RegExp(`(?<![A-Za-z0-9./])(?:${Object.keys(zhCN).join('|')})\\.[A-Za-z0-9_.]+`, 'g')
const CATALOGUE_KEYS = keysOf(zhCN)
// Field names a form never shows; short ones (id, q, all…) are too common inside other words to tell apart.
const FIELD_NAMES = Object.keys(zhCN.validation.fields).filter((name) => name.length >= 4)
const FIELD_NAME = new RegExp(`(?<![A-Za-z])(?:${FIELD_NAMES.join('|')})(?![A-Za-z])`, 'g')

/** The three ways the pages must work: Chinese, Uyghur right to left, and Chinese at 长辈模式's sizes. */
const MODES = [
  { name: 'zh-CN', locale: 'zh-CN', elder: false },
  { name: 'ug', locale: 'ug', elder: false },
  { name: '长辈模式', locale: 'zh-CN', elder: true }
] as const

interface Route {
  path: string
  /** Who sees it: the context it opens in. */
  as: 'visitor' | 'parent' | 'staff' | 'regulator'
}

/** What is wrong with the page on screen now, one line per finding. */
async function findings(page: Page): Promise<string[]> {
  return page.evaluate((viewport) => {
    const found: string[] = []
    const describe = (el: Element) => {
      const id = el.getAttribute('data-testid')
      const classes = typeof el.className === 'string' ? el.className.split(' ').slice(0, 2).join('.') : ''
      const text = (el.textContent ?? '').trim().slice(0, 30)
      return `<${el.tagName.toLowerCase()}${id ? ` data-testid=${id}` : ''}${classes ? ` .${classes}` : ''}> “${text}”`
    }
    // What a user can swipe sideways on purpose (a chip row, a date strip) may hold more than the screen; the
    // row itself must still fit.
    const scrollsSideways = (el: Element) => ['auto', 'scroll'].includes(getComputedStyle(el).overflowX)
    const insideSidewaysScroll = (el: Element) => {
      for (let parent = el.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        if (scrollsSideways(parent)) return true
      }
      return false
    }
    if (document.documentElement.scrollWidth > viewport) found.push(`the page is ${document.documentElement.scrollWidth}px wide`)
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      const box = el.getBoundingClientRect()
      // A 1×1 box is the usual "visually hidden" text for screen readers only (the page's heading, the live region).
      if (box.width <= 1 || box.height <= 1) continue
      const style = getComputedStyle(el)
      if (style.visibility === 'hidden') continue
      if (!insideSidewaysScroll(el) && (box.right > viewport + 0.5 || box.left < -0.5)) {
        found.push(`sticks out (${Math.round(box.left)}–${Math.round(box.right)}px): ${describe(el)}`)
      }
      const ownText = Array.from(el.childNodes).some((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '')
      const clips = style.overflowX === 'hidden' || style.overflowX === 'clip'
      if (ownText && clips && el.scrollWidth > el.clientWidth + 1 && style.textOverflow !== 'ellipsis') {
        found.push(`text cut off without an ellipsis: ${describe(el)}`)
      }
    }
    return found
  }, VIEWPORT)
}

async function wordsOnScreen(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => document.body.innerText)
  const found = new Set<string>()
  for (const match of text.matchAll(KEY_LIKE)) found.add(`catalogue key: ${match[0]}`)
  for (const key of CATALOGUE_KEYS) if (text.includes(key)) found.add(`catalogue key: ${key}`)
  for (const match of text.matchAll(FIELD_NAME)) found.add(`field name: ${match[0]}`)
  return [...found]
}

/** Opens the page cold, as a link would, and waits until what it loads is on screen. */
async function settle(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage()
  await page.goto(`${app.url}/#${path}`)
  await byTestId(page, 'page-shell').first().waitFor()
  await page.waitForLoadState('networkidle')
  await page.locator('[data-testid="loading"]:visible').first().waitFor({ state: 'detached', timeout: 15_000 }).catch(() => undefined)
  return page
}

async function signedIn(path: string, signIn: (page: Page) => Promise<void>): Promise<BrowserContext> {
  const context = await app.newContext()
  const page = await context.newPage()
  await page.goto(`${app.url}/#${path}`)
  await signIn(page)
  await page.close()
  return context
}

/** Sets the language and 长辈模式 in 我的, as the person would; the choice stays with the browser profile. */
async function chooseMode(context: BrowserContext, mode: (typeof MODES)[number]): Promise<void> {
  const page = await context.newPage()
  await page.goto(`${app.url}/#/pages/me/index`)
  await byTestId(page, `language-${mode.locale}`).click()
  await eventually(() => byTestId(page, `language-${mode.locale}`).getAttribute('aria-checked')).toBe('true')
  const theme = mode.elder ? 'elder' : 'standard'
  if ((await byTestId(page, 'page-shell').getAttribute('data-theme')) !== theme) await byTestId(page, 'elder-mode-switch').click()
  await eventually(() => byTestId(page, 'page-shell').getAttribute('data-theme')).toBe(theme)
  await page.close()
}

async function post<T>(fn: string, action: string, input: unknown, token?: string): Promise<T> {
  const response = await fetch(`${app.url}/api/${fn}/${action}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(input)
  })
  const body = (await response.json()) as { ok: boolean; data: T }
  if (!body.ok) throw new Error(`${fn}.${action} failed: ${JSON.stringify(body)}`)
  return body.data
}

beforeAll(async () => {
  app = await startApp()
})

afterAll(async () => {
  await app?.stop()
})

describe('every page at 390×844', () => {
  let routes: Route[]
  let contexts: Record<Route['as'], BrowserContext>

  beforeAll(async () => {
    const found = await post<{ items: { id: string; regionCode: string }[] }>('finder', 'search', { regionCode: 'zhuji', serviceTypes: ['hourly'], pageSize: 5 })
    const institution = found.items[0]
    if (!institution) throw new Error('no sample institution in 诸暨 offers hourly care')
    const { offerings } = await post<{ offerings: { id: string; kind: string }[] }>('bookings', 'listOfferings', { institutionId: institution.id })
    const offering = offerings.find((o) => o.kind === 'hourly') ?? offerings[0]
    if (!offering) throw new Error('the sample institution offers nothing to book')
    const { slots } = await post<{ slots: { id: string }[] }>('bookings', 'availability', { offeringId: offering.id })
    const { articles } = await post<{ articles: { slug: string }[] }>('guidance', 'articles', { limit: 1 })
    // A complaint of the sample parent's, so the parent's file and the regulator's file have something to show.
    const parentSession = await post<{ token: string }>('account', 'devLogin', { role: 'parent' })
    const filed = await post<{ complaint: { trackingNo: string } }>(
      'complaints',
      'submit',
      {
        subject: { kind: 'filed', institutionId: institution.id },
        category: 'hygiene_health',
        details: '午睡室的被褥有异味，老师说一个月才换洗一次，孩子回家后皮肤起了红疹。（示例）',
        incidentDate: new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10),
        identity: 'named'
      },
      parentSession.token
    )
    const trackingNo = filed.complaint.trackingNo

    const parentPages = [
      '/pages/finder/index',
      '/pages/favourites/index',
      '/pages/me/index',
      `/pages/institution/index?id=${institution.id}`,
      '/pages/compare/index',
      '/pages/guidance/index',
      `/pages/guidance/article/index?slug=${articles[0]?.slug ?? ''}`,
      '/pages/guidance/bookmarks/index',
      '/pages/guidance/classes/index',
      '/pages/guidance/nursing-rooms/index',
      '/pages/policy/index',
      '/pages/this-month/index',
      '/pages/complaints/index',
      `/pages/complaints/new/index?institutionId=${institution.id}`,
      '/pages/complaints/check/index',
      `/pages/complaints/detail/index?no=${trackingNo}`,
      '/pages/bookings/index',
      `/pages/bookings/book/index?institutionId=${institution.id}`,
      `/pages/bookings/book/index?offeringId=${offering.id}`,
      '/pages/children/index',
      '/pages/inbox/index',
      '/pages/saved-searches/index'
    ]
    const workspace = `/pages/workspace/index?institutionId=${institution.id}&regionCode=${institution.regionCode}`
    routes = [
      ...parentPages.map((path): Route => ({ path, as: 'visitor' })),
      ...parentPages.map((path): Route => ({ path, as: 'parent' })),
      { path: workspace, as: 'visitor' },
      { path: workspace, as: 'staff' },
      { path: `/pages/workspace/vacancies/index?institutionId=${institution.id}&regionCode=${institution.regionCode}`, as: 'visitor' },
      { path: '/pages/workspace/vacancies/index', as: 'staff' },
      ...(slots[0] ? [{ path: `/pages/workspace/slot/index?slotId=${slots[0].id}`, as: 'staff' } as Route] : []),
      { path: '/pages/statistics/index', as: 'visitor' },
      { path: '/pages/regulator/index', as: 'visitor' },
      { path: '/pages/regulator/index', as: 'regulator' },
      { path: `/pages/regulator/complaint/index?no=${trackingNo}`, as: 'regulator' }
    ]

    contexts = {
      visitor: await app.newContext(),
      parent: await signedIn('/pages/bookings/index', async (page) => {
        await byTestId(page, 'sign-in').click()
        await byTestId(page, 'sign-in-gate').waitFor({ state: 'detached' })
      }),
      staff: await signedIn(workspace, async (page) => {
        await byTestId(page, 'sign-in').click()
        await byTestId(page, 'sign-in-gate').waitFor({ state: 'detached' })
      }),
      regulator: await signedIn('/pages/regulator/index', async (page) => {
        await byTestId(page, `sign-in-region-${institution.regionCode}`).click()
        await byTestId(page, 'sign-in').click()
        await byTestId(page, 'regulator-sign-in').waitFor({ state: 'detached' })
      })
    }
  })

  // Chinese sees every page as every kind of user; Uyghur and 长辈模式 see each page once, signed in where it
  // needs it, plus the sign-in gates, which keeps the run to a few minutes a mode.
  const GATE = '/pages/bookings/index'
  const inMode = (mode: (typeof MODES)[number]) =>
    mode.name === 'zh-CN' ? routes : routes.filter((r) => r.as !== 'visitor' || !routes.some((o) => o.path === r.path && o.as === 'parent') || r.path === GATE)

  it.each(MODES)('fits the screen, shows words, passes axe, fits its text and has big enough targets in $name', async (mode) => {
    for (const context of Object.values(contexts)) await chooseMode(context, mode)
    const report: string[] = []
    for (const route of inMode(mode)) {
      const page = await settle(contexts[route.as], route.path)
      const problems = [
        ...(await findings(page)),
        ...(await wordsOnScreen(page)),
        ...(await seriousViolations(page)),
        ...(await textFitFindings(page)),
        ...(await smallTouchTargets(page))
      ]
      for (const problem of problems) report.push(`${mode.name} ${route.as} ${route.path}: ${problem}`)
      await page.close()
    }
    expect(report).toEqual([])
  })

  it('has a tab icon, and a broken link answers in Chinese with the way back', async () => {
    const page = await app.newPage()
    await page.goto(app.url)
    const icon = await page.locator('link[rel="icon"]').getAttribute('href')
    const served = await fetch(new URL(icon ?? '/favicon.ico', app.url))
    expect(served.status).toBe(200)
    expect(served.headers.get('content-type')).toBe('image/png')
    await page.goto(`${app.url}/no-such-page`)
    expect(await page.locator('body').innerText()).toContain('找不到这个页面')
    await page.getByText('回到托育通首页').click()
    await byTestId(page, 'page-shell').first().waitFor()
    // Inside the app too: an address the app has no page for is the same page, not a blank screen.
    await page.goto(`${app.url}/#/pages/no-such-page/index?id=1`)
    await byTestId(page, 'not-found').getByText('找不到这个页面').waitFor()
    await byTestId(page, 'back-home').click()
    await byTestId(page, 'result-list').or(byTestId(page, 'empty-state')).first().waitFor()
  })
})
