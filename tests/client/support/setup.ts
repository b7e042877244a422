import '@testing-library/jest-dom/jest-globals'
import { cleanup, configure } from '@testing-library/react'
import { afterEach } from '@jest/globals'
// Tests that switch the language directly stand in for the app, which loads the chosen catalogue first.
import '../../../src/i18n/all-catalogues'
import { useCompareStore } from '../../../src/stores/compare-store'
import { useFavouritesStore } from '../../../src/stores/favourites-store'
import { useFinderStore } from '../../../src/stores/finder-store'
import { useInstitutionStore } from '../../../src/stores/institution-store'
import { useRegionStore } from '../../../src/stores/region-store'
import { useSessionStore } from '../../../src/stores/session-store'
import { useSettingsStore } from '../../../src/stores/settings-store'
import { useTabBarStore } from '../../../src/stores/tab-bar-store'
import { taroFake } from './taro'

// findBy… and waitFor wait on what the user would see; on a busy machine a render can take seconds to arrive.
configure({ asyncUtilTimeout: 15_000 })

// The H5 build is what these tests stand in for; weapp-only branches (the map) stay off.
process.env.TARO_ENV = 'h5'

const stores = [useFinderStore, useRegionStore, useInstitutionStore, useFavouritesStore, useCompareStore, useSettingsStore, useSessionStore, useTabBarStore]

afterEach(() => {
  cleanup()
  // Each test starts as a fresh install: app state first, then the storage that state was saved to.
  for (const store of stores) (store as { setState(s: unknown, replace: true): void; getInitialState(): unknown }).setState(store.getInitialState(), true)
  taroFake.reset()
})
