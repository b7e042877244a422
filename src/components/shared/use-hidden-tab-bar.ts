import Taro from '@tarojs/taro'
import { useEffect } from 'react'

/**
 * Hides the tab bar while a full-screen sheet is open. On H5 the tab bar sits above every page (the page is
 * its own stacking context, so no z-index inside it can win), and it would cover the sheet's buttons.
 * Pages that are not tabs have no tab bar: the platform refuses, which is fine.
 */
export function useHiddenTabBar(): void {
  useEffect(() => {
    Taro.hideTabBar({ animation: false }).catch(() => undefined)
    return () => {
      Taro.showTabBar({ animation: false }).catch(() => undefined)
    }
  }, [])
}
