import { render, screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from '@jest/globals'
import FavouritesPage from '../../src/pages/favourites/index'
import { startFavouritesSync } from '../../src/services/favourites-sync'
import { useFavouritesStore } from '../../src/stores/favourites-store'
import { useSessionStore } from '../../src/stores/session-store'
import { taroFake } from './support/taro'

const onDevice = { id: 'zj-0001', name: '暨阳街道小星星托育园（示例）', districtName: '暨阳街道', address: '艮塔东路12号', isAffordable: true, isDemonstration: false, isSample: true }
const inAccount = { ...onDevice, id: 'zj-0002', name: '浣东街道小太阳托育中心（示例）', revoked: true, savedAt: '2026-11-20T02:00:00.000Z' }
const parent = { id: 'u-parent', role: 'parent' as const, displayName: '家长', regionCode: null, institutionId: null }
const session = (user: typeof parent | { id: string; role: 'institution_staff'; displayName: string; regionCode: string; institutionId: string }) => ({ token: 't', expiresAt: new Date(Date.now() + 3_600_000).toISOString(), user })

startFavouritesSync()

describe('favourites kept with the account', () => {
  it('merges the device’s favourites into the account when a parent signs in, then lists the account’s', async () => {
    useFavouritesStore.getState().add(onDevice)
    taroFake.respond('following', 'mergeFavourites', () => ({ data: { items: [inAccount, { ...onDevice, revoked: false, savedAt: '2026-11-23T02:00:00.000Z' }] } }))
    taroFake.respond('following', 'listFavourites', () => ({ data: { items: [inAccount] } }))
    taroFake.respond('following', 'alertSettings', () => ({ data: { kinds: ['vacancy'], vacancyAgeBands: ['toddler'], vacancyServiceTypes: [] } }))
    useSessionStore.getState().signIn(session(parent))
    await waitFor(() => expect(useFavouritesStore.getState().items.map((f) => f.id)).toEqual(['zj-0002', 'zj-0001']))
    expect(taroFake.lastInput('following', 'mergeFavourites')).toEqual({ institutionIds: ['zj-0001'] })

    render(<FavouritesPage />)
    expect(await screen.findByTestId('alert-kind-vacancy')).toHaveAttribute('data-selected', 'true')
    expect(screen.getByTestId('alert-age-toddler')).toHaveAttribute('data-selected', 'true')
    expect(screen.getAllByTestId('favourite-item')[0]).toHaveTextContent('已注销')
  })

  it('stays on the device for staff and the signed out, as before', async () => {
    useFavouritesStore.getState().add(onDevice)
    useSessionStore.getState().signIn(session({ id: 'u-staff', role: 'institution_staff', displayName: '老师', regionCode: 'zhuji', institutionId: 'zj-0003' }))
    render(<FavouritesPage />)
    expect(screen.getByTestId('favourites-sign-in-hint')).toHaveTextContent('登录后')
    expect(taroFake.requestsTo('following', 'mergeFavourites')).toHaveLength(0)
    expect(useFavouritesStore.getState().items.map((f) => f.id)).toEqual(['zj-0001'])
  })
})
