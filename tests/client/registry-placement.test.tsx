import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from '@jest/globals'
import type { UnlocatedList } from '../../src/domain/registry/registry-schema'
import { UnlocatedCountLink } from '../../src/components/registry/unlocated-card'
import PlaceInstitutionPage from '../../src/pages/regulator/place/index'
import RegistryConsolePage from '../../src/pages/regulator/registry/index'
import { useSessionStore } from '../../src/stores/session-store'
import { signInAs } from './support/booking-data'
import { detail, searchPage, summary } from './support/sample-data'
import { taroFake } from './support/taro'

const unlocated = (overrides: Partial<UnlocatedList> = {}): UnlocatedList => ({
  total: 2,
  canPlace: true,
  items: [
    { id: 'zj-0101', name: '新导入托育园（示例）', address: '暨阳街道新街1号', districtName: '暨阳街道', filingNumber: '诸托备字〔2026〕第0101号' },
    { id: 'zj-0102', name: '待定位托育点（示例）', address: '陶朱街道东路2号', districtName: '陶朱街道', filingNumber: '诸托备字〔2026〕第0102号' }
  ],
  ...overrides
})

function signInReadOnly() {
  signInAs('regulator')
  const session = useSessionStore.getState()
  if (session.user) session.setUser({ ...session.user, readOnly: true })
}

function openConsole(list: UnlocatedList) {
  taroFake.respond('registry', 'unlocatedInstitutions', () => ({ data: list }))
  taroFake.respond('registry', 'auditLog', () => ({ data: { items: [] } }))
  render(<RegistryConsolePage />)
  return userEvent.setup()
}

const UNPLACED = detail({ id: 'zj-0101', name: '新导入托育园（示例）', address: '暨阳街道新街1号', located: false, location: { lat: 29.713, lng: 120.242 } })

function openPlacement() {
  taroFake.setRouterParams({ id: 'zj-0101' })
  taroFake.respond('finder', 'get', () => ({ data: UNPLACED }))
  taroFake.respond('finder', 'search', () => ({ data: searchPage([summary({ id: 'zj-0001', name: '暨阳街道小星星托育园（示例）' })]) }))
  taroFake.respond('registry', 'placeInstitution', () => ({ data: { institutionId: 'zj-0101' } }))
  render(<PlaceInstitutionPage />)
  return userEvent.setup()
}

describe('待定位 in the registry console', () => {
  it('counts and lists the region’s unlocated institutions, each opening its placement page', async () => {
    signInAs('regulator')
    const user = openConsole(unlocated())
    const card = await screen.findByTestId('unlocated-card')
    expect(card).toHaveTextContent('待定位机构（2）')
    expect(within(card).getByTestId('unlocated-total')).toHaveTextContent('以下 2 家机构还没有位置')
    const rows = within(card).getAllByTestId('unlocated-item')
    expect(rows.map((r) => r.textContent)).toEqual([expect.stringContaining('新导入托育园（示例）'), expect.stringContaining('待定位托育点（示例）')])
    expect(rows[1]).toHaveTextContent('陶朱街道 · 陶朱街道东路2号')
    await user.click(rows[0]!)
    expect(taroFake.navigations.at(-1)).toEqual({ kind: 'navigateTo', url: '/pages/regulator/place/index?id=zj-0101' })
  })

  it('shows a read-only regulator the list but offers no placing', async () => {
    signInReadOnly()
    const user = openConsole(unlocated({ canPlace: false }))
    expect(await screen.findByTestId('unlocated-read-only')).toHaveTextContent('只读')
    const rows = screen.getAllByTestId('unlocated-item')
    expect(rows[0]).not.toHaveTextContent('标注位置')
    await user.click(rows[0]!)
    expect(taroFake.navigations).toEqual([])
  })

  it('shows the count on the console’s first page, opening the list', async () => {
    signInAs('regulator')
    taroFake.respond('registry', 'unlocatedInstitutions', () => ({ data: unlocated() }))
    render(<UnlocatedCountLink />)
    const user = userEvent.setup()
    const link = await screen.findByTestId('unlocated-count')
    expect(link).toHaveTextContent('待定位机构（2）')
    await user.click(link)
    expect(taroFake.navigations.at(-1)).toEqual({ kind: 'navigateTo', url: '/pages/regulator/registry/index' })
  })

  it('says so when everything is placed', async () => {
    signInAs('regulator')
    openConsole(unlocated({ total: 0, items: [] }))
    expect(await screen.findByTestId('unlocated-total')).toHaveTextContent('所有机构都已标注位置')
    expect(screen.queryByTestId('unlocated-item')).toBeNull()
  })
})

