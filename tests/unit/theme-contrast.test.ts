import { describe, expect, it } from '@jest/globals'
import { COLOURS, themeVariables, type ThemeMode } from '../../src/theme/tokens'

/**
 * Text a grandparent with poor sight can read: every foreground/background pair the stylesheets use for text
 * reaches WCAG AA, 4.5:1, in both the standard and the 长辈模式 theme.
 */

type Colour = keyof typeof COLOURS

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255)
  const [r = 0, g = 0, b = 0] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

function contrast(foreground: string, background: string): number {
  const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a)
  return (light! + 0.05) / (dark! + 0.05)
}

// Text colour on the backgrounds it is drawn on (grep var(--color-…) in src/**/*.scss for the pairings).
const TEXT_PAIRS: [Colour, Colour][] = [
  ['text', 'background'],
  ['text', 'surface'],
  ['textSecondary', 'background'],
  ['textSecondary', 'surface'],
  ['textSecondary', 'primarySoft'],
  ['primary', 'surface'],
  ['primary', 'background'],
  ['primaryStrong', 'surface'],
  ['primaryStrong', 'background'],
  ['primaryStrong', 'primarySoft'],
  ['onPrimary', 'primary'],
  ['onPrimary', 'primaryStrong'],
  ['textOnDark', 'primary'],
  ['textOnDark', 'danger'],
  ['accent', 'accentSoft'],
  ['accent', 'surface'],
  ['danger', 'dangerSoft'],
  ['danger', 'surface'],
  ['warning', 'warningSoft'],
  ['warning', 'surface'],
  ['info', 'infoSoft'],
  ['info', 'surface']
]

const colourOf = (mode: ThemeMode, name: Colour): string => {
  const vars = themeVariables(mode, (px) => `${px}px`)
  const value = vars[`--color-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`]
  if (!value) throw new Error(`no token for ${name}`)
  return value
}

describe.each<ThemeMode>(['standard', 'elder'])('the %s theme', (mode) => {
  it.each(TEXT_PAIRS)('draws %s text on %s at 4.5:1 or more', (foreground, background) => {
    const ratio = contrast(colourOf(mode, foreground), colourOf(mode, background))
    expect(Math.round(ratio * 100) / 100).toBeGreaterThanOrEqual(4.5)
  })
})

it('measures contrast the WCAG way', () => {
  expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5)
  expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2)
})

// H5 sizes by rem from the 750-wide design, the root font 40/750 of the screen's width but never under 20 px
// (src/h5/root-font-size.js): the smallest a design length ever becomes on screen.
const smallestCssPx = (designPx: number) => (designPx / 40) * 20

it.each<ThemeMode>(['standard', 'elder'])('gives the %s theme touch targets of 48 CSS px or more', (mode) => {
  const touch = themeVariables(mode, (px) => String(smallestCssPx(px)))['--touch']
  expect(Number(touch)).toBeGreaterThanOrEqual(48)
})
