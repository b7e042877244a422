import type { AgeBand } from '../finder/finder-enums'
import { DomainError } from '../shared/error-codes'
import { ageInMonths } from '../family/child-rules'
import { chinaDateOf } from './china-time-rules'

/**
 * Months a band takes (托育机构设置标准): 乳儿班 6–12, 托小班 12–24, 托大班 24–36, 混龄班 18 and up. A band
 * runs from its lower bound up to (not including) the next band's; the oldest bands keep a child through the
 * 36th month, since only the birth month is known.
 */
export const AGE_BAND_MONTHS: Record<AgeBand, { from: number; until: number }> = {
  infant: { from: 6, until: 12 },
  toddler: { from: 12, until: 24 },
  preschool: { from: 24, until: 37 },
  mixed: { from: 18, until: 37 }
}

export function fitsAgeBand(ageMonths: number, band: AgeBand): boolean {
  const { from, until } = AGE_BAND_MONTHS[band]
  return ageMonths >= from && ageMonths < until
}

/** A child fits a slot when its age on the slot's China calendar day fits the slot's band (or it has none). */
export function assertChildFitsSlot(birthMonth: string, slot: { startsAt: string; ageBand: AgeBand | null }): void {
  if (slot.ageBand === null) return
  const age = ageInMonths(birthMonth, chinaDateOf(slot.startsAt))
  if (!fitsAgeBand(age, slot.ageBand)) {
    const { from, until } = AGE_BAND_MONTHS[slot.ageBand]
    throw new DomainError('AGE_BAND_MISMATCH', { age, from, to: until - 1 })
  }
}
