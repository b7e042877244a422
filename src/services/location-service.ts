import Taro from '@tarojs/taro'
import type { LatLng } from '../domain/shared/geo'

type LocateResult = { status: 'located'; point: LatLng } | { status: 'denied' } | { status: 'unavailable' }

/** A browser that never answers the permission prompt must not leave the parent waiting. */
const LOCATE_TIMEOUT_MS = 10_000

const isDenial = (error: unknown): boolean => {
  const message = typeof error === 'object' && error !== null && 'errMsg' in error ? String((error as { errMsg: unknown }).errMsg) : String(error)
  return /auth|deny|denied|permission/i.test(message)
}

/**
 * Where the family is, from the device. WeChat's map component works in GCJ-02, so weapp asks for that;
 * browsers only offer WGS-84, a few hundred metres off in China: close enough for "what is near me".
 */
export async function locateFamily(): Promise<LocateResult> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<LocateResult>((resolve) => {
    timer = setTimeout(() => resolve({ status: 'unavailable' }), LOCATE_TIMEOUT_MS)
  })
  const located = Taro.getLocation({ type: process.env.TARO_ENV === 'weapp' ? 'gcj02' : 'wgs84' })
    .then((res): LocateResult => {
      const point = { lat: res.latitude, lng: res.longitude }
      const valid = Number.isFinite(point.lat) && Number.isFinite(point.lng) && Math.abs(point.lat) <= 90 && Math.abs(point.lng) <= 180
      return valid ? { status: 'located', point } : { status: 'unavailable' }
    })
    .catch((error: unknown): LocateResult => (isDenial(error) ? { status: 'denied' } : { status: 'unavailable' }))
  try {
    return await Promise.race([located, timeout])
  } finally {
    clearTimeout(timer)
  }
}
