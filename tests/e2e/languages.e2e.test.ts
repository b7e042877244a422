import path from 'node:path'
import { mkdir } from 'node:fs/promises'
import sharp from 'sharp'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { eventually } from '../support/eventually'
import { startApp, type AppUnderTest } from './support/app-under-test'
import { byTestId } from './support/h5-page'

// A Uyghur-reading grandparent: switches the app to ئۇيغۇرچە in 我的, sees the page turn right to left, books a
// visit and files a complaint in Uyghur, then a relative switches it to English. Then the five main pages are
// photographed in each language and mode for docs/screens/.
let app: AppUnderTest

beforeAll(async () => {
  app = await startApp()
})

afterAll(async () => {
  await app?.stop()
})

const html = (page: Page) => page.evaluate(() => ({ dir: document.documentElement.dir, lang: document.documentElement.lang }))

async function chooseLanguage(page: Page, locale: 'zh-CN' | 'en' | 'ug') {
  await page.goto(`${app.url}/#/pages/me/index`)
  await byTestId(page, `language-${locale}`).click()
  await eventually(() => byTestId(page, `language-${locale}`).getAttribute('aria-checked')).toBe('true')
}

async function someInstitution(): Promise<{ id: string }> {
  const found = await app.api<{ items: { id: string }[] }>('finder', 'search', { regionCode: 'zhuji', pageSize: 20 })
  for (const candidate of found.items) {
    const { offerings } = await app.api<{ offerings: { kind: string; upcomingSlots: number }[] }>('bookings', 'listOfferings', { institutionId: candidate.id })
    if (offerings.some((o) => o.kind === 'visit' && o.upcomingSlots > 0)) return candidate
  }
  throw new Error('no sample institution in 诸暨 offers visits')
}

describe('the app in Uyghur and English', () => {
  it('turns right to left in Uyghur, books a visit and files a complaint, then switches to English', async () => {
    const institution = await someInstitution()
    const page = await app.newPage()
    await chooseLanguage(page, 'ug')
    await eventually(() => html(page)).toEqual({ dir: 'rtl', lang: 'ug' })
    expect(await byTestId(page, 'page-shell').evaluate((el) => getComputedStyle(el).direction)).toBe('rtl')
    await expect(page.locator('.weui-tabbar__label', { hasText: 'مەن' }).count()).resolves.toBe(1)

    // A visit, in Uyghur.
    await page.goto(`${app.url}/#/pages/institution/index?id=${institution.id}`)
    await byTestId(page, 'booking-entry-open').click()
    await byTestId(page, 'sign-in').click()
    await page.locator('[data-testid="service-option"][data-kind="visit"]:visible').click()
    await page.locator('[data-enabled="true"] > [data-testid^="date-"]:visible').first().click()
    await page.locator('[data-testid="slot-option"]:not([data-places-left="0"]):visible').first().click()
    await byTestId(page, 'confirm-booking').click()
    await expect(byTestId(page, 'outcome-reference').textContent()).resolves.toMatch(/[A-Z0-9]{6}/)
    await expect(page.getByText('بەلگىلەش مۇۋەپپەقىيەتلىك بولدى').first().isVisible()).resolves.toBe(true)

    // A complaint, in Uyghur.
    await page.goto(`${app.url}/#/pages/institution/index?id=${institution.id}`)
    await byTestId(page, 'complaint-entry-open').click()
    await byTestId(page, 'category-hygiene_health').click()
    await byTestId(page, 'complaint-details').locator('textarea').first().fill('چۈشلۈك ئۇيقۇ ۋاقتىدا بالىلار ئۇزۇن ۋاقىت قارايدىغان ئادەمسىز قالدى، ئۆي مەينەت ئىدى.')
    await page.locator('[data-testid^="incident-2"]:visible').first().click()
    await byTestId(page, 'identity-named').click()
    await byTestId(page, 'contact-name').locator('input').first().fill('ئايگۈل')
    await byTestId(page, 'submit-complaint').click()
    await expect(byTestId(page, 'tracking-number').textContent()).resolves.toMatch(/^ZJ\d{4}-[0-9A-Z]{4}-[0-9A-Z]{5}$/)
    await expect(byTestId(page, 'complaint-submitted').textContent()).resolves.toContain('شىكايەت يوللاندى')
    // The number stays left to right inside the Uyghur page.
    expect(await byTestId(page, 'tracking-number').evaluate((el) => getComputedStyle(el).direction)).toBe('ltr')

    await chooseLanguage(page, 'en')
    await eventually(() => html(page)).toEqual({ dir: 'ltr', lang: 'en' })
    await expect(page.locator('.weui-tabbar__label', { hasText: 'Me' }).count()).resolves.toBe(1)
    await expect(byTestId(page, 'language-setting').textContent()).resolves.toContain('Language')
  })

  it('photographs the five main pages in each language and mode', async () => {
    const institution = await someInstitution()
    const out = path.resolve(__dirname, '../../docs/screens')
    await mkdir(out, { recursive: true })
    const pages: Record<string, string> = {
      finder: '/pages/finder/index',
      institution: `/pages/institution/index?id=${institution.id}`,
      booking: `/pages/bookings/book/index?institutionId=${institution.id}`,
      complaint: `/pages/complaints/new/index?institutionId=${institution.id}`,
      me: '/pages/me/index'
    }
    for (const locale of ['zh-CN', 'ug', 'en'] as const) {
      for (const elder of [false, true]) {
        const context = await app.newContext()
        const settings = await context.newPage()
        await chooseLanguage(settings, locale)
        if (elder) await byTestId(settings, 'elder-mode-switch').click()
        await eventually(() => byTestId(settings, 'page-shell').getAttribute('data-theme')).toBe(elder ? 'elder' : 'standard')
        for (const [name, url] of Object.entries(pages)) {
          // A fresh tab opens the page cold, as a shared link does, with no slide-in from the page before.
          const page = await context.newPage()
          await page.setViewportSize({ width: 375, height: 740 })
          await page.goto(`${app.url}/#${url}`)
          await byTestId(page, 'page-shell').first().waitFor()
          await page.waitForLoadState('networkidle')
          await eventually(() => page.locator('[data-testid="page-shell"]:visible').count()).toBe(1)
          // A palette PNG of the first screen keeps each file around 5–30 KB.
          const shot = await page.screenshot()
          await sharp(shot).png({ palette: true, colours: 64, compressionLevel: 9 }).toFile(path.join(out, `${name}-${locale}-${elder ? 'elder' : 'standard'}.png`))
          await page.close()
        }
        await context.close()
      }
    }
  })
})
