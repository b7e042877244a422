import { randomUUID } from 'node:crypto'
import type { User } from '../../domain/account/account-schema'
import { EVALUATION_DIMENSION_KEYS, type ChangeKind } from '../../domain/finder/finder-enums'
import type { InstitutionDetail } from '../../domain/finder/institution-schema'
import { newFiledInstitution, nextInstitutionId, placementProblem, withFiledChanges } from '../../domain/registry/filing-rules'
import type {
  ChangeDetailsInput,
  FileInstitutionInput,
  FollowUpInput,
  PlacedPoint,
  PlaceInstitutionInput,
  PublishEvaluationInput,
  RecordEnforcementInput,
  RecordInspectionInput,
  SetStandingInput,
  UnlocatedList
} from '../../domain/registry/registry-schema'
import type { Region } from '../../domain/regions/region-schema'
import { todayInChina } from '../../domain/shared/clock'
import { DomainError } from '../../domain/shared/error-codes'
import type { Database, Queryable } from '../db/database'
import { storeInstitutions } from '../finder/finder-service'
import { regionByCode } from '../regions/regions-service'
import type { ServiceContext } from '../shared/service-context'
import { appendRegistryEvents, highestInstitutionNumber, institutionIdByFiling, listRegistryEvents, listUnlocated, lockInstitution, lockRegionRegistry } from './registry-repository'

/** Who acts: the account (for the internal audit log) and, for the public record, the department it acts for. */
export interface Actor {
  userId: string
  name: string
  department: string
  region: Region
}

/**
 * The department a regulator publishes as. Filing, evaluation and inspection are the health commission's in
 * every region's plan (region-departments.ts), so that is the name the public 变更记录 shows.
 */
export async function actorOf(db: Queryable, user: User | null): Promise<Actor> {
  // A read-only regulator follows the registry but publishes nothing in it.
  if (!user || user.role !== 'regulator' || !user.regionCode || user.readOnly) throw new DomainError('FORBIDDEN')
  const actor = await actorForRegion(db, user.regionCode, { userId: user.id, name: user.displayName }, user.departmentCode ?? null)
  if (!actor) throw new DomainError('FORBIDDEN')
  return actor
}

/**
 * Who a registry change is signed with in public: the regulator's own department, or for the command line (and
 * regulators signed in without one) the region's health department, which keeps the 备案 register.
 */
export async function actorForRegion(db: Queryable, regionCode: string, who: { userId: string; name: string }, departmentCode: string | null = null): Promise<Actor | null> {
  const region = await regionByCode(db, regionCode)
  if (!region) return null
  const department = (region.departments.find((d) => d.code === departmentCode) ?? region.departments.find((d) => d.code === 'health'))?.name ?? region.name
  return { ...who, department, region }
}

function refuseFuture(date: string, field: string, now: Date): void {
  if (date > todayInChina(now)) throw new DomainError('DATE_IN_FUTURE', { field }, `${field} ${date}`)
}

