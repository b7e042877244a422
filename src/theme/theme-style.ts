import Taro from '@tarojs/taro'
import { themeVariables, type ThemeMode } from './tokens'

const cache = new Map<ThemeMode, Record<string, string>>()

/** The tokens of `mode` as an inline style for a page root; computed once per mode. */
export function themeStyle(mode: ThemeMode): Record<string, string> {
  let style = cache.get(mode)
  if (!style) {
    style = themeVariables(mode, (px) => Taro.pxTransform(px))
    cache.set(mode, style)
  }
  return style
}
