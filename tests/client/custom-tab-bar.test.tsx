import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from '@jest/globals'
import { PageShell } from '../../src/components/layout/page-shell'
import CustomTabBar from '../../src/custom-tab-bar'
import type { Locale } from '../../src/i18n/locales'
import { setLocale } from '../../src/i18n/translate'
import { useSettingsStore } from '../../src/stores/settings-store'
import { useTabBarStore } from '../../src/stores/tab-bar-store'
import { taroFake } from './support/taro'

/** The mini-program's own tab bar: what a parent or grandparent sees at the bottom of every tab page in WeChat. */

afterEach(() => {
  setLocale('zh-CN')
  process.env.TARO_ENV = 'h5'
})

const labels = () => screen.getAllByTestId('custom-tab').map((tab) => tab.textContent)
const tabNamed = (label: string) => screen.getAllByTestId('custom-tab').find((tab) => tab.textContent === label)!

function openTabPage(route: string) {
  taroFake.setRoutePath(`/${route}`)
  return render(<PageShell>page</PageShell>)
}

describe('labels', () => {
  it.each<[Locale, string[]]>([
    ['zh-CN', ['找托育', '育儿', '收藏', '我的']],
    ['en', ['Find care', 'Parenting', 'Saved', 'Me']],
    ['ug', ['ئىزدەش', 'تەربىيە', 'ساقلانغان', 'مەن']]
  ])('read in the language chosen in 我的: %s', (locale, expected) => {
    useSettingsStore.getState().setLocale(locale)
    render(<CustomTabBar />)
    expect(labels()).toEqual(expected)
  })

  it('follow WeChat language when none was chosen', () => {
    setLocale('en')
    render(<CustomTabBar />)
    expect(labels()).toEqual(['Find care', 'Parenting', 'Saved', 'Me'])
  })

  it('run right to left in Uyghur, left to right otherwise', () => {
    useSettingsStore.getState().setLocale('ug')
    const { unmount } = render(<CustomTabBar />)
    expect(screen.getByTestId('custom-tab-bar')).toHaveClass('custom-tab-bar--rtl')
    unmount()
    useSettingsStore.getState().setLocale('en')
    render(<CustomTabBar />)
    expect(screen.getByTestId('custom-tab-bar')).not.toHaveClass('custom-tab-bar--rtl')
  })
})

describe('长辈模式', () => {
  it('grows the labels and the touch targets with the theme, at least 48 px', () => {
    render(<CustomTabBar />)
    const bar = screen.getByTestId('custom-tab-bar')
    expect(bar).toHaveAttribute('data-theme', 'standard')
    expect(bar.style.getPropertyValue('--font-sm')).toBe('13px')
    expect(bar.style.getPropertyValue('--touch')).toBe('48px')
    act(() => useSettingsStore.getState().setElderMode(true))
    expect(bar).toHaveAttribute('data-theme', 'elder')
    expect(bar.style.getPropertyValue('--font-sm')).toBe('17px')
    expect(bar.style.getPropertyValue('--touch')).toBe('52px')
  })
})

describe('the current tab', () => {
  it('is the page on screen, and tapping another tab switches to it', async () => {
    const user = userEvent.setup()
    openTabPage('pages/me/index')
    render(<CustomTabBar />)
    const selected = screen.getAllByTestId('custom-tab').filter((tab) => tab.getAttribute('data-selected') === 'true')
    expect(selected.map((tab) => tab.textContent)).toEqual(['我的'])
    expect(selected[0]).toHaveAttribute('aria-selected', 'true')
    // The selected icon, which WeChat's own bar also swaps in.
    expect(selected[0]?.querySelector('img')).toHaveAttribute('src', '/assets/tab-me-active.png')

    await user.click(tabNamed('找托育'))
    expect(taroFake.navigations.at(-1)).toEqual({ kind: 'switchTab', url: '/pages/finder/index' })
    const before = taroFake.navigations.length
    await user.click(tabNamed('我的'))
    expect(taroFake.navigations).toHaveLength(before)
  })

  it('moves when another tab page shows', () => {
    render(<CustomTabBar />)
    openTabPage('pages/guidance/index')
    const selected = screen.getAllByTestId('custom-tab').filter((tab) => tab.getAttribute('data-selected') === 'true')
    expect(selected.map((tab) => tab.textContent)).toEqual(['育儿'])
  })
})

describe('room for the bar', () => {
  it('is left under a tab page in the mini-program, not under other pages or on H5', () => {
    process.env.TARO_ENV = 'weapp'
    const tab = openTabPage('pages/favourites/index')
    expect(screen.getByTestId('page-shell')).toHaveClass('page-shell--above-tab-bar')
    tab.unmount()
    openTabPage('pages/institution/index')
    expect(screen.getByTestId('page-shell')).not.toHaveClass('page-shell--above-tab-bar')
  })

  it('is given back while a full-screen sheet hides the bar', () => {
    render(<CustomTabBar />)
    act(() => useTabBarStore.getState().setHidden(true))
    expect(screen.queryByTestId('custom-tab-bar')).toBeNull()
  })
})
