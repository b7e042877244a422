import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { eventually } from '../support/eventually'
import { byTestId } from './support/h5-page'
import { startAppWithTiles } from './support/tile-server'

describe('a parent on H5 looks at the results on a map', () => {
  let world: Awaited<ReturnType<typeof startAppWithTiles>>

  beforeAll(async () => {
    world = await startAppWithTiles()
  })

  afterAll(async () => {
    await world?.stop()
  })

  it('sees the configured tiles, a pin per result, and the card of the pin she taps', async () => {
    const page = await world.app.newPage()
    const blocked: string[] = []
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) blocked.push(message.text())
    })
    await page.goto(world.app.url)
    await byTestId(page, 'result-card').first().waitFor()
    const listed = await byTestId(page, 'result-card').count()

    await byTestId(page, 'view-toggle').click()
    await page.locator('.leaflet-tile-loaded').first().waitFor()
    expect(world.tiles.served.length).toBeGreaterThan(0)
    expect(blocked).toEqual([])
    await expect(page.locator('.leaflet-control-attribution').textContent()).resolves.toContain('© 测试底图')
    const pins = page.locator('.results-map__pin')
    expect(await pins.count()).toBe(listed)

    const pin = pins.first()
    const name = await pin.getAttribute('title')
    const shown = byTestId(page, 'results-map').locator('[data-testid="result-card"]')
    // As a parent would: tap the pin, and tap again if the map was still settling under the finger.
    await eventually(async () => {
      if ((await shown.count()) === 0) await pin.click()
      return shown.count()
    }, { timeout: 30_000, interval: 1_000 }).toBeGreaterThan(0)
    await expect(shown.textContent()).resolves.toContain(name ?? '')
    await expect(pin.getAttribute('role')).resolves.toBe('button')

    await byTestId(page, 'view-toggle').click()
    await byTestId(page, 'result-list').waitFor()
  })
})
