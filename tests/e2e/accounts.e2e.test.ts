import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { eventually } from '../support/eventually'
import { addDays, chinaDateOf } from '../../src/domain/bookings/china-time-rules'
import { startApp, type AppUnderTest } from './support/app-under-test'
import { byTestId, confirmModal } from './support/h5-page'

// A parent on H5 signs in with a mobile number and the SMS code (in development the server's log has it),
// books, sees how they are signed in on 我的 and signs out; the regulators' console says who is signed in and
// for which region, and signs out. An institution's owner invites staff through the members screen; the staff
// member takes the link's code up after signing in by number; the owner removes them.
let app: AppUnderTest
const PHONE = '13912345678'
const MASKED = '139****5678'

beforeAll(async () => {
  app = await startApp()
})

afterAll(async () => {
  await app?.stop()
})

describe('signing in on H5', () => {
  it('signs a parent in by number and code, books, and signs out from 我的', async () => {
    const found = await app.api<{ items: { id: string }[] }>('finder', 'search', { regionCode: 'zhuji', serviceTypes: ['hourly'], pageSize: 20 })
    let institutionId: string | undefined
    for (const candidate of found.items) {
      const { offerings } = await app.api<{ offerings: { kind: string; upcomingSlots: number }[] }>('bookings', 'listOfferings', { institutionId: candidate.id })
      if (offerings.some((o) => o.kind === 'hourly' && o.upcomingSlots > 1)) {
        institutionId = candidate.id
        break
      }
    }
    if (!institutionId) throw new Error('no sample institution in 诸暨 offers hourly care')

    const parent = await app.newPage()
    await parent.goto(`${app.url}/#/pages/institution/index?id=${institutionId}`)
    await byTestId(parent, 'booking-entry-open').click()
    await byTestId(parent, 'phone-input').locator('input').fill(PHONE)
    await byTestId(parent, 'send-code').click()
    await eventually(() => byTestId(parent, 'code-sent').textContent()).toContain(MASKED)
    await eventually(() => app.smsCodeFor(MASKED)).toMatch(/^\d{6}$/)
    await byTestId(parent, 'code-input').locator('input').fill(app.smsCodeFor(MASKED) ?? '')
    await byTestId(parent, 'phone-sign-in-submit').click()

    await parent.locator('[data-testid="service-option"][data-kind="hourly"]:visible').click()
    const tomorrow = addDays(chinaDateOf(new Date()), 1)
    const ids = await parent.locator('[data-enabled="true"] > [data-testid^="date-"]:visible').evaluateAll((chips) => chips.map((chip) => chip.getAttribute('data-testid') ?? ''))
    const day = ids.map((id) => id.slice('date-'.length)).find((d) => d > tomorrow)
    if (!day) throw new Error(`no bookable day after ${tomorrow}`)
    await byTestId(parent, `date-${day}`).click()
    await parent.locator(`[data-testid="slot-option"][data-day="${day}"]:not([data-places-left="0"]):visible`).first().click()
    await byTestId(parent, 'add-child').click()
    await byTestId(parent, 'child-nickname').locator('input').fill('小禾')
    await parent.locator('[data-testid^="birth-year-"]:visible').nth(1).click()
    await parent.locator('[data-testid^="birth-month-"]:visible').first().click()
    await byTestId(parent, 'consent-tick').click()
    await byTestId(parent, 'child-save').click()
    await eventually(() => byTestId(parent, 'child-option-小禾').getAttribute('data-selected')).toBe('true')
    await byTestId(parent, 'confirm-booking').click()
    expect((await byTestId(parent, 'outcome-reference').textContent())?.trim()).toMatch(/^[A-Z0-9]{6}$/)

    await parent.goto(`${app.url}/#/pages/me/index`)
    await eventually(() => byTestId(parent, 'signed-in-via').textContent()).toContain(`手机号 ${MASKED}`)
    expect(await byTestId(parent, 'acting-as').textContent()).toContain('家长')
    await byTestId(parent, 'sign-out').click()
    await eventually(() => parent.locator('[data-testid="phone-sign-in"]:visible').count()).toBe(1)
    expect(await parent.locator('[data-testid="signed-in-as"]:visible').count()).toBe(0)
  })

  it('shows the console who is signed in and for which region, and signs out', async () => {
    const regulator = await app.newPage()
    await regulator.goto(`${app.url}/#/pages/regulator/index`)
    await byTestId(regulator, 'sign-in-region-zhuji').click()
    await byTestId(regulator, 'sign-in').click()
    await eventually(() => byTestId(regulator, 'acting-as-banner').textContent()).toContain('示例监管人员')
    await eventually(() => byTestId(regulator, 'acting-scope').textContent()).toContain('诸暨')
    await byTestId(regulator, 'sign-out').click()
    await eventually(() => regulator.locator('[data-testid="regulator-sign-in"]:visible').count()).toBe(1)
  })

  it('lets an owner invite staff on the members screen, and remove them after they joined', async () => {
    const { items } = await app.api<{ items: { id: string; regionCode: string }[] }>('finder', 'search', { regionCode: 'zhuji', pageSize: 1 })
    const institution = items[0]
    if (!institution) throw new Error('no sample institution in 诸暨')
    const owner = await app.newPage()
    await owner.goto(`${app.url}/#/pages/workspace/index?institutionId=${institution.id}&regionCode=${institution.regionCode}`)
    await byTestId(owner, 'sign-in').click()
    await byTestId(owner, 'open-members').click()
    await byTestId(owner, 'invite-note').locator('input').fill('李老师')
    await byTestId(owner, 'invite-submit').click()
    const code = (await byTestId(owner, 'new-invitation-code').textContent())?.trim() ?? ''
    expect(code).toMatch(/^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/)
    const link = (await byTestId(owner, 'new-invitation-link').textContent())?.trim() ?? ''
    expect(link).toContain(`#/pages/account/redeem/index?code=${code}`)
    await eventually(() => owner.locator('[data-testid="pending-invitation"]:visible').count()).toBe(1)

    const staff = await app.newPage()
    const staffPhone = '13987654321'
    await staff.goto(link)
    await byTestId(staff, 'phone-input').locator('input').fill(staffPhone)
    await byTestId(staff, 'send-code').click()
    await eventually(() => app.smsCodeFor('139****4321')).toMatch(/^\d{6}$/)
    await byTestId(staff, 'code-input').locator('input').fill(app.smsCodeFor('139****4321') ?? '')
    await byTestId(staff, 'phone-sign-in-submit').click()
    await byTestId(staff, 'redeem').click()
    await eventually(() => byTestId(staff, 'redeemed').textContent()).toContain('机构工作人员')

    await owner.reload()
    await eventually(() => owner.locator('[data-testid="member"]:visible').count()).toBe(1)
    expect(await owner.locator('[data-testid="member"]:visible').textContent()).toContain('139****4321')
    expect(await owner.locator('[data-testid="pending-invitation"]:visible').count()).toBe(0)
    await owner.locator('[data-testid^="remove-"]:visible').click()
    await confirmModal(owner)
    await eventually(() => owner.locator('[data-testid="member"]:visible').count()).toBe(0)
  })
})
