import type { MessageTree } from './catalogue'
import type { Locale } from './locales'
import { addCatalogue, hasCatalogue } from './translate'

/**
 * The non-Chinese catalogues, each its own chunk: a reader who picks English or Uyghur waits for that one file
 * (about 30–37 KB gzip on H5) before the first page; a Chinese reader never downloads either. The chunk names
 * put them in the mini-program's `i18n` subpackage (app.config.ts).
 */
const LOADERS: Readonly<Record<Exclude<Locale, 'zh-CN'>, () => Promise<MessageTree>>> = {
  en: () => import(/* webpackChunkName: "i18n/en" */ './en').then((m) => m.en),
  ug: () => import(/* webpackChunkName: "i18n/ug" */ './ug').then((m) => m.ug)
}

interface WebpackRuntime {
  /** webpack's script loader for async chunks: url, then a callback taking a load or error event. */
  l: (url: string, done: (event: { type: string; target?: { src: string } }) => void) => void
}
interface WechatRequire {
  async(path: string): Promise<unknown>
}
declare const __webpack_require__: WebpackRuntime
declare const __non_webpack_require__: WechatRequire

/**
 * WeChat has no <script> element, which webpack's chunk loader would append. There, a chunk is a file in a
 * subpackage that WeChat's own require.async downloads and runs (分包异步化, base library 2.11.2+; Taro 4 has no
 * built-in support). Running it pushes the chunk into webpack's queue like a loaded script would. The path is
 * relative to this module's file, which sits at the package root.
 */
function loadChunksThroughWechat(): void {
  __webpack_require__.l = (url, done) => {
    __non_webpack_require__.async(url.replace(/^\//, './')).then(
      () => done({ type: 'load' }),
      () => done({ type: 'error', target: { src: url } })
    )
  }
}

if (process.env.TARO_ENV === 'weapp') loadChunksThroughWechat()

/**
 * Makes `locale`'s catalogue available to t(): false at once when it already is (always for zh-CN), true once
 * fetched.
 */
export async function loadCatalogue(locale: Locale): Promise<boolean> {
  if (locale === 'zh-CN' || hasCatalogue(locale)) return false
  addCatalogue(locale, await LOADERS[locale]())
  return true
}
