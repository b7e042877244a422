import type { Contract } from '../contract'

/**
 * Actions the app may send again when the first attempt got no answer at all (a reset connection, a timeout):
 * reads, and writes that land the same however often they arrive. A write that carries an idempotency key
 * (booking, rescheduling, taking an offered place) is safe too: the server answers a repeat with the first result.
 * Anything else (filing a complaint, adding a child) is never repeated behind the parent's back.
 */
type Listed = { [F in keyof Contract]?: readonly (keyof Contract[F] & string)[] }

const RETRY_SAFE_ACTIONS = {
  finder: ['search', 'get', 'places', 'mapSettings'],
  // A save carries the whole configuration (or routing table): a repeat finds it stored and changes nothing.
  regions: ['list', 'get', 'config', 'auditLog', 'saveRegion', 'setRouting'],
  account: ['me'],
  bookings: ['listOfferings', 'availability', 'myBookings', 'workspace', 'slotBookings'],
  family: ['listChildren'],
  inbox: ['list', 'unreadCount', 'markRead'],
  guidance: ['articles', 'article', 'markRead', 'setBookmark', 'bookmarks', 'thisMonth', 'classes', 'policyGuide', 'nursingRooms'],
  complaints: ['isFiled', 'upheldCounts', 'duplicates', 'mine', 'get', 'photo', 'queue', 'auditLog'],
  // A vacancy report carries the whole list and an import matches rows by filing number: a repeat lands the same.
  registry: ['auditLog', 'updateVacancies', 'confirmVacancies', 'importFilings', 'myReviews', 'reviewQueue', 'institutionPhoto', 'confirmDisclosures', 'arrangePremisesPhotos'],
  // Adding a favourite already there, or saving the same settings again, lands the same; a saved search does not.
  following: ['listFavourites', 'addFavourite', 'removeFavourite', 'mergeFavourites', 'alertSettings', 'setAlertSettings', 'listSavedSearches']
} as const satisfies Listed

// hasOwnProperty rather than Object.hasOwn: this runs in the app, on phones whose engines predate ES2022.
const ownKey = (table: object, key: string) => Object.prototype.hasOwnProperty.call(table, key)

export function isRetrySafe(fn: string, action: string, input: unknown): boolean {
  const listed: readonly string[] = ownKey(RETRY_SAFE_ACTIONS, fn) ? ((RETRY_SAFE_ACTIONS as Record<string, readonly string[]>)[fn] ?? []) : []
  if (listed.includes(action)) return true
  return typeof input === 'object' && input !== null && typeof (input as { idempotencyKey?: unknown }).idempotencyKey === 'string'
}