/** Types a coordinate pair into the page's fields, replacing what they held. */
async function typePoint(user: ReturnType<typeof userEvent.setup>, lat: string, lng: string) {
  await user.clear(await screen.findByTestId('place-lat'))
  await user.type(screen.getByTestId('place-lat'), lat)
  await user.clear(screen.getByTestId('place-lng'))
  await user.type(screen.getByTestId('place-lng'), lng)
}

describe('placement page', () => {
  it('picks a point with WeChat’s picker, shows the address beside it, and saves it in GCJ-02', async () => {
    signInAs('regulator')
    taroFake.setLocation({ kind: 'ok', latitude: 29.7151, longitude: 120.2463 })
    const user = openPlacement()
    expect(await screen.findByTestId('place-status')).toHaveTextContent('尚未标注位置')
    // The region's placed institutions are on the map for reference.
    expect(await within(screen.getByTestId('place-map')).findByText('暨阳街道小星星托育园（示例）')).toBeTruthy()
    expect(screen.queryByTestId('place-confirm')).toBeNull()
    await user.click(screen.getByTestId('place-choose'))
    const confirm = await screen.findByTestId('place-confirm')
    expect(within(confirm).getByTestId('place-confirm-address')).toHaveTextContent('新导入托育园（示例），地址：暨阳街道新街1号')
    expect(within(confirm).getByTestId('place-confirm-point')).toHaveTextContent('纬度 29.715100，经度 120.246300（GCJ-02）')
    // The pin itself carries the address.
    expect(within(screen.getByTestId('place-map')).getByText('暨阳街道新街1号')).toBeTruthy()
    await user.click(screen.getByTestId('place-save'))
    expect(await screen.findByText('已保存，机构已加入距离搜索，变更记录已更新。')).toBeTruthy()
    expect(taroFake.lastInput('registry', 'placeInstitution')).toEqual({ institutionId: 'zj-0101', location: { lat: 29.7151, lng: 120.2463, datum: 'gcj02' } })
  })

  it('takes typed WGS-84 coordinates, shows them converted, and sends them with their datum', async () => {
    signInAs('regulator')
    const user = openPlacement()
    await typePoint(user, '29.7151', '120.2463')
    await user.click(screen.getByTestId('place-datum-wgs84'))
    await user.click(screen.getByTestId('place-use-typed'))
    const confirm = await screen.findByTestId('place-confirm')
    expect(confirm).toHaveTextContent('已换算为 GCJ-02 保存')
    // GCJ-02 lies a few hundred metres from WGS-84 in China: the pin is not at the typed numbers.
    expect(within(confirm).getByTestId('place-confirm-point')).not.toHaveTextContent('经度 120.246300')
    await user.click(screen.getByTestId('place-save'))
    expect(taroFake.lastInput('registry', 'placeInstitution')).toEqual({ institutionId: 'zj-0101', location: { lat: 29.7151, lng: 120.2463, datum: 'wgs84' } })
  })

  it('refuses typed text that is not a number, and shows the server’s refusal of a point outside the region', async () => {
    signInAs('regulator')
    const user = openPlacement()
    await typePoint(user, 'abc', '120.2')
    await user.click(screen.getByTestId('place-use-typed'))
    expect(await screen.findByTestId('place-typed-error')).toHaveTextContent('请输入有效的纬度和经度数字')
    expect(screen.queryByTestId('place-confirm')).toBeNull()

    taroFake.respond('registry', 'placeInstitution', () => ({
      status: 400,
      envelope: { ok: false, error: { code: 'LOCATION_OUTSIDE_REGION', message: '该位置不在本地区范围内，请在本地区的地图上重新选择。', field: 'location' } }
    }))
    await typePoint(user, '39.9', '116.4')
    await user.click(screen.getByTestId('place-use-typed'))
    await user.click(await screen.findByTestId('place-save'))
    expect(await screen.findByTestId('place-error')).toHaveTextContent('不在本地区范围内')
  })

  it('lets a read-only regulator look but not save', async () => {
    signInReadOnly()
    taroFake.setLocation({ kind: 'ok', latitude: 29.7151, longitude: 120.2463 })
    const user = openPlacement()
    await user.click(await screen.findByTestId('place-choose'))
    expect(await screen.findByTestId('place-read-only')).toHaveTextContent('只读')
    expect(screen.queryByTestId('place-save')).toBeNull()
  })
})
