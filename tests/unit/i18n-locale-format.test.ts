import { afterEach, describe, expect, it } from '@jest/globals'
import '../../src/i18n/all-catalogues'
import { formatAge, formatDate, formatDateTime, formatDistance, formatMoney, formatNumber } from '../../src/i18n/locale-format'
import { isRightToLeft, localeFromLanguage } from '../../src/i18n/locales'
import { inLocale, setLocale, t } from '../../src/i18n/translate'
import { setProcessTimeZone } from '../support/time-zone'

/** What a family reads in each language: the platform's language picks one, and each formats its own way. */

describe('the language at first open', () => {
  it.each([
    ['zh_CN', 'zh-CN'],
    ['zh-TW', 'zh-CN'],
    ['en', 'en'],
    ['en-GB', 'en'],
    ['ug', 'ug'],
    ['ug-CN', 'ug'],
    ['ug_Arab_CN', 'ug'],
    ['fr-FR', 'zh-CN'],
    ['', 'zh-CN'],
    [undefined, 'zh-CN']
  ])('follows WeChat or the browser reporting %p as %s', (language, locale) => {
    expect(localeFromLanguage(language)).toBe(locale)
  })

  it('lays out Uyghur alone right to left', () => {
    expect([isRightToLeft('zh-CN'), isRightToLeft('en'), isRightToLeft('ug')]).toEqual([false, false, true])
  })
})

describe('one formatter per locale', () => {
  afterEach(() => setLocale('zh-CN'))

  it('says a child’s age in months', () => {
    expect([formatAge(14, 'zh-CN'), formatAge(14, 'en'), formatAge(14, 'ug')]).toEqual(['14个月', '14 months', '14 ئاي'])
  })

  it('writes money in yuan with grouped thousands, fen only when there are some', () => {
    expect([formatMoney(123450, 'zh-CN'), formatMoney(123450, 'en'), formatMoney(180005, 'ug')]).toEqual(['¥1,234.50', '¥1,234.50', '1,800.05 يۈەن'])
    expect(formatNumber(1234567)).toBe('1,234,567')
    expect(formatNumber(-1000.5)).toBe('-1,000.5')
  })

  it('writes dates and distances', () => {
    expect([formatDate('2026-03-09', 'zh-CN'), formatDate('2026-03-09', 'en'), formatDate('2026-03-09', 'ug')]).toEqual([
      '2026年3月9日',
      '9/3/2026',
      '2026-يىلى 3-ئاينىڭ 9-كۈنى'
    ])
    expect([formatDistance(850, 'en'), formatDistance(2345, 'ug')]).toEqual(['850 m', '2.3 كىلومېتىر'])
  })

  it('shows China time whatever zone the phone or server sits in', () => {
    setProcessTimeZone('Asia/Urumqi')
    try {
      // 2026-03-09T23:30Z is 07:30 on the 10th in China.
      expect(formatDateTime('2026-03-09T23:30:00Z', 'zh-CN')).toBe('3月10日 07:30')
      expect(formatDateTime('2026-03-09T23:30:00Z', 'en')).toBe('10/3 07:30')
      expect(formatDateTime('2026-03-09T23:30:00Z', 'ug')).toBe('3-ئاينىڭ 10-كۈنى 07:30')
    } finally {
      setProcessTimeZone(undefined)
    }
  })

  it('follows the device’s language by default and a reader’s inside inLocale', () => {
    setLocale('en')
    expect(formatAge(3)).toBe('3 months')
    expect(inLocale('ug', () => t('common.yes'))).toBe('ھەئە')
    expect(t('common.yes')).toBe('Yes')
  })
})
