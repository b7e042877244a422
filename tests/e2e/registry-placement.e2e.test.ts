import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { eventually } from '../support/eventually'
import { byTestId } from './support/h5-page'
import { startAppWithTiles } from './support/tile-server'

// A regulator of 鹤壁 imports a filing without coordinates; the console lists it as 待定位; on the placement
// page a tap on the map pins it, the address shows beside the pin, and once saved the finder finds it nearby.

const NAME = '样例·端到端待定位托育园'
const ADDRESS = '淇滨区样例定位路 9 号'
const FILE = Buffer.from(
  [
    '备案编号,机构名称,备案回执日期,登记机关,统一社会信用代码,办托主体,所在区县,详细地址,联系电话,服务类型,是否普惠',
    `鹤卫托备〔2026〕E2EP1号,${NAME},2026-03-01,鹤壁市市场监督管理局,91410611MA9YLE2E1K,民办,淇滨区,${ADDRESS},0392-0000000,全日托,否`
  ].join('\n'),
  'utf8'
)

describe('a regulator places an unlocated filing on the H5 map', () => {
  let world: Awaited<ReturnType<typeof startAppWithTiles>>

  beforeAll(async () => {
    world = await startAppWithTiles()
  })

  afterAll(async () => {
    await world?.stop()
  })

  it('sees it as 待定位, pins it with a tap, and the finder finds it near the pin', async () => {
    const page = await world.app.newPage()
    await page.goto(`${world.app.url}/#/pages/regulator/registry/index`)
    await byTestId(page, 'sign-in-region-hebi').click()
    await byTestId(page, 'sign-in').click()
    await eventually(() => byTestId(page, 'unlocated-card').textContent()).toContain('所有机构都已标注位置')

    const chooser = page.waitForEvent('filechooser')
    await byTestId(page, 'import-choose').click()
    await (await chooser).setFiles({ name: 'hebi-unlocated.csv', mimeType: 'text/csv', buffer: FILE })
    await byTestId(page, 'import-dry-run').click()
    await eventually(() => byTestId(page, 'import-summary').textContent()).toContain('待标注位置 1')
    await byTestId(page, 'import-commit').click()
    await eventually(() => byTestId(page, 'unlocated-card').textContent()).toContain('待定位机构（1）')

    await byTestId(page, 'unlocated-item').filter({ hasText: NAME }).click()
    await eventually(() => byTestId(page, 'place-status').textContent()).toContain('尚未标注位置')
    await page.locator('.leaflet-tile-loaded').first().waitFor()
    await page.locator('.results-map__map').click()
    await eventually(() => byTestId(page, 'place-confirm-address').textContent()).toContain(ADDRESS)
    // The address sits beside the pin on the map itself.
    await eventually(() => page.locator('.leaflet-tooltip').textContent()).toContain(ADDRESS)
    await byTestId(page, 'place-save').click()
    await eventually(() => byTestId(page, 'place-status').textContent()).toContain('已加入距离搜索')

    const { items } = await world.app.api<{ items: { name: string; location: { lat: number; lng: number } }[] }>('finder', 'search', {
      regionCode: 'hebi',
      keyword: '端到端待定位',
      radiusM: 50_000
    })
    expect(items.map((i) => i.name)).toEqual([NAME])
    const found = items[0]!.location
    const nearby = await world.app.api<{ items: { name: string }[] }>('finder', 'search', { regionCode: 'hebi', origin: found, radiusM: 500, pageSize: 50 })
    expect(nearby.items.map((i) => i.name)).toContain(NAME)
  })
})