const shortId = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`

/** One write: the record as it will be, the 变更记录 line, and what the audit log keeps beyond it. */
export interface Change {
  next: InstitutionDetail
  kind: ChangeKind
  fields?: string[]
  detail: Record<string, unknown>
}

/** The record with its change written on its public 变更记录, newest first. */
function recorded(next: InstitutionDetail, change: { kind: ChangeKind; fields?: string[] }, actor: Actor, now: Date): InstitutionDetail {
  return { ...next, changes: [{ at: now.toISOString(), kind: change.kind, fields: change.fields ?? [], actor: actor.department }, ...next.changes] }
}

export async function writeChanges(tx: Queryable, actor: Actor, changes: readonly Change[], now: Date): Promise<void> {
  await storeInstitutions(tx, changes.map((c) => recorded(c.next, c, actor, now)))
  await appendRegistryEvents(
    tx,
    changes.map((c) => ({
      regionCode: actor.region.code,
      institutionId: c.next.id,
      kind: c.kind,
      actorUserId: actor.userId,
      actorName: actor.name,
      department: actor.department,
      detail: { fields: c.fields ?? [], ...c.detail },
      at: now
    }))
  )
}

/**
 * Changes one institution of the caller's region under its region's lock: another region's is refused, a
 * revoked one is final, and `change` returning null means nothing to write.
 */
async function changeInstitution(ctx: ServiceContext, institutionId: string, change: (inst: InstitutionDetail, actor: Actor, tx: Queryable) => Promise<Change | null> | Change | null): Promise<{ institutionId: string }> {
  const actor = await actorOf(ctx.db, ctx.user)
  await ctx.db.transaction(async (tx) => {
    await lockRegionRegistry(tx, actor.region.code)
    const current = await lockInstitution(tx, institutionId)
    if (!current) throw new DomainError('NOT_FOUND', { what: 'institution' })
    if (current.regionCode !== actor.region.code) throw new DomainError('FORBIDDEN')
    if (current.standing.status === 'revoked') throw new DomainError('INSTITUTION_REVOKED', { date: current.standing.since ?? '' })
    const result = await change(current, actor, tx)
    if (result) await writeChanges(tx, actor, [result], ctx.now)
  })
  return { institutionId }
}

function refuseUnknownDistrict(region: Region, districtCode: string | undefined): void {
  if (districtCode !== undefined && !region.districts.some((d) => d.code === districtCode)) throw new DomainError('DISTRICT_NOT_IN_REGION', { field: 'districtCode' })
}

async function refuseTakenFiling(tx: Queryable, region: Region, filingNumber: string, ownId: string | null): Promise<void> {
  const holder = await institutionIdByFiling(tx, region.code, filingNumber)
  if (holder !== null && holder !== ownId) throw new DomainError('FILING_NUMBER_TAKEN', { number: filingNumber })
}

function refuseMisplaced(region: Region, point: PlacedPoint | null | undefined): void {
  const problem = point ? placementProblem(point, region) : null
  if (problem === 'outside_china') throw new DomainError('LOCATION_OUTSIDE_CHINA', { field: 'location' })
  if (problem === 'outside_region') throw new DomainError('LOCATION_OUTSIDE_REGION', { field: 'location' })
}

export async function fileInstitution(ctx: ServiceContext, input: FileInstitutionInput): Promise<{ institutionId: string }> {
  const actor = await actorOf(ctx.db, ctx.user)
  refuseUnknownDistrict(actor.region, input.districtCode)
  refuseMisplaced(actor.region, input.location)
  refuseFuture(input.receiptDate, 'receiptDate', ctx.now)
  return ctx.db.transaction(async (tx) => {
    await lockRegionRegistry(tx, actor.region.code)
    await refuseTakenFiling(tx, actor.region, input.filingNumber, null)
    const id = nextInstitutionId(actor.region, await highestInstitutionNumber(tx, actor.region.code))
    const next = newFiledInstitution(id, input, actor.region, todayInChina(ctx.now))
    await writeChanges(tx, actor, [{ next, kind: 'filed', detail: { filingNumber: input.filingNumber } }], ctx.now)
    return { institutionId: id }
  })
}

export function changeDetails(ctx: ServiceContext, input: ChangeDetailsInput): Promise<{ institutionId: string }> {
  return changeInstitution(ctx, input.institutionId, async (inst, actor, tx) => {
    refuseUnknownDistrict(actor.region, input.changes.districtCode)
    refuseMisplaced(actor.region, input.changes.location)
    if (input.changes.receiptDate) refuseFuture(input.changes.receiptDate, 'changes.receiptDate', ctx.now)
    if (input.changes.filingNumber) await refuseTakenFiling(tx, actor.region, input.changes.filingNumber, inst.id)
    const { next, fields } = withFiledChanges(inst, { ...input.changes, location: input.changes.location ?? undefined }, actor.region)
    return fields.length === 0 ? null : { next, kind: 'details_changed', fields, detail: { changes: input.changes } }
  })
}

/**
 * A pin from the console's map: the same registry change as a typed location (变更备案信息: 位置), so the public
 * 变更记录 and the audit log read alike. The record turns listed in the same write, and the region's version bump
 * brings it into every process's distance search at once. Moving an already placed one corrects its pin.
 */
export function placeInstitution(ctx: ServiceContext, input: PlaceInstitutionInput): Promise<{ institutionId: string }> {
  return changeInstitution(ctx, input.institutionId, (inst, actor) => {
    refuseMisplaced(actor.region, input.location)
    const { next, fields } = withFiledChanges(inst, { location: input.location }, actor.region)
    return fields.length === 0 ? null : { next, kind: 'details_changed', fields, detail: { changes: { location: input.location }, placedOnMap: true } }
  })
}

/** The region's filings waiting to be placed; a read-only regulator sees them too, but places nothing. */
export async function unlocatedInstitutions(db: Database, user: User | null, input: { limit: number }): Promise<UnlocatedList> {
  if (!user || user.role !== 'regulator' || !user.regionCode) throw new DomainError('FORBIDDEN')
  const { total, items } = await listUnlocated(db, user.regionCode, input.limit)
  return {
    total,
    canPlace: user.readOnly !== true,
    items: items.map((i) => ({ id: i.id, name: i.name, address: i.address, districtName: i.districtName, filingNumber: i.filing.number }))
  }
}

const STANDING_CHANGE: Record<SetStandingInput['status'], ChangeKind> = { active: 'reinstated', suspended: 'suspended', revoked: 'revoked' }

export function setStanding(ctx: ServiceContext, input: SetStandingInput): Promise<{ institutionId: string }> {
  refuseFuture(input.on, 'on', ctx.now)
  return changeInstitution(ctx, input.institutionId, (inst, actor) => {
    if (inst.standing.status === input.status) throw new DomainError('CONFLICT')
    const next: InstitutionDetail = {
      ...inst,
      standing: input.status === 'active' ? { status: 'active', since: input.on, reason: null } : { status: input.status, since: input.on, reason: input.reason }
    }
    // A suspension or revocation is an enforcement decision too, listed with the others on the page.
    if (input.status !== 'active') {
      next.enforcement = [
        { id: shortId('en'), decidedOn: input.on, department: actor.department, kind: input.status === 'revoked' ? 'revocation' : 'suspension', summary: input.reason, resolved: false },
        ...inst.enforcement
      ]
    }
    return { next, kind: STANDING_CHANGE[input.status], detail: { on: input.on, reason: input.reason } }
  })
}

export function publishEvaluation(ctx: ServiceContext, input: PublishEvaluationInput): Promise<{ institutionId: string }> {
  refuseFuture(input.evaluatedOn, 'evaluatedOn', ctx.now)
  return changeInstitution(ctx, input.institutionId, (inst) => {
    const id = shortId('ev')
    const total = EVALUATION_DIMENSION_KEYS.reduce((sum, key) => sum + input.scores[key], 0)
    const items = input.rectificationItems.map((r) => ({ id: shortId('rc'), evaluationId: id, item: r.item, dueOn: r.dueOn, closedOn: null, followUps: [] }))
    const evaluation = {
      id,
      evaluatedOn: input.evaluatedOn,
      evaluator: input.evaluator,
      scores: input.scores,
      total,
      grade: input.grade,
      rectification: items.length > 0 ? ('required' as const) : ('none' as const),
      rectificationNote: items.length > 0 ? items.map((r) => r.item).join('；') : null
    }
    const next: InstitutionDetail = {
      ...inst,
      evaluations: [evaluation, ...inst.evaluations].sort((a, b) => (a.evaluatedOn < b.evaluatedOn ? 1 : a.evaluatedOn > b.evaluatedOn ? -1 : 0)),
      rectifications: [...items, ...inst.rectifications]
    }
    return { next, kind: 'evaluation_published', detail: { evaluationId: id, grade: input.grade, total, evaluatedOn: input.evaluatedOn } }
  })
}

export function followUpRectification(ctx: ServiceContext, input: FollowUpInput): Promise<{ institutionId: string }> {
  refuseFuture(input.on, 'on', ctx.now)
  return changeInstitution(ctx, input.institutionId, (inst) => {
    const item = inst.rectifications.find((r) => r.id === input.rectificationId)
    if (!item) throw new DomainError('NOT_FOUND', { what: 'rectification' })
    if (item.closedOn !== null) throw new DomainError('RECTIFICATION_CLOSED')
    const updated = { ...item, followUps: [...item.followUps, { on: input.on, note: input.note }], closedOn: input.closes ? input.on : null }
    const rectifications = inst.rectifications.map((r) => (r.id === item.id ? updated : r))
    const open = rectifications.filter((r) => r.evaluationId === item.evaluationId && r.closedOn === null).length
    const evaluations = inst.evaluations.map((e) => (e.id === item.evaluationId ? { ...e, rectification: open === 0 ? ('completed' as const) : ('in_progress' as const) } : e))
    return {
      next: { ...inst, rectifications, evaluations },
      kind: input.closes ? 'rectification_closed' : 'rectification_followed_up',
      detail: { rectificationId: item.id, on: input.on, note: input.note }
    }
  })
}

export function recordInspection(ctx: ServiceContext, input: RecordInspectionInput): Promise<{ institutionId: string }> {
  refuseFuture(input.inspectedOn, 'inspectedOn', ctx.now)
  if (input.nextDueOn !== null && input.nextDueOn <= input.inspectedOn) throw new DomainError('INVALID_INPUT', { field: 'nextDueOn' })
  return changeInstitution(ctx, input.institutionId, (inst, actor) => {
    const inspection = { id: shortId('in'), kind: input.kind, inspectedOn: input.inspectedOn, department: actor.department, result: input.result, findings: input.findings, nextDueOn: input.nextDueOn }
    const inspections = [inspection, ...inst.inspections].sort((a, b) => (a.inspectedOn < b.inspectedOn ? 1 : a.inspectedOn > b.inspectedOn ? -1 : 0))
    return { next: { ...inst, inspections }, kind: 'inspection_recorded', detail: { inspectionId: inspection.id, kind: input.kind, result: input.result } }
  })
}

export function recordEnforcement(ctx: ServiceContext, input: RecordEnforcementInput): Promise<{ institutionId: string }> {
  refuseFuture(input.decidedOn, 'decidedOn', ctx.now)
  return changeInstitution(ctx, input.institutionId, (inst, actor) => {
    const record = { id: shortId('en'), decidedOn: input.decidedOn, department: actor.department, kind: input.kind, summary: input.summary, resolved: false }
    return { next: { ...inst, enforcement: [record, ...inst.enforcement] }, kind: 'enforcement_recorded', detail: { enforcementId: record.id, kind: input.kind } }
  })
}

export async function registryAuditLog(db: Database, user: User | null, input: { institutionId?: string; limit: number }) {
  const actor = await actorOf(db, user)
  return { items: await listRegistryEvents(db, actor.region.code, input.institutionId, input.limit) }
}
