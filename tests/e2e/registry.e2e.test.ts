import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { todayInChina } from '../../src/domain/shared/clock'
import { eventually } from '../support/eventually'
import { startApp, type AppUnderTest } from './support/app-under-test'
import { byTestId } from './support/h5-page'

// A regulator of 鹤壁 imports a filing file in the console (dry run, then commit); a parent finds the new
// institution in the finder; the regulator publishes its evaluation and the page shows the grade, its date
// and a 变更记录 line in the department's name.

const NAME = '样例·端到端测试托育园'
const FILE = Buffer.from(
  [
    '备案编号,机构名称,备案回执日期,登记机关,统一社会信用代码,办托主体,所在区县,详细地址,联系电话,服务类型,是否普惠,经度,纬度,坐标系',
    `鹤卫托备〔2026〕E2E1号,${NAME},2026-03-01,鹤壁市市场监督管理局,91410611MA9YLE2E1K,民办,淇滨区,淇滨区淇滨大道样例 1 号,0392-0000000,全日托,否,114.2986,35.7480,GCJ-02`
  ].join('\n'),
  'utf8'
)

const fill = (page: Page, id: string, text: string) => byTestId(page, id).locator('input, textarea').first().fill(text)

describe('the registry published by the regulator', () => {
  let app: AppUnderTest

  beforeAll(async () => {
    app = await startApp()
  })

  afterAll(async () => {
    await app?.stop()
  })

  it('imports a filing, which the finder shows; a published evaluation appears on its page with its 变更记录', async () => {
    const regulator = await app.newPage()
    await regulator.goto(`${app.url}/#/pages/regulator/registry/index`)
    await byTestId(regulator, 'sign-in-region-hebi').click()
    await byTestId(regulator, 'sign-in').click()

    const chooser = regulator.waitForEvent('filechooser')
    await byTestId(regulator, 'import-choose').click()
    await (await chooser).setFiles({ name: 'hebi-filings.csv', mimeType: 'text/csv', buffer: FILE })
    await byTestId(regulator, 'import-dry-run').click()
    await eventually(() => byTestId(regulator, 'import-summary').textContent()).toContain('新增 1')
    await byTestId(regulator, 'import-commit').click()
    await eventually(() => byTestId(regulator, 'import-message').textContent()).toContain('已写入')

    // A parent in 鹤壁 finds it by name.
    const parent = await app.newPage()
    await parent.goto(app.url)
    await byTestId(parent, 'region-picker').click()
    await byTestId(parent, 'region-option-hebi').click()
    await byTestId(parent, 'filter-button').click()
    await fill(parent, 'filter-keyword', '端到端测试')
    await byTestId(parent, 'filter-apply').click()
    await eventually(() => byTestId(parent, 'result-card').first().textContent()).toContain(NAME)
    await byTestId(parent, 'result-card').first().click()
    await eventually(() => byTestId(parent, 'change-log').textContent()).toContain('备案登记')
    const id = new URL(parent.url().replace('/#/', '/')).searchParams.get('id') ?? ''
    expect(id).toMatch(/^hb-\d+$/)

    // The regulator publishes its evaluation.
    const today = todayInChina()
    await fill(regulator, 'evaluation-institution', id)
    await byTestId(regulator, 'evaluation-grade-A').click()
    const scores = { conditions: '90', staffing: '130', care: '220', health: '130', family_support: '85', safety: '140', management: '90' }
    for (const [key, value] of Object.entries(scores)) await fill(regulator, `evaluation-score-${key}`, value)
    await fill(regulator, 'evaluation-date', today)
    await fill(regulator, 'evaluation-evaluator', '鹤壁市托育服务质量评估专家组')
    await byTestId(regulator, 'evaluation-publish').click()
    await eventually(() => byTestId(regulator, 'evaluation-message').textContent()).toContain('已发布')
    await eventually(() => byTestId(regulator, 'audit-line').first().textContent()).toContain('发布质量评估结果')

    await parent.reload()
    await eventually(() => byTestId(parent, 'evaluation-grade').first().textContent()).toContain('A')
    const [year, month, day] = today.split('-').map(Number)
    await eventually(() => byTestId(parent, 'evaluation').first().textContent()).toContain(`${year}年${month}月${day}日`)
    await eventually(() => byTestId(parent, 'change-line').first().textContent()).toContain('鹤壁市卫生健康委员会：发布质量评估结果')
  })
})
