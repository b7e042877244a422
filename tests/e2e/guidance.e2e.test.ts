import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { eventually } from '../support/eventually'
import { dayjs, todayInChina } from '../../src/domain/shared/clock'
import { startApp, type AppUnderTest } from './support/app-under-test'
import { byTestId } from './support/h5-page'

// A parent adds a child born 14 months ago, opens the child's month (12–15-month milestones and the 12-month
// warning signs), reads an article from it and registers for a class it suggests, all through the H5 app.
let app: AppUnderTest

beforeAll(async () => {
  app = await startApp()
})

afterAll(async () => {
  await app?.stop()
})

describe('child → this month → article → class', () => {
  it('shows a 14-month-old the right milestones, opens an article safely and books a suggested class', async () => {
    const parent = await app.newPage()
    await parent.goto(`${app.url}/#/pages/this-month/index`)
    await byTestId(parent, 'sign-in').click()
    await byTestId(parent, 'add-child-for-month').click()

    const birth = dayjs(todayInChina()).subtract(14, 'month')
    await byTestId(parent, 'add-child').click()
    await byTestId(parent, 'child-nickname').locator('input').fill('小禾')
    await byTestId(parent, `birth-year-${birth.year()}`).click()
    await byTestId(parent, `birth-month-${birth.month() + 1}`).click()
    await byTestId(parent, 'consent-tick').click()
    await byTestId(parent, 'child-save').click()
    await eventually(() => byTestId(parent, 'child-row').count()).toBe(1)

    await parent.goto(`${app.url}/#/pages/this-month/index`)
    await parent.reload()
    const month = byTestId(parent, 'this-month')
    await month.waitFor()
    expect(await month.getAttribute('data-age')).toBe('14')
    expect(await byTestId(parent, 'milestones').textContent()).toContain('12–15个月发育要点')
    expect(await byTestId(parent, 'warning-signs').textContent()).toContain('12月龄就医信号')
    await eventually(() => byTestId(parent, 'warning-sign').count()).toBe(4)
    const articleCount = await parent.locator('[data-testid="month-articles"]:visible [data-testid="article-card"]').count()
    expect(articleCount).toBeGreaterThanOrEqual(5)

    // An article suggested for the month opens as text and Taro components only.
    const firstArticle = parent.locator('[data-testid="month-articles"]:visible [data-testid="article-card"]').first()
    const articleTitle = (await firstArticle.locator('.article-card__title').textContent())?.trim()
    await firstArticle.click()
    await eventually(async () => (await byTestId(parent, 'article-title').textContent())?.trim()).toBe(articleTitle)
    expect(await byTestId(parent, 'article-body').locator('script, img, iframe, a').count()).toBe(0)
    expect(await byTestId(parent, 'article-sources').textContent()).toMatch(/《.+》/)
    await parent.goBack()

    // A class suggested for the age books through the booking engine.
    const session = parent.locator('[data-testid="month-classes"]:visible [data-testid="class-session"][data-bookable="true"]').first()
    await session.waitFor()
    const slotId = await session.getAttribute('data-slot')
    const date = await session.getAttribute('data-date')
    await session.locator('[data-testid="book-class"]').click()
    await byTestId(parent, `date-${date}`).click()
    await parent.locator(`[data-testid="slot-option"][data-slot-id="${slotId}"]:visible`).click()
    await byTestId(parent, 'child-option-小禾').click()
    await byTestId(parent, 'confirm-booking').click()
    expect((await byTestId(parent, 'outcome-reference').textContent())?.trim()).toMatch(/^[A-Z0-9]{6}$/)
  })
})
