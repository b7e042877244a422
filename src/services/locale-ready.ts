import Taro from '@tarojs/taro'
import { startLocale } from './app-locale'

/**
 * The mini-program cannot hold its first page back (locale-ready.h5.ts is the browser's version): a page that
 * showed while an English or Uyghur catalogue came from its subpackage (downloaded once, then from WeChat's
 * cache) read Chinese, so it reopens, with its query, in the reader's language.
 */
void startLocale().then((fetched) => {
  const pages = fetched ? Taro.getCurrentPages() : []
  const page = pages[pages.length - 1]
  if (!page) return
  const query = Object.entries(page.options ?? {})
    .map(([name, value]) => `${name}=${String(value)}`)
    .join('&')
  void Taro.reLaunch({ url: `/${page.route}${query ? `?${query}` : ''}` })
})
