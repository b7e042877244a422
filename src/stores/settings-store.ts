import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import type { Locale } from '../i18n/locales'
import { currentLocale } from '../i18n/translate'
import type { ThemeMode } from '../theme/tokens'
import { taroStorage } from './taro-storage'

interface SettingsState {
  /** 长辈模式: larger text and touch targets. */
  elderMode: boolean
  setElderMode(on: boolean): void
  /** The language chosen in 我的; null follows WeChat's or the browser's. */
  locale: Locale | null
  setLocale(locale: Locale): void
}

export const createSettingsStore = () =>
  create<SettingsState>()(
    persist(
      (set) => ({
        elderMode: false,
        setElderMode: (elderMode) => set({ elderMode }),
        locale: null,
        setLocale: (locale) => set({ locale })
      }),
      { name: 'tuoyu.settings', storage: createJSONStorage(() => taroStorage), partialize: ({ elderMode, locale }) => ({ elderMode, locale }) }
    )
  )

export const useSettingsStore = createSettingsStore()

export const useThemeMode = (): ThemeMode => useSettingsStore((s) => (s.elderMode ? 'elder' : 'standard'))

/** The language the pages speak; PageShell reads it to lay the page out right to left for Uyghur. */
export const useLocale = (): Locale => useSettingsStore((s) => s.locale) ?? currentLocale()
