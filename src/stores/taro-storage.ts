import Taro from '@tarojs/taro'
import type { StateStorage } from 'zustand/middleware'

/**
 * zustand's persist middleware over the platform's key-value storage (wx storage on weapp, localStorage on
 * H5). The synchronous calls let a store hydrate as it is created, so a page never renders the empty state
 * for a moment before the saved favourites appear.
 */
export const taroStorage: StateStorage = {
  getItem(name) {
    try {
      const value: unknown = Taro.getStorageSync(name)
      return typeof value === 'string' && value !== '' ? value : null
    } catch {
      return null
    }
  },
  setItem(name, value) {
    try {
      Taro.setStorageSync(name, value)
    } catch {
      // Storage full or unavailable (private browsing): the app keeps working for this visit.
    }
  },
  removeItem(name) {
    try {
      Taro.removeStorageSync(name)
    } catch {
      // Same as above: nothing to keep.
    }
  }
}
