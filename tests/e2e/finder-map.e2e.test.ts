import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { eventually } from '../support/eventually'
import { startApp, type AppUnderTest } from './support/app-under-test'
import { byTestId } from './support/h5-page'
import { startTileServer } from './support/tile-server'

describe('a parent on H5 looks at the results on a map', () => {
  let app: AppUnderTest
  let tiles: Awaited<ReturnType<typeof startTileServer>>

  beforeAll(async () => {
    tiles = await startTileServer()
    app = await startApp({ env: { MAP_TILE_URL: tiles.urlTemplate, MAP_TILE_ATTRIBUTION: '© 测试底图' } })
  })

  afterAll(async () => {
    await app?.stop()
    await new Promise((resolve) => tiles?.server.close(resolve))
  })

  it('sees the configured tiles, a pin per result, and the card of the pin she taps', async () => {
    const page = await app.newPage()
    const blocked: string[] = []
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) blocked.push(message.text())
    })
    await page.goto(app.url)
    await byTestId(page, 'result-card').first().waitFor()
    const listed = await byTestId(page, 'result-card').count()

    await byTestId(page, 'view-toggle').click()
    await page.locator('.leaflet-tile-loaded').first().waitFor()
    expect(tiles.served.length).toBeGreaterThan(0)
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
