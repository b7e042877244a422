import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeAll, describe, expect, it, jest } from '@jest/globals'
import type { LatLng } from '../../src/domain/shared/geo'
import { signInAs } from './support/booking-data'
import { detail, searchPage } from './support/sample-data'
import { taroFake } from './support/taro'

// Jest resolves the weapp file; these tests are about the web's map, so they take the .h5 one.
jest.mock('../../src/components/registry/placement-map', () => jest.requireActual('../../src/components/registry/placement-map.h5'))

// Leaflet draws on a real browser's layout; here the canvas records what the page asks of it.
const canvas = {
  onTap: null as ((point: LatLng) => void) | null,
  pins: [] as ({ point: LatLng; label: string } | null)[],
  movedTo: [] as LatLng[]
}
jest.mock('../../src/components/finder/leaflet-canvas.h5', () => ({
  drawPlacement: (_element: HTMLElement, options: { onTap(point: LatLng): void }) => {
    canvas.onTap = options.onTap
    return { moveTo: (p: LatLng) => canvas.movedTo.push(p), setPin: (pin: { point: LatLng; label: string } | null) => canvas.pins.push(pin), remove: () => undefined }
  }
}))

// Loaded after the mocks above (this project's transform does not hoist jest.mock over imports).
let PlaceInstitutionPage: typeof import('../../src/pages/regulator/place/index').default
beforeAll(async () => {
  ;({ default: PlaceInstitutionPage } = await import('../../src/pages/regulator/place/index'))
})

const TILES = { urlTemplate: 'https://tiles.example/{z}/{x}/{y}.png', attribution: '© 示例地图', subdomains: '', maxZoom: 18 }

function openPlacement(tiles: typeof TILES | null) {
  signInAs('regulator')
  taroFake.setRouterParams({ id: 'zj-0101' })
  taroFake.respond('finder', 'mapSettings', () => ({ data: { tiles } }))
  taroFake.respond('finder', 'get', () => ({ data: detail({ id: 'zj-0101', address: '暨阳街道新街1号', located: false }) }))
  taroFake.respond('finder', 'search', () => ({ data: searchPage([]) }))
  taroFake.respond('finder', 'places', () => ({ data: { places: [{ kind: 'street', name: '艮塔东路', context: '暨阳街道', point: { lat: 29.72, lng: 120.25 } }] } }))
  taroFake.respond('registry', 'placeInstitution', () => ({ data: { institutionId: 'zj-0101' } }))
  render(<PlaceInstitutionPage />)
  return userEvent.setup()
}

describe('placement page on the web', () => {
  it('without configured tiles says there is no map and keeps typed coordinates', async () => {
    openPlacement(null)
    expect(await screen.findByTestId('place-map-missing')).toHaveTextContent('未配置地图底图')
    expect(screen.getByTestId('place-typed')).toBeTruthy()
    expect(screen.queryByTestId('place-find-street')).toBeNull()
  })

  it('pins the institution where the map is tapped, with its address beside the pin, and saves that point', async () => {
    const user = openPlacement(TILES)
    await screen.findByTestId('place-map')
    await user.click(screen.getByTestId('place-find-street'))
    await user.type(await screen.findByTestId('place-query'), '艮塔')
    await user.click(await screen.findByTestId('place-option'))
    expect(canvas.movedTo.at(-1)).toEqual({ lat: 29.72, lng: 120.25 })
    expect(screen.queryByTestId('place-use-location')).toBeNull()

    await act(async () => canvas.onTap?.({ lat: 29.7203, lng: 120.2511 }))
    expect(canvas.pins.at(-1)).toEqual({ point: { lat: 29.7203, lng: 120.2511 }, label: '暨阳街道新街1号' })
    expect(within(await screen.findByTestId('place-confirm')).getByTestId('place-confirm-address')).toHaveTextContent('暨阳街道新街1号')
    await user.click(screen.getByTestId('place-save'))
    expect(taroFake.lastInput('registry', 'placeInstitution')).toEqual({ institutionId: 'zj-0101', location: { lat: 29.7203, lng: 120.2511, datum: 'gcj02' } })
  })
})
