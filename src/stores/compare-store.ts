import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import { taroStorage } from './taro-storage'

/** Three columns is what fits side by side on a phone and still reads. */
export const COMPARE_LIMIT = 3

type AddToCompareResult = 'added' | 'already' | 'full'

interface CompareState {
  ids: string[]
  has(id: string): boolean
  add(id: string): AddToCompareResult
  remove(id: string): void
  clear(): void
}

export const createCompareStore = () =>
  create<CompareState>()(
    persist(
      (set, get) => ({
        ids: [],
        has: (id) => get().ids.includes(id),
        add: (id) => {
          const { ids } = get()
          if (ids.includes(id)) return 'already'
          if (ids.length >= COMPARE_LIMIT) return 'full'
          set({ ids: [...ids, id] })
          return 'added'
        },
        remove: (id) => set({ ids: get().ids.filter((x) => x !== id) }),
        clear: () => set({ ids: [] })
      }),
      { name: 'tuoyu.compare', storage: createJSONStorage(() => taroStorage), partialize: ({ ids }) => ({ ids }) }
    )
  )

export const useCompareStore = createCompareStore()
