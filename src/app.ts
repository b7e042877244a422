import Taro, { useLaunch, usePageNotFound } from '@tarojs/taro'
import type { PropsWithChildren } from 'react'
import { startAnnouncer } from './services/announcer'
import { initCloud } from './services/api-client'
import { startFavouritesSync } from './services/favourites-sync'
import { resumeWechatWebSignIn } from './services/wechat-return'
// Before the first page renders, so it speaks the person's language from the start.
import './services/locale-ready'
import './app.scss'

// Favourites follow the account from the moment a parent signs in.
startFavouritesSync()

const NOT_FOUND_PAGE = '/pages/not-found/index'

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    initCloud()
    if (process.env.TARO_ENV === 'h5') startAnnouncer()
    // Back from WeChat's web authorisation (H5 in WeChat's browser): sign in with the code it brought.
    resumeWechatWebSignIn()
  })
  // Without this an unknown H5 address (#/pages/nope) renders nothing at all: a blank screen with no way out.
  usePageNotFound(() => void Taro.redirectTo({ url: NOT_FOUND_PAGE }))
  return children
}

export default App
