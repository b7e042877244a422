import { View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useEffect, type CSSProperties, type PropsWithChildren } from 'react'
import { isRightToLeft } from '../../i18n/locales'
import { nameThisPage } from '../../services/app-locale'
import { useLocale, useThemeMode } from '../../stores/settings-store'
import { themeStyle } from '../../theme/theme-style'
import './page-shell.scss'

/**
 * Every page's root: carries the theme tokens, so 长辈模式 resizes the whole page at once, and the language's
 * direction, so Uyghur lays the page out right to left (on weapp too, where there is no document to set it on).
 */
export function PageShell({ children, className = '' }: PropsWithChildren<{ className?: string }>) {
  const mode = useThemeMode()
  const locale = useLocale()
  const rtl = isRightToLeft(locale)
  useDidShow(() => nameThisPage())
  useEffect(() => {
    // H5 draws the tab bar outside every page: the theme goes on the body too, so its labels grow with
    // 长辈模式 (app.scss). WeChat's own tab bar has a fixed label size that no API changes.
    if (process.env.TARO_ENV !== 'h5' || typeof document === 'undefined') return
    for (const [name, value] of Object.entries(themeStyle(mode))) document.body.style.setProperty(name, value)
    document.body.classList.toggle('elder-mode', mode === 'elder')
  }, [mode])
  return (
    <View
      className={`page-shell page-shell--${mode} ${rtl ? 'page-shell--rtl' : ''} ${className}`}
      style={themeStyle(mode) as CSSProperties}
      data-testid='page-shell'
      data-theme={mode}
    >
      {children}
    </View>
  )
}
