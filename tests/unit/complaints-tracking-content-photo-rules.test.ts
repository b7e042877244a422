import { describe, it } from '@jest/globals'
import { expect } from '../support/expect-with-message'
import { checkContent, withPlatformVerdict } from '../../src/domain/complaints/content-check-rules'
import { assertPhotoAllowed, compressedSize, PHOTO_LIMITS, sniffPhotoType } from '../../src/domain/complaints/photo-rules'
import {
  isValidTrackingNumber,
  makeTrackingNumber,
  normalizeTrackingNumber,
  TRACKING_ALPHABET
} from '../../src/domain/complaints/tracking-number-rules'
import { DomainError } from '../../src/domain/shared/error-codes'

const at = new Date('2026-11-23T04:00:00Z')
const bytes = (...values: number[]) => Uint8Array.from(values)

describe('tracking numbers', () => {
  it('reads region, year-month in China, eight random symbols and a check symbol', () => {
    const no = makeTrackingNumber('ZJ', at, bytes(0, 0, 0, 0, 0))
    expect(no).toMatch(/^ZJ2611-0000-0000[0-9A-Z]$/)
    expect(isValidTrackingNumber(no)).toBe(true)
    // 2026-11-30 17:00 UTC is already December in China.
    expect(makeTrackingNumber('ZJ', new Date('2026-11-30T17:00:00Z'), bytes(1, 2, 3, 4, 5))).toMatch(/^ZJ2612-/)
  })

  it('spreads the 40 random bits over the symbols', () => {
    expect(makeTrackingNumber('HB', at, bytes(255, 255, 255, 255, 255)).slice(0, 16)).toBe('HB2611-ZZZZ-ZZZZ')
    expect(makeTrackingNumber('HB', at, bytes(0, 0, 0, 0, 1)).slice(0, 16)).toBe('HB2611-0000-0001')
    expect(makeTrackingNumber('HB', at, bytes(0x80, 0, 0, 0, 0)).slice(0, 16)).toBe('HB2611-G000-0000')
  })

  it('is different for different randomness, and never uses I, L, O or U', () => {
    const seen = new Set<string>()
    for (let i = 0; i < 200; i += 1) {
      const no = makeTrackingNumber('BZ', at, bytes(i, i * 7, i * 13, i * 31, i * 101))
      expect(no).not.toMatch(/[ILOU]/)
      seen.add(no)
    }
    expect(seen.size).toBe(200)
  })

  it('catches every single mistyped symbol and every swap of neighbours', () => {
    const no = makeTrackingNumber('YZ', at, bytes(0x3a, 0x91, 0xc4, 0x07, 0xee))
    const compact = no.replace(/-/g, '')
    for (let i = 2; i < compact.length; i += 1) {
      for (const symbol of TRACKING_ALPHABET) {
        if (symbol === compact[i] || (i >= 2 && i < 6 && !/\d/.test(symbol))) continue
        const typo = normalizeTrackingNumber(compact.slice(0, i) + symbol + compact.slice(i + 1))
        expect(isValidTrackingNumber(typo), typo).toBe(false)
      }
      if (i + 1 < compact.length && compact[i] !== compact[i + 1]) {
        const swapped = compact.slice(0, i) + compact[i + 1] + compact[i] + compact.slice(i + 2)
        expect(isValidTrackingNumber(normalizeTrackingNumber(swapped)), swapped).toBe(false)
      }
    }
  })

  it('accepts what a parent types: lower case, spaces, no dashes, O for 0 and I or L for 1', () => {
    const no = makeTrackingNumber('ZJ', at, bytes(0, 0, 0, 0, 33))
    expect(no.slice(0, 16)).toBe('ZJ2611-0000-0011')
    const typed = no.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l')
    expect(normalizeTrackingNumber(typed)).toBe(no)
  })

  it('refuses things that are not tracking numbers', () => {
    for (const bad of ['', 'ZJ', 'ZJ2611-0000-0000', 'Z2611-0000-00000', 'ZJ26A1-0000-00000', 'ZJ2611-0000-0000U']) {
      expect(isValidTrackingNumber(normalizeTrackingNumber(bad)), bad).toBe(false)
    }
    expect(() => makeTrackingNumber('ZI', at, bytes(0, 0, 0, 0, 0))).toThrow(RangeError)
    expect(() => makeTrackingNumber('ZJ', at, bytes(0, 0, 0))).toThrow(RangeError)
  })
})

