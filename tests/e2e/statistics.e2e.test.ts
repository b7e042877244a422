import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { eventually } from '../support/eventually'
import { startApp, type AppUnderTest } from './support/app-under-test'
import { byTestId } from './support/h5-page'

// A parent (or an official) opens 诸暨's statistics on a phone: places per 1,000 against the plan's 4.5 with the
// line of the plan it comes from, and every chart followed by a table of the same numbers.
let app: AppUnderTest

/** Runs in the page: how many pixels of the canvas are drawn at all, and how many in the bars' primary colour. */
function paintedPixels(canvas: HTMLCanvasElement): { painted: number; primary: number } {
  const context = canvas.getContext('2d')
  if (!context || canvas.width === 0 || canvas.height === 0) return { painted: 0, primary: 0 }
  const { data } = context.getImageData(0, 0, canvas.width, canvas.height)
  let painted = 0
  let primary = 0
  for (let i = 0; i < data.length; i += 4) {
    if ((data[i + 3] ?? 0) === 0) continue
    painted += 1
    // COLOURS.primary #17795e, allowing for anti-aliased edges.
    if (Math.abs((data[i] ?? 0) - 0x17) < 8 && Math.abs((data[i + 1] ?? 0) - 0x79) < 8 && Math.abs((data[i + 2] ?? 0) - 0x5e) < 8) primary += 1
  }
  return { painted, primary }
}

beforeAll(async () => {
  app = await startApp()
})

afterAll(async () => {
  await app?.stop()
})

describe('regional statistics page', () => {
  it('shows 诸暨’s places per 1,000 against 4.5 with the citation, and every chart with its table, on a phone', async () => {
    const page = await app.newPage()
    await page.goto(`${app.url}/#/pages/statistics/index?regionCode=zhuji`)
    const stats = byTestId(page, 'statistics')
    await stats.waitFor()
    expect(await stats.getAttribute('data-region')).toBe('zhuji')

    expect(await byTestId(page, 'stat-per-thousand').textContent()).toMatch(/每千人 [\d.]+ 个托位/)
    expect(await byTestId(page, 'stat-target').textContent()).toContain('2025年达到每千人 4.5 个')
    expect(await byTestId(page, 'stat-places').locator('[data-testid="stat-citation"]').textContent()).toContain('第140行')
    expect(await byTestId(page, 'stat-population').textContent()).toContain('示例数值')
    expect(await byTestId(page, 'stat-computed-at').textContent()).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/)

    const charts = page.locator('[data-testid^="chart-"]')
    await eventually(() => charts.count()).toBeGreaterThanOrEqual(8)
    for (let i = 0; i < (await charts.count()); i += 1) {
      const chart = charts.nth(i)
      const name = await chart.getAttribute('data-testid')
      const plot = chart.locator('[data-testid="stat-chart-plot"]')
      const bars = Number(await plot.getAttribute('data-bars'))
      const table = chart.locator('[role="table"]')
      expect(await table.count()).toBe(1)
      expect(await table.getAttribute('aria-label')).toContain('数据表')
      // One table row per bar, after the heading row.
      expect(await table.locator('[role="row"]').count()).toBe(bars + 1)
      expect([name, await plot.getAttribute('aria-hidden')]).toEqual([name, 'true'])
      // F2 has drawn on the canvas: axis labels in the text colour and, where a figure is above zero, bars in
      // the theme's primary green; not merely a blank canvas element.
      const positive = (await table.locator('[role="cell"]').allTextContents()).some((cell) => /^[1-9]|^0\.\d*[1-9]/.test(cell.trim()))
      const canvas = plot.locator('canvas').first()
      await eventually(async () => {
        const drawn = await canvas.evaluate(paintedPixels)
        return drawn.painted > 100 && (drawn.primary > 0) === positive
      }).toBe(true)
      const { painted, primary } = await canvas.evaluate(paintedPixels)
      expect([name, painted > 100]).toEqual([name, true])
      expect([name, primary > 0]).toEqual([name, positive])
    }
    const services = await byTestId(page, 'chart-services').locator('[role="table"]').textContent()
    expect(services).toContain('全日托')
    expect(services).toContain('计时托')

    // Nothing runs off the side of a 390-pixel phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
  })
})
