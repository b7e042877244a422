import { todayInChina } from '../shared/clock'
import { DomainError } from '../shared/error-codes'
import { GUARDIAN_CONSENT_VERSION } from './guardian-consent'

/** The service is for children under three: a birth month at most this many months back. */
export const MAX_CHILD_AGE_MONTHS = 36

const monthIndex = (yearMonth: string): number => {
  const [year, month] = yearMonth.split('-').map(Number)
  return (year ?? 0) * 12 + (month ?? 1) - 1
}

/**
 * Whole months from the birth month to the month of `onDate` (YYYY-MM-DD or YYYY-MM, a China calendar date).
 * Only the month of birth is known, so a child born in March is 0 months old all March.
 */
export function ageInMonths(birthMonth: string, onDate: string): number {
  return monthIndex(onDate.slice(0, 7)) - monthIndex(birthMonth)
}

/** A birth month must be this month or earlier, and no more than 36 months back. */
export function assertBirthMonthAllowed(birthMonth: string, now: Date): void {
  const age = ageInMonths(birthMonth, todayInChina(now))
  if (age < 0) throw new DomainError('BIRTH_MONTH_IN_FUTURE')
  if (age > MAX_CHILD_AGE_MONTHS) throw new DomainError('CHILD_OVER_AGE_LIMIT', { months: MAX_CHILD_AGE_MONTHS })
}

/** Consent must be given by the parent, to the text currently shown. */
export function assertGuardianConsent(consentVersion: string, consentGiven: boolean): void {
  if (!consentGiven || consentVersion !== GUARDIAN_CONSENT_VERSION) {
    throw new DomainError('CONSENT_REQUIRED', { version: GUARDIAN_CONSENT_VERSION })
  }
}
