import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import type { ThemeMode } from '../theme/tokens'
import { taroStorage } from './taro-storage'

interface SettingsState {
  /** 长辈模式: larger text and touch targets. */
  elderMode: boolean
  setElderMode(on: boolean): void
}

export const createSettingsStore = () =>
  create<SettingsState>()(
    persist(
      (set) => ({
        elderMode: false,
        setElderMode: (elderMode) => set({ elderMode })
      }),
      { name: 'tuoyu.settings', storage: createJSONStorage(() => taroStorage), partialize: ({ elderMode }) => ({ elderMode }) }
    )
  )

export const useSettingsStore = createSettingsStore()

export const useThemeMode = (): ThemeMode => useSettingsStore((s) => (s.elderMode ? 'elder' : 'standard'))
