import Taro from '@tarojs/taro'
import { useEffect } from 'react'
import { useTabBarStore } from '../../stores/tab-bar-store'

/**
 * Hides the tab bar while a full-screen sheet is open. On H5 the tab bar sits above every page (the page is
 * its own stacking context, so no z-index inside it can win), and it would cover the sheet's buttons; the
 * mini-program's own tab bar (src/custom-tab-bar) floats over the page as well and reads the store.
 * Pages that are not tabs have no tab bar: the platform refuses, which is fine.
 */
export function useHiddenTabBar(): void {
  useEffect(() => {
    useTabBarStore.getState().setHidden(true)
    Taro.hideTabBar({ animation: false }).catch(() => undefined)
    return () => {
      useTabBarStore.getState().setHidden(false)
      Taro.showTabBar({ animation: false }).catch(() => undefined)
    }
  }, [])
}
