import Taro from '@tarojs/taro'
import { gcj02FromWgs84, type LatLng } from '../domain/shared/geo'

type LocateResult = { status: 'located'; point: LatLng } | { status: 'denied' } | { status: 'unavailable' }

/** A browser that never answers the permission prompt must not leave the parent waiting. */
const LOCATE_TIMEOUT_MS = 10_000

const isDenial = (error: unknown): boolean => {
  const message = typeof error === 'object' && error !== null && 'errMsg' in error ? String((error as { errMsg: unknown }).errMsg) : String(error)
  return /auth|deny|denied|permission/i.test(message)
}

/**
 * Where the family is, from the device, in GCJ-02 like every stored location: weapp asks WeChat for GCJ-02;
 * browsers only offer WGS-84, a few hundred metres off in China, so H5 converts it here at the edge.
 */
export async function locateFamily(): Promise<LocateResult> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<LocateResult>((resolve) => {
    timer = setTimeout(() => resolve({ status: 'unavailable' }), LOCATE_TIMEOUT_MS)
  })
  const located = Taro.getLocation({ type: process.env.TARO_ENV === 'weapp' ? 'gcj02' : 'wgs84' })
    .then((res): LocateResult => {
      const reported = { lat: res.latitude, lng: res.longitude }
      const valid = Number.isFinite(reported.lat) && Number.isFinite(reported.lng) && Math.abs(reported.lat) <= 90 && Math.abs(reported.lng) <= 180
      if (!valid) return { status: 'unavailable' }
      return { status: 'located', point: process.env.TARO_ENV === 'weapp' ? reported : gcj02FromWgs84(reported) }
    })
    .catch((error: unknown): LocateResult => (isDenial(error) ? { status: 'denied' } : { status: 'unavailable' }))
  try {
    return await Promise.race([located, timeout])
  } finally {
    clearTimeout(timer)
  }
}

type ChooseResult = { status: 'chosen'; point: LatLng; address: string } | { status: 'cancelled' }

/**
 * A point the parent picks on WeChat's map (chooseLocation, GCJ-02 like every stored location), with the address
 * the map gives for it; the map opens at `near` when given. Only the mini-program has that picker; a cancelled or
 * refused pick is `cancelled`.
 */
export async function choosePoint(near?: LatLng): Promise<ChooseResult> {
  try {
    const picked = await Taro.chooseLocation(near ? { latitude: near.lat, longitude: near.lng } : {})
    const point = { lat: picked.latitude, lng: picked.longitude }
    return Number.isFinite(point.lat) && Number.isFinite(point.lng) ? { status: 'chosen', point, address: picked.address ?? '' } : { status: 'cancelled' }
  } catch {
    return { status: 'cancelled' }
  }
}
