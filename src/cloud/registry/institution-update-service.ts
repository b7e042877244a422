import type { InstitutionDetail } from '../../domain/finder/institution-schema'
import {
  FEE_SCHEDULE_MAX_DAYS_AHEAD,
  type ReviewChange,
  type UpdateClassesInput,
  type UpdateFeesInput,
  type UpdateVacanciesInput
} from '../../domain/registry/registry-schema'
import { appliedChange } from '../../domain/registry/workspace-rules'
import { chinaDayNumber, isoDateOfDayNumber, todayInChina } from '../../domain/shared/clock'
import { DomainError } from '../../domain/shared/error-codes'
import type { Queryable } from '../db/database'
import { institutionById } from '../finder/finder-service'
import { regionByCode } from '../regions/regions-service'
import { newId } from '../shared/instant-values'
import type { ServiceContext } from '../shared/service-context'
import { lockInstitution, lockRegionRegistry } from './registry-repository'
import { writeChanges, type Actor, type Change } from './registry-service'
import { institutionReviews, insertReview } from './review-repository'

/** Only the staff of that institution act on its page; anyone else is refused before anything is read. */
function refuseOutsiders(ctx: ServiceContext, institutionId: string): void {
  const user = ctx.user
  if (!user || user.role !== 'institution_staff' || user.institutionId !== institutionId) throw new DomainError('FORBIDDEN')
}

/**
 * Runs `work` on the caller's own institution under its region's lock and the record's: what staff publish goes
 * on its 变更记录 signed with the institution's name (the person stays in the audit log).
 */
export async function withOwnInstitution<T>(ctx: ServiceContext, institutionId: string, work: (tx: Queryable, inst: InstitutionDetail, actor: Actor) => Promise<T>): Promise<T> {
  refuseOutsiders(ctx, institutionId)
  const user = ctx.user!
  return ctx.db.transaction(async (tx) => {
    // The region's lock first, then the record's, in the order regulators' writes take them: never a deadlock.
    const regionCode = (await institutionById(tx, institutionId))?.regionCode
    const region = regionCode ? await regionByCode(tx, regionCode) : null
    if (!region) throw new DomainError('NOT_FOUND', { what: 'institution' })
    await lockRegionRegistry(tx, region.code)
    const inst = await lockInstitution(tx, institutionId)
    if (!inst) throw new DomainError('NOT_FOUND', { what: 'institution' })
    if (inst.standing.status === 'revoked') throw new DomainError('INSTITUTION_REVOKED', { date: inst.standing.since ?? '' })
    return work(tx, inst, { userId: user.id, name: user.displayName, department: inst.name, region })
  })
}

async function changeOwnInstitution(ctx: ServiceContext, institutionId: string, change: (inst: InstitutionDetail, today: string) => Change | null): Promise<{ institutionId: string }> {
  await withOwnInstitution(ctx, institutionId, async (tx, inst, actor) => {
    const result = change(inst, todayInChina(ctx.now))
    if (result) await writeChanges(tx, actor, [result], ctx.now)
  })
  return { institutionId }
}

export function updateVacancies(ctx: ServiceContext, input: UpdateVacanciesInput): Promise<{ institutionId: string }> {
  return changeOwnInstitution(ctx, input.institutionId, (inst, today) => ({
    next: { ...inst, vacancies: input.vacancies.map((v) => ({ ...v, reportedOn: today })) },
    kind: 'vacancies_updated',
    // What was there before, so the alerts sweep can tell places that opened from places that stayed open.
    detail: { vacancies: input.vacancies, previous: inst.vacancies.map(({ serviceType, ageBand, places }) => ({ serviceType, ageBand, places })) }
  }))
}

export function confirmVacancies(ctx: ServiceContext, input: { institutionId: string }): Promise<{ institutionId: string }> {
  return changeOwnInstitution(ctx, input.institutionId, (inst, today) =>
    inst.vacancies.length === 0 ? null : { next: { ...inst, vacancies: inst.vacancies.map((v) => ({ ...v, reportedOn: today })) }, kind: 'vacancies_confirmed', detail: {} }
  )
}

/** A price starts today or within the year ahead: never back-dated, so what a parent was charged stays on record. */
function refuseEffectiveDate(effectiveFrom: string, now: Date): void {
  const from = isoDateOfDayNumber(chinaDayNumber(now))
  const to = isoDateOfDayNumber(chinaDayNumber(now) + FEE_SCHEDULE_MAX_DAYS_AHEAD)
  if (effectiveFrom < from || effectiveFrom > to) throw new DomainError('EFFECTIVE_DATE_OUT_OF_RANGE', { from, to, field: 'effectiveFrom' })
}

/** Fees only for the service types the institution is filed for (checked again when a regulator approves). */
export function refuseUnofferedService(inst: InstitutionDetail, change: ReviewChange): void {
  if (change.kind === 'fees' && change.fees.some((fee) => !inst.serviceTypes.includes(fee.serviceType))) throw new DomainError('SERVICE_NOT_OFFERED', { field: 'fees' })
}

type WorkspaceOutcome = { institutionId: string; outcome: 'published' | 'pending_review' }

/** Publishes a change at once, or files it for the region's regulator when `needsReview` says so. */
async function publishOrRequest(ctx: ServiceContext, institutionId: string, change: ReviewChange, needsReview: (inst: InstitutionDetail) => boolean): Promise<WorkspaceOutcome> {
  const outcome = await withOwnInstitution(ctx, institutionId, async (tx, inst, actor) => {
    refuseUnofferedService(inst, change)
    if (needsReview(inst)) {
      await insertReview(tx, { id: newId('rv'), regionCode: inst.regionCode, institutionId, change, requestedBy: actor.userId, requestedByName: actor.name, at: ctx.now })
      return 'pending_review' as const
    }
    await writeChanges(tx, actor, [appliedChange(inst, change, todayInChina(ctx.now))], ctx.now)
    return 'published' as const
  })
  return { institutionId, outcome }
}

/**
 * The institution's prices from a date; published at once as a `fee_changed` line on the 变更记录 and in the
 * event table, except a 普惠 institution's, whose price cap the region's regulator checks first.
 */
export function updateFees(ctx: ServiceContext, input: UpdateFeesInput): Promise<WorkspaceOutcome> {
  refuseEffectiveDate(input.effectiveFrom, ctx.now)
  return publishOrRequest(ctx, input.institutionId, { kind: 'fees', effectiveFrom: input.effectiveFrom, fees: input.fees }, (inst) => inst.isAffordable)
}

/** Classes and carers: class sizes always wait for the region's regulator. */
export function updateClasses(ctx: ServiceContext, input: UpdateClassesInput): Promise<WorkspaceOutcome> {
  return publishOrRequest(ctx, input.institutionId, { kind: 'classes', classes: input.classes }, () => true)
}

/** The institution's own requests: pending, and turned down with the regulator's reason. */
export async function myReviews(ctx: ServiceContext, input: { institutionId: string }) {
  refuseOutsiders(ctx, input.institutionId)
  return { items: await institutionReviews(ctx.db, input.institutionId, 20) }
}