describe('local content check', () => {
  it('passes an ordinary complaint', () => {
    expect(checkContent('老师中午没有给孩子换尿布，接孩子时发现红屁股很严重，已经连续三天了。')).toEqual({ verdict: 'ok', flags: [] })
  })

  it('sends risky text to review rather than discarding it, saying why', () => {
    expect(checkContent('如果再这样我就弄死你们')).toEqual({ verdict: 'review', flags: ['threat'] })
    expect(checkContent('这些老师都是王八蛋')).toEqual({ verdict: 'review', flags: ['insult'] })
    expect(checkContent('想要优惠加微信 abc123，或看 https://example.com')).toEqual({ verdict: 'review', flags: ['advertising'] })
    expect(checkContent('园长身份证 33068119900101123X 大家看看')).toEqual({ verdict: 'review', flags: ['id_number'] })
  })

  it('adds WeChat’s doubt to the local verdict, never removes a local one', () => {
    const clean = checkContent('老师中午没有给孩子换尿布，接孩子时发现红屁股很严重。')
    expect(withPlatformVerdict(clean, 'pass')).toEqual({ verdict: 'ok', flags: [] })
    expect(withPlatformVerdict(clean, 'review')).toEqual({ verdict: 'review', flags: ['platform'] })
    expect(withPlatformVerdict(checkContent('王八蛋'), 'pass')).toEqual({ verdict: 'review', flags: ['insult'] })
  })

  it('checks every text it is given together', () => {
    expect(checkContent('描述正常', '王八蛋').flags).toEqual(['insult'])
    // An 11-digit phone number is not an ID number.
    expect(checkContent('请打我电话 13800138000 联系').verdict).toBe('ok')
  })
})

describe('photo rules', () => {
  const jpeg = bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10)
  const png = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0)
  const webp = bytes(0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x45, 0x42, 0x50, 0x56)

  it('tells the type from the bytes', () => {
    expect(sniffPhotoType(jpeg)).toBe('jpeg')
    expect(sniffPhotoType(png)).toBe('png')
    expect(sniffPhotoType(webp)).toBe('webp')
    expect(sniffPhotoType(new TextEncoder().encode('GIF89a...'))).toBeNull()
    expect(sniffPhotoType(new TextEncoder().encode('%PDF-1.7'))).toBeNull()
    expect(sniffPhotoType(bytes(0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x41, 0x56, 0x49, 0x20))).toBeNull()
    expect(sniffPhotoType(bytes())).toBeNull()
  })

  it('refuses other types and photos over 5 MB with their own codes', () => {
    const codeOf = (fn: () => unknown) => {
      try {
        fn()
        return null
      } catch (error) {
        return error instanceof DomainError ? error.code : 'not a DomainError'
      }
    }
    expect(assertPhotoAllowed(jpeg)).toBe('jpeg')
    expect(codeOf(() => assertPhotoAllowed(new TextEncoder().encode('<svg/>')))).toBe('PHOTO_TYPE_NOT_ALLOWED')
    const big = new Uint8Array(PHOTO_LIMITS.maxBytes + 1)
    big.set(jpeg)
    expect(codeOf(() => assertPhotoAllowed(big))).toBe('PHOTO_TOO_LARGE')
    expect(codeOf(() => assertPhotoAllowed(big.subarray(0, PHOTO_LIMITS.maxBytes)))).toBeNull()
  })

  it('draws a picture for sending with its long side at most 2,048 px, proportions kept, never enlarged', () => {
    expect(compressedSize(4032, 3024)).toEqual({ width: 2048, height: 1536 })
    expect(compressedSize(3024, 4032)).toEqual({ width: 1536, height: 2048 })
    expect(compressedSize(8000, 10)).toEqual({ width: 2048, height: 3 })
    expect(compressedSize(640, 480)).toEqual({ width: 640, height: 480 })
    expect(compressedSize(PHOTO_LIMITS.maxSidePx, 1)).toEqual({ width: PHOTO_LIMITS.maxSidePx, height: 1 })
  })
})
