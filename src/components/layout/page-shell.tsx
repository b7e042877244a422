import { View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useEffect, useRef, useState, type CSSProperties, type PropsWithChildren } from 'react'
import { isRightToLeft } from '../../i18n/locales'
import { nameThisPage, thisPageIsTab, thisPageTitle } from '../../services/app-locale'
import { useLocale, useThemeMode } from '../../stores/settings-store'
import { themeStyle } from '../../theme/theme-style'
import { focusableByScript } from '../shared/pressable'
import './page-shell.scss'

/**
 * Every page's root: carries the theme tokens, so 长辈模式 resizes the whole page at once, and the language's
 * direction, so Uyghur lays the page out right to left (on weapp too, where there is no document to set it on).
 */
export function PageShell({ children, className = '' }: PropsWithChildren<{ className?: string }>) {
  const mode = useThemeMode()
  const locale = useLocale()
  const rtl = isRightToLeft(locale)
  // The mini-program's tab bar (src/custom-tab-bar) floats over the page's end, taller in 长辈模式: a tab page
  // leaves room for it so its last lines are never hidden under it.
  const [aboveTabBar] = useState(() => process.env.TARO_ENV === 'weapp' && thisPageIsTab())
  // H5 has no navigation bar: the page's title is a heading only screen readers see, and each time the page
  // shows, focus moves to it, so a screen reader starts reading the new page instead of the one left behind.
  const heading = useRef<HTMLElement>(null)
  const [shown, setShown] = useState<{ title: string; at: number } | null>(null)
  useDidShow(() => {
    nameThisPage()
    if (process.env.TARO_ENV === 'h5') setShown({ title: thisPageTitle(), at: Date.now() })
  })
  useEffect(() => {
    if (shown?.title) heading.current?.focus({ preventScroll: true })
  }, [shown])
  useEffect(() => {
    // H5 draws the tab bar outside every page: the theme goes on the body too, so its labels grow with
    // 长辈模式 (app.scss). WeChat's own tab bar has a fixed label size that no API changes.
    if (process.env.TARO_ENV !== 'h5' || typeof document === 'undefined') return
    for (const [name, value] of Object.entries(themeStyle(mode))) document.body.style.setProperty(name, value)
    document.body.classList.toggle('elder-mode', mode === 'elder')
  }, [mode])
  return (
    <View
      className={`page-shell page-shell--${mode} ${rtl ? 'page-shell--rtl' : ''} ${aboveTabBar ? 'page-shell--above-tab-bar' : ''} ${className}`}
      style={themeStyle(mode) as CSSProperties}
      data-testid='page-shell'
      data-theme={mode}
    >
      {shown?.title ? (
        <View ref={heading} className='page-shell__heading' role='heading' aria-level={1} {...focusableByScript} data-testid='page-heading'>
          {shown.title}
        </View>
      ) : null}
      {children}
    </View>
  )
}
