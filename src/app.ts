import { useLaunch } from '@tarojs/taro'
import type { PropsWithChildren } from 'react'
import { startAnnouncer } from './services/announcer'
import { initCloud } from './services/api-client'
import { startLocale } from './services/app-locale'
import './app.scss'

// Before the first page renders, so it speaks the person's language from the start.
startLocale()

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    initCloud()
    if (process.env.TARO_ENV === 'h5') startAnnouncer()
  })
  return children
}

export default App
