import { useFavouritesStore } from '../stores/favourites-store'
import { useSessionStore } from '../stores/session-store'
import { call } from './api-client'

/**
 * Favourites live with the account once a parent signs in: the device's list is merged into it (idempotent:
 * merging again adds nothing), and from then on the device list is a copy of the account's. Signed out, the
 * device list is all there is, as before.
 */

const signedInParent = (): boolean => useSessionStore.getState().user?.role === 'parent'

type AccountList = Awaited<ReturnType<typeof call<'following', 'listFavourites'>>>

function keep(list: AccountList): void {
  useFavouritesStore.getState().replace(list.items)
}

/** Merges the device's favourites into the account and keeps the account's list. */
async function mergeDeviceFavourites(): Promise<void> {
  if (!signedInParent()) return
  const institutionIds = useFavouritesStore.getState().items.map((f) => f.id)
  keep(await call('following', 'mergeFavourites', { institutionIds }))
}

/** The account's list, read again (the favourites page on show). */
export async function refreshFavourites(): Promise<void> {
  if (signedInParent()) keep(await call('following', 'listFavourites', {}))
}

/**
 * Adds or removes a favourite: on the device at once (the star answers the tap), then on the account when a parent
 * is signed in, whose answer is the list kept. Answers whether it is a favourite afterwards.
 */
export function toggleFavourite(item: Parameters<ReturnType<typeof useFavouritesStore.getState>['toggle']>[0]): boolean {
  const now = useFavouritesStore.getState().toggle(item)
  if (signedInParent()) {
    const input = { institutionId: item.id }
    void (now ? call('following', 'addFavourite', input) : call('following', 'removeFavourite', input)).then(keep).catch(() => undefined)
  }
  return now
}

export function removeFavourite(id: string): void {
  useFavouritesStore.getState().remove(id)
  if (signedInParent()) void call('following', 'removeFavourite', { institutionId: id }).then(keep).catch(() => undefined)
}

/** Merges at every sign-in as a parent (a new user id), for the life of the app. */
export function startFavouritesSync(): void {
  let lastUserId = useSessionStore.getState().user?.id ?? null
  useSessionStore.subscribe((state) => {
    const userId = state.user?.id ?? null
    if (userId === lastUserId) return
    lastUserId = userId
    void mergeDeviceFavourites().catch(() => undefined)
  })
}
