import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from '@jest/globals'
import { regionConfigSchema, type RegionConfig } from '../../src/domain/regions/region-config-schema'
import { COMPLAINT_CATEGORIES } from '../../src/domain/complaints/complaint-category-schema'
import OperatorPage from '../../src/pages/operator/index'
import { signInAs } from './support/booking-data'
import { region, regionSummaries } from './support/sample-data'
import { taroFake } from './support/taro'

function zhujiConfig(): RegionConfig {
  const base = region('zhuji', {
    departments: [
      { code: 'health', name: '卫生健康局', phone: '12345', hours: '全天', duties: '' },
      { code: 'market', name: '市场监督管理局', phone: '12345', hours: '全天', duties: '' }
    ]
  })
  return regionConfigSchema.parse({
    ...base,
    routing: {
      trackingPrefix: 'ZJ',
      rules: COMPLAINT_CATEGORIES.map((category) => ({ category, appliesTo: 'any', departmentCode: category === 'food' ? 'market' : 'health', acceptWithinWorkingDays: 5, answerWithinWorkingDays: 20 }))
    }
  })
}

function serveRegions() {
  taroFake.respond('regions', 'list', () => ({ data: regionSummaries() }))
  taroFake.respond('regions', 'config', () => ({ data: zhujiConfig() }))
  taroFake.respond('regions', 'auditLog', () => ({
    data: { entries: [{ id: '7', at: '2026-11-23T06:00:00.000Z', actorId: 'op-1', actorName: '李运营', regionCode: 'zhuji', action: 'routing', changes: ['routing:food/any'] }] }
  }))
}

describe("the operators' console", () => {
  it('asks a parent to sign in as an operator, and shows the regions once signed in', async () => {
    signInAs('parent')
    serveRegions()
    taroFake.respond('account', 'devLogin', () => ({
      data: { token: 'operator-token', expiresAt: '2099-01-01T00:00:00.000Z', user: { id: 'op-1', role: 'operator', displayName: '示例运营人员', regionCode: null, institutionId: null } }
    }))
    render(<OperatorPage />)
    expect(await screen.findByText('当前账号不是运营人员，请换用运营账号登录。')).toBeTruthy()
    await userEvent.click(screen.getByTestId('operator-sign-in-button'))
    await waitFor(() => expect(taroFake.lastInput('account', 'devLogin')).toEqual({ role: 'operator' }))
    expect(await screen.findByTestId('operator-region-zhuji')).toBeTruthy()
  })

  it("edits a region's routing table, shows the change log, and keeps the server's refusal beside the form", async () => {
    signInAs('operator')
    serveRegions()
    taroFake.respond('regions', 'setRouting', () => ({ data: { code: 'zhuji', created: false, changed: true } }))
    render(<OperatorPage />)
    await userEvent.click(await screen.findByTestId('operator-region-zhuji'))
    const food = await screen.findByTestId('routing-food-any')
    await userEvent.click(within(food).getByTestId('routing-food-any-health'))
    await userEvent.click(screen.getByTestId('operator-save-routing'))
    await waitFor(() => expect(taroFake.lastInput('regions', 'setRouting')).toBeDefined())
    const sent = taroFake.lastInput('regions', 'setRouting') as { regionCode: string; routing: RegionConfig['routing'] }
    expect(sent.regionCode).toBe('zhuji')
    expect(sent.routing.rules.find((r) => r.category === 'food')?.departmentCode).toBe('health')
    expect((await screen.findAllByTestId('audit-entry'))[0]?.textContent).toContain('李运营')

    taroFake.respond('regions', 'saveRegion', () => ({ status: 400, envelope: { ok: false, error: { code: 'REGION_PREFIX_TAKEN', message: '这个编号前缀已被地区“hebi”使用，请换一个。', field: 'idPrefix' } } }))
    await userEvent.click(screen.getByTestId('operator-save'))
    expect((await screen.findByTestId('operator-error')).textContent).toContain('已被地区“hebi”使用')
  })

  it('refuses a deadline that is not a number before sending anything', async () => {
    signInAs('operator')
    serveRegions()
    render(<OperatorPage />)
    await userEvent.click(await screen.findByTestId('operator-region-zhuji'))
    const accept = await screen.findByTestId('routing-accept-0')
    await userEvent.clear(accept)
    await userEvent.click(screen.getByTestId('operator-save'))
    // Named by its label, never the schema path.
    expect((await screen.findByTestId('operator-error')).textContent).toContain('“受理时限（工作日）”')
    expect(screen.getByTestId('operator-error').textContent).not.toContain('acceptWithinWorkingDays')
    expect(taroFake.requestsTo('regions', 'saveRegion')).toHaveLength(0)
  })
})
