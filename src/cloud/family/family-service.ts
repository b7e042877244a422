import type { AddChildInput, Child } from '../../domain/family/child-schema'
import { ageInMonths, assertBirthMonthAllowed, assertGuardianConsent } from '../../domain/family/child-rules'
import { todayInChina } from '../../domain/shared/clock'
import { DomainError } from '../../domain/shared/error-codes'
import type { Database, Queryable } from '../db/database'
import { childIsCommitted } from '../bookings/child-commitments-service'
import { newId } from '../shared/instant-values'
import { deleteChildOf, findChildOf, insertChild, listChildrenOf, updateChildOf, type ChildRecord } from './child-repository'

const toChild = (record: ChildRecord, now: Date): Child => ({
  id: record.id,
  nickname: record.nickname,
  birthMonth: record.birthMonth,
  ageMonths: Math.max(0, ageInMonths(record.birthMonth, todayInChina(now))),
  consentVersion: record.consentVersion,
  consentedAt: record.consentedAt
})

/** A guardian's children, oldest record first. Other contexts (guidance by age) read children through here. */
export async function childrenOf(q: Queryable, guardianId: string, now: Date): Promise<Child[]> {
  return (await listChildrenOf(q, guardianId)).map((record) => toChild(record, now))
}

/** One of the guardian's children; NOT_FOUND for a child of another family. */
export async function childOf(q: Queryable, guardianId: string, childId: string, now: Date): Promise<Child> {
  const record = await findChildOf(q, guardianId, childId)
  if (!record) throw new DomainError('NOT_FOUND')
  return toChild(record, now)
}

/** The guardian's own child as stored (birth month and all), or null: how bookings checks a child fits a slot. */
export function storedChildOf(q: Queryable, guardianId: string, childId: string): Promise<ChildRecord | null> {
  return findChildOf(q, guardianId, childId)
}

export async function addChild(db: Database, guardianId: string, input: AddChildInput, now: Date): Promise<Child> {
  assertGuardianConsent(input.consentVersion, input.consentGiven)
  assertBirthMonthAllowed(input.birthMonth, now)
  const record: ChildRecord = {
    id: newId('ch'),
    guardianId,
    nickname: input.nickname,
    birthMonth: input.birthMonth,
    consentVersion: input.consentVersion,
    consentedAt: now.toISOString()
  }
  await insertChild(db, record, now)
  return toChild(record, now)
}

export async function updateChild(
  db: Database,
  guardianId: string,
  input: { childId: string; nickname?: string | undefined; birthMonth?: string | undefined },
  now: Date
): Promise<Child> {
  if (input.birthMonth !== undefined) assertBirthMonthAllowed(input.birthMonth, now)
  const record = await updateChildOf(db, guardianId, input.childId, input)
  if (!record) throw new DomainError('NOT_FOUND')
  return toChild(record, now)
}

/**
 * Withdrawing consent deletes the child's row; past bookings stay without it. Refused while the child still
 * has a place booked or waited for, so an institution is never left expecting a child nobody can name.
 */
export async function removeChild(db: Database, guardianId: string, childId: string, now: Date): Promise<{ removed: true }> {
  return db.transaction(async (tx) => {
    if (!(await findChildOf(tx, guardianId, childId))) throw new DomainError('NOT_FOUND')
    if (await childIsCommitted(tx, childId, now)) throw new DomainError('CHILD_HAS_UPCOMING_BOOKINGS')
    await deleteChildOf(tx, guardianId, childId)
    return { removed: true as const }
  })
}
