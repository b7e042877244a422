import Taro from '@tarojs/taro'

/**
 * Anonymous complaints keep no link to the account, so the only copy of their tracking number and secret is
 * the parent's: this device keeps them (never sent anywhere) so "my complaints" can list them here.
 */
const KEY = 'tuoyu.complaints.anonymous'

export interface SavedComplaint {
  trackingNo: string
  secret: string
  subjectName: string
  savedAt: string
}

function isSaved(value: unknown): value is SavedComplaint {
  if (typeof value !== 'object' || value === null) return false
  const v = value as Record<string, unknown>
  return typeof v.trackingNo === 'string' && typeof v.secret === 'string' && typeof v.subjectName === 'string' && typeof v.savedAt === 'string'
}

export function savedComplaints(): SavedComplaint[] {
  const stored: unknown = Taro.getStorageSync(KEY)
  return Array.isArray(stored) ? stored.filter(isSaved) : []
}

export function saveComplaint(entry: SavedComplaint): void {
  const others = savedComplaints().filter((c) => c.trackingNo !== entry.trackingNo)
  Taro.setStorageSync(KEY, [entry, ...others])
}

export function secretFor(trackingNo: string): string | undefined {
  return savedComplaints().find((c) => c.trackingNo === trackingNo)?.secret
}
