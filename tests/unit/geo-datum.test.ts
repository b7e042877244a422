import { describe, expect, it } from '@jest/globals'
import { gcj02FromWgs84, haversineMetres, type LatLng } from '../../src/domain/shared/geo'
import { sampleRegions } from '../../src/cloud/sample-data/sample-regions'

/**
 * Locations are stored in GCJ-02, the datum of Chinese maps and of the mini-program's location APIs; GPS and
 * browsers give WGS-84. The reference pairs below come from the published GCJ-02 transform (Krasovsky
 * ellipsoid, a = 6378245 m), worked independently of the package the app uses.
 */
const PAIRS: { place: string; wgs84: LatLng; gcj02: LatLng }[] = [
  { place: '诸暨 暨阳街道', wgs84: { lat: 29.7135, lng: 120.2366 }, gcj02: { lat: 29.7110183, lng: 120.241044 } },
  { place: '重庆 解放碑', wgs84: { lat: 29.5577, lng: 106.577 }, gcj02: { lat: 29.5548121, lng: 106.5806879 } },
  { place: '库尔勒', wgs84: { lat: 41.7259, lng: 86.1746 }, gcj02: { lat: 41.7273498, lng: 86.1771718 } }
]

describe('the GCJ-02 datum', () => {
  it.each(PAIRS)('puts $place where Chinese maps do, within a metre of the reference', ({ wgs84, gcj02 }) => {
    expect(haversineMetres(gcj02FromWgs84(wgs84), gcj02)).toBeLessThan(1)
  })

  it('moves a point in 诸暨 by the few hundred metres that made "nearest" wrong', () => {
    const [zhuji] = PAIRS
    const shift = haversineMetres(zhuji!.wgs84, zhuji!.gcj02)
    expect(shift).toBeGreaterThan(300)
    expect(shift).toBeLessThan(600)
  })

  it('keeps distances between nearby points, so search on the stored datum ranks as on the ground', () => {
    const home: LatLng = { lat: 29.7135, lng: 120.2366 }
    const nursery: LatLng = { lat: 29.7261, lng: 120.2518 }
    const onTheGround = haversineMetres(home, nursery)
    expect(Math.abs(haversineMetres(gcj02FromWgs84(home), gcj02FromWgs84(nursery)) - onTheGround)).toBeLessThan(5)
  })

  it('leaves points outside China as they are', () => {
    const paris = { lat: 48.8566, lng: 2.3522 }
    expect(gcj02FromWgs84(paris)).toEqual(paris)
  })

  it('holds the sample regions in GCJ-02: 诸暨 暨阳街道 sits at its converted centre', () => {
    const zhuji = sampleRegions().find((region) => region.code === 'zhuji')
    const jiyang = zhuji?.districts.find((district) => district.code === 'jiyang')
    expect(haversineMetres(jiyang!.centre, gcj02FromWgs84({ lat: 29.7125, lng: 120.2395 }))).toBeLessThan(1)
  })
})
