import { useLaunch } from '@tarojs/taro'
import type { PropsWithChildren } from 'react'
import { startAnnouncer } from './services/announcer'
import { initCloud } from './services/api-client'
import { startLocale } from './services/app-locale'
import { finishWechatWebSignIn } from './services/wechat-web-sign-in'
import './app.scss'

// Before the first page renders, so it speaks the person's language from the start.
startLocale()

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    initCloud()
    if (process.env.TARO_ENV === 'h5') startAnnouncer()
    // Back from WeChat's web authorisation (H5 in WeChat's browser): sign in with the code it brought.
    void finishWechatWebSignIn()
  })
  return children
}

export default App
