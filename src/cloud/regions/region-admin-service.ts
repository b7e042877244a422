import type { User } from '../../domain/account/account-schema'
import { fallbackRouting } from '../../domain/complaints/complaint-routing-rules'
import type { RoutingTable } from '../../domain/complaints/complaint-routing-schema'
import { leadDepartmentCode, regionConfigChanges } from '../../domain/regions/region-config-rules'
import type { RegionAuditEntry, RegionConfig, SaveRegionOutput } from '../../domain/regions/region-config-schema'
import { DomainError } from '../../domain/shared/error-codes'
import type { Database, Queryable } from '../db/database'
import { departmentsWithOpenComplaints } from '../complaints/regulator-service'
import { districtsWithInstitutions } from '../finder/finder-service'
import {
  insertRegionAudit,
  listRegionAudit,
  loadRegion,
  lockRegionConfig,
  regionUsingPrefixes,
  writeRegionConfig,
  type StoredRegion
} from './regions-repository'

/** Who changes a region: an operator over the API, or whoever runs the import command on the server. */
interface RegionEditor {
  id: string
  displayName: string
}

/** Operators only; the contract already says so, and this keeps a future caller from forgetting it. */
function editorOf(user: User | null): RegionEditor {
  if (!user || user.role !== 'operator') throw new DomainError('FORBIDDEN')
  return user
}

/** The stored region as a configuration; one without routing yet shows the fallback it actually uses. */
function configOf({ region, routing }: StoredRegion): RegionConfig {
  const table: RoutingTable = routing ?? fallbackRouting(region.code, leadDepartmentCode(region.departments))
  return { ...region, routing: { trackingPrefix: table.trackingPrefix, rules: table.rules } }
}

export async function regionConfigOf(db: Database, code: string): Promise<RegionConfig> {
  const stored = await loadRegion(db, code)
  if (!stored) throw new DomainError('NOT_FOUND', { what: 'region' }, `region ${code}`)
  return configOf(stored)
}

/**
 * A district with institutions, or a department with complaints still open, cannot go: the institutions would
 * point at nothing and the complaints would lose their handler. Renaming is fine; the code is what they keep.
 */
async function refuseRemovingWhatIsUsed(q: Queryable, before: RegionConfig, after: RegionConfig, now: Date): Promise<void> {
  const kept = (list: readonly { code: string }[]) => new Set(list.map((item) => item.code))
  const keptDistricts = kept(after.districts)
  const goneDistricts = before.districts.filter((d) => !keptDistricts.has(d.code))
  if (goneDistricts.length > 0) {
    const used = new Set(await districtsWithInstitutions(q, before.code))
    const district = goneDistricts.find((d) => used.has(d.code))
    if (district) throw new DomainError('DISTRICT_IN_USE', { field: 'districts', district: district.name }, `district ${district.code}`)
  }
  const keptDepartments = kept(after.departments)
  const goneDepartments = before.departments.filter((d) => !keptDepartments.has(d.code))
  if (goneDepartments.length > 0) {
    const used = new Set(await departmentsWithOpenComplaints(q, before.code, now))
    const department = goneDepartments.find((d) => used.has(d.code))
    if (department) throw new DomainError('DEPARTMENT_IN_USE', { field: 'departments', department: department.name }, `department ${department.code}`)
  }
}

/**
 * Applies one edit to a region's whole configuration under the configuration lock: the edit, the comparison with
 * what is stored and the write all see the same state, so a repeated import changes nothing and logs nothing,
 * and two operators' saves apply one after the other. Prefixes stay unique: they start ids and tracking numbers.
 */
async function applyEdit(
  db: Database,
  editor: RegionEditor,
  code: string,
  edit: (existing: RegionConfig | null) => RegionConfig,
  now: Date
): Promise<SaveRegionOutput> {
  return db.transaction(async (tx) => {
    await lockRegionConfig(tx)
    const stored = await loadRegion(tx, code)
    const existing = stored && configOf(stored)
    const config = edit(existing)
    const changes = regionConfigChanges(existing, config)
    if (changes.length === 0) return { code, created: false, changed: false }
    if (existing) await refuseRemovingWhatIsUsed(tx, existing, config, now)
    const taken = await regionUsingPrefixes(tx, code, config.idPrefix, config.routing.trackingPrefix)
    if (taken) {
      const field = taken.idPrefix ? 'idPrefix' : 'routing.trackingPrefix'
      throw new DomainError('REGION_PREFIX_TAKEN', { field, region: taken.code }, `${field} used by ${taken.code}`)
    }
    await writeRegionConfig(tx, config)
    const action = existing ? (changes.every((c) => c.startsWith('routing:')) ? 'routing' : 'update') : 'create'
    await insertRegionAudit(tx, { actorId: editor.id, actorName: editor.displayName, regionCode: code, action, changes }, now)
    return { code, created: !existing, changed: true }
  })
}

/** Creates a region or replaces its configuration: the operator's save, and the import command's. */
export function applyRegionConfig(db: Database, editor: RegionEditor, config: RegionConfig, now: Date): Promise<SaveRegionOutput> {
  return applyEdit(db, editor, config.code, () => config, now)
}

export function saveRegionConfig(db: Database, user: User | null, config: RegionConfig, now: Date): Promise<SaveRegionOutput> {
  return applyRegionConfig(db, editorOf(user), config, now)
}

/**
 * Replaces a region's routing table. Complaints keep the department and deadlines they were filed with, so
 * this applies to complaints filed from now on; open ones stay where they are.
 */
export function setRegionRouting(db: Database, user: User | null, code: string, routing: RoutingTable, now: Date): Promise<SaveRegionOutput> {
  return applyEdit(db, editorOf(user), code, (existing) => {
    if (!existing) throw new DomainError('NOT_FOUND', { what: 'region' }, `region ${code}`)
    const departments = new Set(existing.departments.map((d) => d.code))
    const unknown = routing.rules.findIndex((rule) => !departments.has(rule.departmentCode))
    if (unknown >= 0) throw new DomainError('DEPARTMENT_NOT_IN_REGION', { field: `routing.rules.${unknown}.departmentCode` })
    return { ...existing, routing }
  }, now)
}

export function regionAudit(db: Database, filter: { regionCode: string | null; before: string | null; limit: number }): Promise<RegionAuditEntry[]> {
  return listRegionAudit(db, filter)
}
