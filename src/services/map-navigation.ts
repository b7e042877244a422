import Taro from '@tarojs/taro'
import type { LatLng } from '../domain/shared/geo'
import { t } from '../i18n/translate'

/** A place to find the way to; `point` is GCJ-02, like every stored location. */
interface MapPlace {
  point: LatLng
  name: string
  address: string
}

/**
 * Amap's documented marker URI: it needs no key, takes GCJ-02 as it is (`coordinate=gaode`), and on a phone with
 * the Amap app offers to open it there (`callnative=1`), else shows the pin in the browser.
 */
function amapMarkerUrl(place: MapPlace): string {
  const query = [
    `position=${place.point.lng},${place.point.lat}`,
    `name=${encodeURIComponent(place.name)}`,
    'src=tuoyu-tong',
    'coordinate=gaode',
    'callnative=1'
  ].join('&')
  return `https://uri.amap.com/marker?${query}`
}

const copyAddress = async (place: MapPlace) => {
  await Taro.setClipboardData({ data: place.address })
  void Taro.showToast({ title: t('common.addressCopied'), icon: 'none', duration: 2500 })
}

/**
 * 导航: the mini-program hands the place to WeChat's own map (openLocation, GCJ-02); H5 opens it in Amap by its
 * marker URI. When neither can be opened (a blocked pop-up, a refused call) the address is copied, with a toast
 * saying so, to paste into any map app.
 */
export async function openInMap(place: MapPlace): Promise<void> {
  if (process.env.TARO_ENV === 'h5') {
    const opened = window.open(amapMarkerUrl(place), '_blank')
    if (opened) {
      opened.opener = null
      return
    }
    return copyAddress(place)
  }
  try {
    await Taro.openLocation({ latitude: place.point.lat, longitude: place.point.lng, name: place.name, address: place.address, scale: 16 })
  } catch {
    await copyAddress(place)
  }
}
