import { View } from '@tarojs/components'
import type { CSSProperties, PropsWithChildren } from 'react'
import { useThemeMode } from '../../stores/settings-store'
import { themeStyle } from '../../theme/theme-style'
import './page-shell.scss'

/** Every page's root: carries the theme tokens, so 长辈模式 resizes the whole page at once. */
export function PageShell({ children, className = '' }: PropsWithChildren<{ className?: string }>) {
  const mode = useThemeMode()
  return (
    <View className={`page-shell page-shell--${mode} ${className}`} style={themeStyle(mode) as CSSProperties} data-testid='page-shell' data-theme={mode}>
      {children}
    </View>
  )
}
