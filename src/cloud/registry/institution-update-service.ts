import type { InstitutionDetail } from '../../domain/finder/institution-schema'
import { withPublishedFees } from '../../domain/finder/fee-rules'
import { FEE_SCHEDULE_MAX_DAYS_AHEAD, type UpdateFeesInput, type UpdateVacanciesInput } from '../../domain/registry/registry-schema'
import { chinaDayNumber, isoDateOfDayNumber, todayInChina } from '../../domain/shared/clock'
import { DomainError } from '../../domain/shared/error-codes'
import { institutionById } from '../finder/finder-service'
import { regionByCode } from '../regions/regions-service'
import type { ServiceContext } from '../shared/service-context'
import { lockInstitution, lockRegionRegistry } from './registry-repository'
import { writeChanges, type Actor, type Change } from './registry-service'

/**
 * Institutions keep their own page current: only the staff of that institution, and what they publish goes
 * on its 变更记录 at once, signed with the institution's name (the person stays in the audit log).
 */
async function changeOwnInstitution(ctx: ServiceContext, institutionId: string, change: (inst: InstitutionDetail, today: string) => Change | null): Promise<{ institutionId: string }> {
  const user = ctx.user
  if (!user || user.role !== 'institution_staff' || user.institutionId !== institutionId) throw new DomainError('FORBIDDEN')
  await ctx.db.transaction(async (tx) => {
    // The region's lock first, then the record's, in the order regulators' writes take them: never a deadlock.
    const regionCode = (await institutionById(tx, institutionId))?.regionCode
    const region = regionCode ? await regionByCode(tx, regionCode) : null
    if (!region) throw new DomainError('NOT_FOUND', { what: 'institution' })
    await lockRegionRegistry(tx, region.code)
    const peek = await lockInstitution(tx, institutionId)
    if (!peek) throw new DomainError('NOT_FOUND', { what: 'institution' })
    if (peek.standing.status === 'revoked') throw new DomainError('INSTITUTION_REVOKED', { date: peek.standing.since ?? '' })
    const actor: Actor = { userId: user.id, name: user.displayName, department: peek.name, region }
    const result = change(peek, todayInChina(ctx.now))
    if (result) await writeChanges(tx, actor, [result], ctx.now)
  })
  return { institutionId }
}

export function updateVacancies(ctx: ServiceContext, input: UpdateVacanciesInput): Promise<{ institutionId: string }> {
  return changeOwnInstitution(ctx, input.institutionId, (inst, today) => ({
    next: { ...inst, vacancies: input.vacancies.map((v) => ({ ...v, reportedOn: today })) },
    kind: 'vacancies_updated',
    detail: { vacancies: input.vacancies }
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

/** The institution's prices from a date; each becomes a `fee_changed` line on the 变更记录 and in the event table. */
export async function updateFees(ctx: ServiceContext, input: UpdateFeesInput): Promise<{ institutionId: string; outcome: 'published' }> {
  refuseEffectiveDate(input.effectiveFrom, ctx.now)
  await changeOwnInstitution(ctx, input.institutionId, (inst) => {
    if (input.fees.some((fee) => !inst.serviceTypes.includes(fee.serviceType))) throw new DomainError('SERVICE_NOT_OFFERED', { field: 'fees' })
    return {
      next: { ...inst, fees: withPublishedFees(inst.fees, input.fees, input.effectiveFrom) },
      kind: 'fee_changed',
      detail: { effectiveFrom: input.effectiveFrom, fees: input.fees }
    }
  })
  return { institutionId: input.institutionId, outcome: 'published' }
}
