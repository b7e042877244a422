import Taro from '@tarojs/taro'

/** The language WeChat runs in, as WeChat names it (zh_CN, en, ug…), or undefined where it cannot say. */
export function systemLanguage(): string | undefined {
  try {
    // getAppBaseInfo is the current API (base library 2.20.1+); getSystemInfoSync still answers on older ones.
    const info = typeof Taro.getAppBaseInfo === 'function' ? Taro.getAppBaseInfo() : Taro.getSystemInfoSync()
    return info.language
  } catch {
    return undefined
  }
}
