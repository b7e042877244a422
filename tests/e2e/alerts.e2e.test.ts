import { afterAll, beforeAll, describe, it } from '@jest/globals'
import type { InstitutionSummary } from '../../src/domain/finder/institution-schema'
import { eventually } from '../support/eventually'
import { startApp, type AppUnderTest } from './support/app-under-test'
import { byTestId } from './support/h5-page'

// A parent favourites an institution and turns on vacancy alerts for a 托小班 place; the institution's staff
// open places on 空位管理; the parent finds the alert in 消息.

describe('alerts on favourites', () => {
  let app: AppUnderTest

  beforeAll(async () => {
    app = await startApp()
  })

  afterAll(async () => {
    await app?.stop()
  })

  it('tells a parent in 消息 when the institution they favourited opens places for their child', async () => {
    const found = await app.api<{ items: InstitutionSummary[] }>('finder', 'search', { regionCode: 'zhuji', serviceTypes: ['full_day'], pageSize: 1 })
    const institution = found.items[0]
    if (!institution) throw new Error('no sample institution in 诸暨 offers full-day care')

    const parent = await app.newPage()
    await parent.goto(`${app.url}/#/pages/inbox/index`)
    await byTestId(parent, 'sign-in').click()
    await byTestId(parent, 'sign-in-gate').waitFor({ state: 'detached' })

    await parent.goto(`${app.url}/#/pages/institution/index?id=${institution.id}`)
    await byTestId(parent, 'action-favourite').click()
    await eventually(() => byTestId(parent, 'action-favourite').getAttribute('data-selected')).toBe('true')

    await parent.goto(`${app.url}/#/pages/favourites/index`)
    await eventually(() => parent.locator(`[data-testid="favourite-item"][data-id="${institution.id}"]:visible`).count()).toBe(1)
    await byTestId(parent, 'alert-kind-vacancy').click()
    await eventually(() => byTestId(parent, 'alert-kind-vacancy').getAttribute('data-selected')).toBe('true')
    await byTestId(parent, 'alert-age-toddler').click()
    await eventually(() => byTestId(parent, 'alert-age-toddler').getAttribute('data-selected')).toBe('true')

    // The institution's staff, on another device: no place first, then three.
    const staff = await (await app.newContext()).newPage()
    await staff.goto(`${app.url}/#/pages/workspace/vacancies/index?institutionId=${institution.id}&regionCode=zhuji`)
    await byTestId(staff, 'sign-in').click()
    const toddlerPlaces = byTestId(staff, 'vacancy-full_day-toddler').locator('input')
    // The toast itself; the screen readers' live region repeats its words (and keeps them) out of sight.
    const saved = staff.locator('p', { hasText: '空位已更新' })
    await toddlerPlaces.fill('0')
    await byTestId(staff, 'vacancies-save').click()
    await saved.waitFor()
    await saved.waitFor({ state: 'hidden' })
    await toddlerPlaces.fill('3')
    await byTestId(staff, 'vacancies-save').click()
    await saved.waitFor()

    await parent.goto(`${app.url}/#/pages/inbox/index`)
    const alert = parent.locator('[data-testid="inbox-message"]:visible', { hasText: '收藏的机构有空位了' })
    await eventually(async () => {
      if ((await alert.count()) === 0) await parent.reload()
      return alert.first().textContent()
    }).toContain(institution.name)
    await eventually(() => alert.first().textContent()).toContain('全日托托小班')
  })
})
