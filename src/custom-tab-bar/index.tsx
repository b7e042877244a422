import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { CSSProperties } from 'react'
import { pressable } from '../components/shared/pressable'
import { isRightToLeft } from '../i18n/locales'
import { t } from '../i18n/translate'
import { TABS } from '../services/app-locale'
import { useLocale, useThemeMode } from '../stores/settings-store'
import { useTabBarStore } from '../stores/tab-bar-store'
import { themeStyle } from '../theme/theme-style'
import './index.scss'

/**
 * The mini-program's tab bar (app.config.ts turns it on for weapp only). WeChat's own bar keeps a fixed 10 px
 * label and the Chinese text of app.json; this one speaks the reader's language, grows with 长辈模式 through the
 * theme tokens, lays out right to left in Uyghur, gives every tab a full touch target, and marks the page on
 * screen. H5 keeps Taro's bar, which app.scss enlarges.
 */
export default function CustomTabBar() {
  const mode = useThemeMode()
  const locale = useLocale()
  const route = useTabBarStore((s) => s.route)
  const hidden = useTabBarStore((s) => s.hidden)
  if (hidden) return null
  return (
    <View
      className={`custom-tab-bar ${isRightToLeft(locale) ? 'custom-tab-bar--rtl' : ''}`}
      style={themeStyle(mode) as CSSProperties}
      role='tablist'
      data-testid='custom-tab-bar'
      data-theme={mode}
    >
      {TABS.map((tab) => {
        const selected = tab.route === route
        const open = () => {
          if (!selected) void Taro.switchTab({ url: `/${tab.route}` })
        }
        return (
          <View
            key={tab.route}
            className={`custom-tab-bar__item ${selected ? 'custom-tab-bar__item--selected' : ''}`}
            {...pressable(open)}
            role='tab'
            aria-selected={selected}
            onClick={open}
            data-testid='custom-tab'
            data-selected={selected ? 'true' : 'false'}
          >
            <Image className='custom-tab-bar__icon' src={`/assets/${tab.icon}${selected ? '-active' : ''}.png`} />
            <Text className='custom-tab-bar__label'>{t(tab.text, {}, locale)}</Text>
          </View>
        )
      })}
    </View>
  )
}
