import { describe, expect, it } from '@jest/globals'
import { addChildInputSchema, nicknameSchema } from '../../src/domain/family/child-schema'
import { ageInMonths, assertBirthMonthAllowed, assertGuardianConsent } from '../../src/domain/family/child-rules'
import { GUARDIAN_CONSENT_VERSION } from '../../src/domain/family/guardian-consent'
import { codeOf } from './support/thrown-code'

describe('child nickname', () => {
  it('takes 1 to 12 characters as a parent counts them', () => {
    expect(nicknameSchema.safeParse('小米').success).toBe(true)
    expect(nicknameSchema.safeParse('一二三四五六七八九十一二').success).toBe(true)
    expect(nicknameSchema.safeParse('一二三四五六七八九十一二三').success).toBe(false)
    expect(nicknameSchema.safeParse('🐯🐯🐯🐯🐯🐯🐯🐯🐯🐯🐯🐯').success).toBe(true)
    expect(nicknameSchema.safeParse('   ').success).toBe(false)
    expect(nicknameSchema.safeParse('a\u0000b').success).toBe(false)
  })

  it('refuses unknown fields in the input (nothing beyond nickname and birth month is kept)', () => {
    const base = { nickname: '小米', birthMonth: '2025-01', consentVersion: GUARDIAN_CONSENT_VERSION, consentGiven: true }
    expect(addChildInputSchema.safeParse(base).success).toBe(true)
    expect(addChildInputSchema.safeParse({ ...base, idCard: '110101202501010000' }).success).toBe(false)
    expect(addChildInputSchema.safeParse({ ...base, birthMonth: '2025-13' }).success).toBe(false)
  })
})

describe('birth month', () => {
  // 2026-11-23 07:00 UTC is 15:00 in Shanghai; 2026-11-30 17:00 UTC is already 1 December there.
  it('counts whole months from the birth month', () => {
    expect(ageInMonths('2025-11', '2026-11-01')).toBe(12)
    expect(ageInMonths('2025-12', '2026-11-30')).toBe(11)
  })

  it('is not in the future (in China) and no more than 36 months back', () => {
    const now = new Date('2026-11-23T07:00:00.000Z')
    expect(codeOf(() => assertBirthMonthAllowed('2026-11', now))).toBeUndefined()
    expect(codeOf(() => assertBirthMonthAllowed('2026-12', now))).toBe('BIRTH_MONTH_IN_FUTURE')
    expect(codeOf(() => assertBirthMonthAllowed('2023-11', now))).toBeUndefined()
    expect(codeOf(() => assertBirthMonthAllowed('2023-10', now))).toBe('CHILD_OVER_AGE_LIMIT')
    expect(codeOf(() => assertBirthMonthAllowed('2026-12', new Date('2026-11-30T17:00:00.000Z')))).toBeUndefined()
  })
})

describe('guardian consent', () => {
  it('needs the current version, ticked by the parent', () => {
    expect(codeOf(() => assertGuardianConsent(GUARDIAN_CONSENT_VERSION, true))).toBeUndefined()
    expect(codeOf(() => assertGuardianConsent(GUARDIAN_CONSENT_VERSION, false))).toBe('CONSENT_REQUIRED')
    expect(codeOf(() => assertGuardianConsent('2020-01', true))).toBe('CONSENT_REQUIRED')
  })
})
