import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from '@jest/globals'
import FavouritesPage from '../../src/pages/favourites/index'
import MePage from '../../src/pages/me/index'
import { createCompareStore, COMPARE_LIMIT } from '../../src/stores/compare-store'
import { createFavouritesStore, useFavouritesStore } from '../../src/stores/favourites-store'
import { createSettingsStore, useSettingsStore } from '../../src/stores/settings-store'
import { taroFake } from './support/taro'

const favourite = { id: 'zj-0001', name: '暨阳街道小星星托育园（示例）', districtName: '暨阳街道', address: '艮塔东路12号', isAffordable: true, isDemonstration: false }

describe('favourites', () => {
  it('survive a restart: a store created afresh reads them back from storage', () => {
    const before = createFavouritesStore()
    before.getState().add(favourite)
    const afterRestart = createFavouritesStore()
    expect(afterRestart.getState().items.map((f) => f.id)).toEqual(['zj-0001'])
    expect(afterRestart.getState().isFavourite('zj-0001')).toBe(true)
  })

  it('are listed with a way back to the institution and a way to remove them', async () => {
    useFavouritesStore.getState().add(favourite)
    const user = userEvent.setup()
    render(<FavouritesPage />)
    const item = screen.getByTestId('favourite-item')
    expect(item).toHaveAttribute('data-id', 'zj-0001')
    expect(item).toHaveTextContent('暨阳街道小星星托育园（示例）')
    await user.click(screen.getByText('暨阳街道小星星托育园（示例）'))
    expect(taroFake.navigations.at(-1)).toEqual({ kind: 'navigateTo', url: '/pages/institution/index?id=zj-0001' })
    await user.click(screen.getByTestId('favourite-remove'))
    expect(screen.getByTestId('favourites-empty')).toHaveTextContent('还没有收藏的机构')
  })

  it('say the institutions are sample data when the saved ones are', () => {
    useFavouritesStore.getState().add({ ...favourite, isSample: true })
    render(<FavouritesPage />)
    expect(screen.getByTestId('sample-banner')).toHaveTextContent('示例数据')
  })
})

describe('compare list', () => {
  it(`holds at most ${COMPARE_LIMIT} and survives a restart`, () => {
    const store = createCompareStore()
    expect(['zj-0001', 'zj-0002', 'zj-0003'].map((id) => store.getState().add(id))).toEqual(['added', 'added', 'added'])
    expect(store.getState().add('zj-0004')).toBe('full')
    expect(store.getState().add('zj-0001')).toBe('already')
    expect(createCompareStore().getState().ids).toEqual(['zj-0001', 'zj-0002', 'zj-0003'])
    store.getState().remove('zj-0002')
    expect(store.getState().add('zj-0004')).toBe('added')
  })
})

describe('长辈模式', () => {
  it('switches the page to the larger text and touch-target tokens, and stays on after a restart', async () => {
    const user = userEvent.setup()
    render(<MePage />)
    const root = screen.getByTestId('page-shell')
    expect(root).toHaveAttribute('data-theme', 'standard')
    expect(root.style.getPropertyValue('--font-md')).toBe('15px')
    expect(root.style.getPropertyValue('--touch')).toBe('48px')

    await user.click(screen.getByTestId('elder-mode-switch'))

    expect(root).toHaveAttribute('data-theme', 'elder')
    expect(root.style.getPropertyValue('--font-md')).toBe('20px')
    expect(root.style.getPropertyValue('--touch')).toBe('52px')
    expect(useSettingsStore.getState().elderMode).toBe(true)
    expect(createSettingsStore().getState().elderMode).toBe(true)
    expect(taroFake.toasts.at(-1)?.title).toBe('已开启长辈模式')
  })

  it('shows the sample-data and privacy notes', () => {
    render(<MePage />)
    expect(screen.getByTestId('sample-note')).toHaveTextContent('示例数据')
    expect(screen.getByTestId('privacy-note')).toHaveTextContent('不会保存到服务器')
  })
})
