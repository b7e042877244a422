import sharp from 'sharp'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { eventually } from '../support/eventually'
import { startApp, type AppUnderTest } from './support/app-under-test'
import { byTestId } from './support/h5-page'

// A parent files a named complaint with a photo about a sample institution and finds it in 我的投诉; a sample
// regulator of the region accepts, assigns, investigates and answers it in the console; the parent reads the
// answer on the timeline and reopens it. Everything through the H5 app in Chromium.
let app: AppUnderTest

beforeAll(async () => {
  app = await startApp()
})

afterAll(async () => {
  await app?.stop()
})

const fill = (page: Page, id: string, text: string) => byTestId(page, id).locator('input, textarea').first().fill(text)

const DETAILS = '午睡时老师把孩子一个人关在储物间里，接孩子时发现孩子一直在哭，手臂上有红印。'
const ANSWER = '经现场核查，该机构存在午睡看护不到位的问题，已责令整改并约谈负责人。'

describe('a complaint from the parent to the regulator’s answer', () => {
  it('files with a photo, is handled in the console, answered, and reopened', async () => {
    const found = await app.api<{ items: { id: string; name: string }[] }>('finder', 'search', { regionCode: 'zhuji', pageSize: 5 })
    const institution = found.items[0]
    if (!institution) throw new Error('no sample institution in 诸暨')
    // A 6 MB camera photo (4000×3000, fine detail, GPS): the phone must shrink it before it is sent.
    const pixels = Buffer.alloc(4000 * 3000 * 3)
    for (let i = 0; i < pixels.length; i += 1) pixels[i] = (i * 2654435761) >>> 24
    const photo = await sharp(pixels, { raw: { width: 4000, height: 3000, channels: 3 } })
      .jpeg({ quality: 85 })
      .withExif({ IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '29/1 42/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '120/1 14/1 0/1' } })
      .toBuffer()
    expect(photo.length).toBeGreaterThan(5 * 1024 * 1024)

    // The parent, from the institution's page.
    const parent = await app.newPage()
    await parent.goto(`${app.url}/#/pages/institution/index?id=${institution.id}`)
    await byTestId(parent, 'complaint-entry-open').click()
    await byTestId(parent, 'sign-in').click()
    await byTestId(parent, 'category-hygiene_health').click()
    await fill(parent, 'complaint-details', DETAILS)
    await parent.locator('[data-testid^="incident-2"]:visible').first().click()
    const chooser = parent.waitForEvent('filechooser')
    const uploaded = parent.waitForResponse((response) => response.url().endsWith('/api/upload/complaint-photo'), { timeout: 120_000 })
    uploaded.catch(() => undefined)
    await byTestId(parent, 'add-photo').click()
    await (await chooser).setFiles({ name: 'photo.jpg', mimeType: 'image/jpeg', buffer: photo })
    const photoState = async () => `${await byTestId(parent, 'picked-photo').getAttribute('data-status')} ${(await parent.locator('[data-testid="photo-error"]:visible').allTextContents()).join('')}`.trim()
    await eventually(photoState, { timeout: 120_000 }).toBe('done')
    // It went up in one request, a fraction of its size, at 2048 px on the long side.
    const upload = await uploaded
    // Playwright does not capture a FormData body; the length the browser declared is what crossed the wire.
    const sent = Number(await upload.request().headerValue('content-length'))
    expect(sent).toBeGreaterThan(0)
    expect(sent).toBeLessThan(photo.length / 2)
    expect(((await upload.json()) as { data: { width: number; height: number } }).data).toMatchObject({ width: 2048, height: 1536 })
    await byTestId(parent, 'identity-named').click()
    await fill(parent, 'contact-name', '王女士')
    await fill(parent, 'contact-phone', '13800138000')
    await byTestId(parent, 'submit-complaint').click()
    const trackingNo = (await byTestId(parent, 'tracking-number').textContent())?.trim() ?? ''
    expect(trackingNo).toMatch(/^ZJ\d{4}-[0-9A-Z]{4}-[0-9A-Z]{5}$/)

    await byTestId(parent, 'view-my-complaints').click()
    const row = parent.locator(`[data-testid="my-complaint"][data-tracking-no="${trackingNo}"]:visible`)
    await eventually(() => row.getAttribute('data-status')).toBe('submitted')
    expect(await row.textContent()).toContain(institution.name)

    // The regulator, on another device, in the console.
    const regulator = await app.newPage()
    await regulator.goto(`${app.url}/#/pages/regulator/index`)
    await byTestId(regulator, 'sign-in-region-zhuji').click()
    await byTestId(regulator, 'sign-in').click()
    await regulator.locator(`[data-testid="queue-item"][data-tracking-no="${trackingNo}"]:visible`).click()
    const file = byTestId(regulator, 'regulator-complaint')
    await eventually(() => byTestId(regulator, 'regulator-contact').textContent()).toContain('王女士 13800138000')
    await eventually(() => regulator.locator('[data-testid="complaint-photo"]:visible img').count(), { timeout: 20_000 }).toBe(1)
    const step = async (action: string, status: string, form?: () => Promise<void>) => {
      await byTestId(regulator, `action-${action}`).click()
      if (form) {
        await form()
        await byTestId(regulator, 'action-confirm').click()
      }
      await eventually(() => file.getAttribute('data-status')).toBe(status)
    }
    await step('accept', 'accepted')
    await step('assign', 'assigned', () => byTestId(regulator, 'department-health').click())
    await step('investigate', 'investigating')
    await step('answer', 'answered', () => fill(regulator, 'action-answer', ANSWER))
    await fill(regulator, 'note-text', '内部：下周回访整改情况')
    await byTestId(regulator, 'add-note').click()
    await eventually(() => regulator.locator('[data-testid="timeline-event"][data-internal="true"]:visible').count()).toBe(1)

    // The parent reads the answer and reopens.
    await parent.goto(`${app.url}/#/pages/complaints/detail/index?no=${trackingNo}`)
    await eventually(() => byTestId(parent, 'complaint-answer').textContent()).toContain(ANSWER)
    const kinds = await parent.locator('[data-testid="timeline-event"]:visible').evaluateAll((events) => events.map((e) => e.getAttribute('data-kind')))
    expect(kinds).toEqual(['submitted', 'accepted', 'assigned', 'investigating', 'answered'])
    expect(await byTestId(parent, 'complaint-detail').textContent()).not.toContain('下周回访')
    await fill(parent, 'reopen-reason', '整改没有落实，午睡时仍然没有老师看护')
    await byTestId(parent, 'reopen-complaint').click()
    await eventually(() => byTestId(parent, 'complaint-detail').getAttribute('data-status')).toBe('reopened')
    await eventually(() => parent.locator('[data-testid="timeline-event"]:visible').last().getAttribute('data-kind')).toBe('reopened')
  })
})
