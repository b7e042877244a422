/**
 * Design tokens. Sizes are in design pixels on a 750-wide canvas (Taro's designWidth) and become rpx on
 * weapp or rem on H5 through Taro.pxTransform, so both targets scale the same way. 长辈模式 swaps the size
 * scale for a larger one; colours stay the same so a grandparent sees the same app, only easier to read and tap.
 */
export const COLOURS = {
  primary: '#17795e',
  primaryStrong: '#0f5c47',
  primarySoft: '#e4f3ee',
  onPrimary: '#ffffff',
  // Dark enough for 4.5:1 on accentSoft: grade badges and fees are small text a parent must read.
  accent: '#a34f00',
  accentSoft: '#fff1e3',
  danger: '#b3261e',
  dangerSoft: '#fdeceb',
  warning: '#8a5a00',
  warningSoft: '#fff6dc',
  info: '#1f5fa8',
  infoSoft: '#e8f0fb',
  text: '#1d2127',
  textSecondary: '#545c66',
  textOnDark: '#ffffff',
  border: '#dfe3e8',
  background: '#f4f5f7',
  surface: '#ffffff',
  skeleton: '#e9ecef',
  overlay: 'rgba(0, 0, 0, 0.45)'
} as const

/**
 * Type faces, system fonts only (no download): Uyghur needs an Arabic-script face with its extra letters
 * (ې ۆ ۈ ۋ ڭ). Android ships Noto Naskh Arabic; iOS and macOS Geeza Pro; Windows Microsoft Uighur (and Segoe
 * UI covers Arabic); UKIJ Tuz is what many Uyghur readers install. Chinese faces come after, for names of
 * institutions that stay in Chinese.
 */
const FONTS = {
  base: '-apple-system, BlinkMacSystemFont, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Helvetica Neue", Arial, sans-serif',
  uyghur: '"UKIJ Tuz", "Noto Naskh Arabic", "Noto Sans Arabic", "Geeza Pro", "Microsoft Uighur", "Segoe UI", "PingFang SC", "Microsoft YaHei", sans-serif'
} as const

interface SizeScale {
  space: { xs: number; sm: number; md: number; lg: number; xl: number }
  radius: { sm: number; md: number; lg: number; pill: number }
  font: { xs: number; sm: number; md: number; lg: number; xl: number; xxl: number }
  /**
   * Smallest height of anything a finger taps: 96 on the 750 canvas is 48 px on a 375-wide phone, and H5's root
   * font size never goes below the 375-wide one (src/h5/root-font-size.js), so never less than 48 px there.
   */
  touch: number
  /** Unitless line height, kept as a ratio so it follows the font size. */
  lineHeight: number
}

const STANDARD_SCALE: SizeScale = {
  space: { xs: 8, sm: 16, md: 24, lg: 32, xl: 48 },
  radius: { sm: 8, md: 16, lg: 24, pill: 999 },
  font: { xs: 22, sm: 26, md: 30, lg: 34, xl: 40, xxl: 48 },
  touch: 96,
  lineHeight: 1.5
}

/** Roughly 1.3× text and bigger targets, the size older eyes and fingers ask for. */
const ELDER_SCALE: SizeScale = {
  space: { xs: 12, sm: 20, md: 32, lg: 40, xl: 56 },
  radius: { sm: 10, md: 20, lg: 28, pill: 999 },
  font: { xs: 30, sm: 34, md: 40, lg: 44, xl: 52, xxl: 60 },
  touch: 104,
  lineHeight: 1.6
}

export type ThemeMode = 'standard' | 'elder'

const kebab = (name: string): string => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)

/** Every token as a CSS custom property, e.g. `--color-primary`, `--space-md`, `--font-lg`, `--touch`. */
export function themeVariables(mode: ThemeMode, toLength: (designPx: number) => string): Record<string, string> {
  const scale = mode === 'elder' ? ELDER_SCALE : STANDARD_SCALE
  const vars: Record<string, string> = {}
  for (const [name, value] of Object.entries(COLOURS)) vars[`--color-${kebab(name)}`] = value
  for (const [group, values] of Object.entries({ space: scale.space, radius: scale.radius, font: scale.font })) {
    for (const [name, value] of Object.entries(values)) vars[`--${group}-${name}`] = toLength(value)
  }
  vars['--touch'] = toLength(scale.touch)
  vars['--font-family'] = FONTS.base
  vars['--font-family-uyghur'] = FONTS.uyghur
  vars['--line-height'] = String(scale.lineHeight)
  return vars
}
