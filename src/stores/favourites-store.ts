import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import { taroStorage } from './taro-storage'

/** Enough to list a favourite without the network; the detail page fetches the rest. */
interface Favourite {
  id: string
  name: string
  districtName: string
  address: string
  isAffordable: boolean
  isDemonstration: boolean
  /** Invented sample record, so the list can say so; absent on favourites kept before this was recorded. */
  isSample?: boolean
  /** The filing was revoked since it was saved (known from the account's list). */
  revoked?: boolean
  savedAt: string
}

interface FavouritesState {
  items: Favourite[]
  isFavourite(id: string): boolean
  add(item: Omit<Favourite, 'savedAt'>, now?: Date): void
  remove(id: string): void
  /** Adds when absent, removes when present; answers whether it is a favourite afterwards. */
  toggle(item: Omit<Favourite, 'savedAt'>): boolean
  /** The account's list, which replaces the device's once a parent is signed in (favourites-sync). */
  replace(items: Favourite[]): void
}

export const createFavouritesStore = () =>
  create<FavouritesState>()(
    persist(
      (set, get) => ({
        items: [],
        isFavourite: (id) => get().items.some((f) => f.id === id),
        add: (item, now = new Date()) => {
          if (get().isFavourite(item.id)) return
          set({ items: [{ ...item, savedAt: now.toISOString() }, ...get().items] })
        },
        remove: (id) => set({ items: get().items.filter((f) => f.id !== id) }),
        toggle: (item) => {
          if (get().isFavourite(item.id)) {
            get().remove(item.id)
            return false
          }
          get().add(item)
          return true
        },
        replace: (items) => set({ items })
      }),
      { name: 'tuoyu.favourites', storage: createJSONStorage(() => taroStorage), partialize: ({ items }) => ({ items }) }
    )
  )

export const useFavouritesStore = createFavouritesStore()
