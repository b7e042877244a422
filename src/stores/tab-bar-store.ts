import { create } from 'zustand'

interface TabBarState {
  /** The route of the page on screen ('pages/me/index'): the tab bar marks its tab. */
  route: string
  /** A full-screen sheet is open and the tab bar would cover its buttons. */
  hidden: boolean
  showing(route: string): void
  setHidden(hidden: boolean): void
}

/**
 * What the mini-program's own tab bar (src/custom-tab-bar) shows. WeChat gives each tab page its own instance of
 * it; they all read this one store, so the one on screen marks the page that was shown last.
 */
export const useTabBarStore = create<TabBarState>()((set) => ({
  route: '',
  hidden: false,
  showing: (route) => set({ route }),
  setHidden: (hidden) => set({ hidden })
}))
