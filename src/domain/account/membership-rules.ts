import type { InviteInput, MembershipKind, User } from './account-schema'

/** What a membership grants, as the acting-hat resolver and the invitation rules read it. */
export interface MembershipGrant {
  kind: MembershipKind
  regionCode: string | null
  departmentCode: string | null
  readOnly: boolean
  institutionId: string | null
}

/** The person behind a session, whatever hat they wear. */
export interface Person {
  id: string
  displayName: string
  /** A parent's home region, when they chose one. */
  homeRegionCode: string | null
}

/**
 * The `User` the rest of the server reads for one request: the person acting with one membership, or as a
 * parent when none is chosen (or the chosen one was removed since).
 */
export function actingUser(person: Person, grant: MembershipGrant | null): User {
  const base = { id: person.id, displayName: person.displayName }
  if (!grant) return { ...base, role: 'parent', regionCode: person.homeRegionCode, institutionId: null }
  switch (grant.kind) {
    case 'operator':
      return { ...base, role: 'operator', regionCode: null, institutionId: null }
    case 'regulator':
      return { ...base, role: 'regulator', regionCode: grant.regionCode, institutionId: null, departmentCode: grant.departmentCode, readOnly: grant.readOnly }
    case 'institution_owner':
    case 'institution_staff':
      return {
        ...base,
        role: 'institution_staff',
        regionCode: grant.regionCode,
        institutionId: grant.institutionId,
        institutionRole: grant.kind === 'institution_owner' ? 'owner' : 'staff'
      }
  }
}

/** 138****1234: the first three and last four digits of a mainland number. */
export function maskPhone(phone: string): string {
  return `${phone.slice(0, 3)}****${phone.slice(-4)}`
}

/** Why an invitation may not be made; null when it may. Checks of existence (region, department, institution) come after. */
type InviteRefusal = 'forbidden' | 'regionCode' | 'departmentCode' | 'institutionId' | 'readOnly'

/**
 * Invitations go down one chain: operators invite regulators (a region and one of its departments), a
 * regulator who may write invites the owner of an institution of its own region, and an owner invites staff of
 * its own institution. Operators themselves are invited only from the command line.
 */
export function inviteRefusal(actor: User, input: InviteInput): InviteRefusal | null {
  switch (input.kind) {
    case 'regulator':
      if (actor.role !== 'operator') return 'forbidden'
      if (!input.regionCode) return 'regionCode'
      if (!input.departmentCode) return 'departmentCode'
      if (input.institutionId) return 'institutionId'
      return null
    case 'institution_owner':
      if (actor.role !== 'regulator' || !actor.regionCode || actor.readOnly) return 'forbidden'
      if (!input.institutionId) return 'institutionId'
      if (input.regionCode && input.regionCode !== actor.regionCode) return 'forbidden'
      if (input.departmentCode) return 'departmentCode'
      if (input.readOnly !== undefined) return 'readOnly'
      return null
    case 'institution_staff':
      if (actor.role !== 'institution_staff' || actor.institutionRole !== 'owner' || !actor.institutionId) return 'forbidden'
      if (input.institutionId && input.institutionId !== actor.institutionId) return 'forbidden'
      if (input.regionCode && input.regionCode !== actor.regionCode) return 'forbidden'
      if (input.departmentCode) return 'departmentCode'
      if (input.readOnly !== undefined) return 'readOnly'
      return null
  }
}

/**
 * Whether the acting user manages a membership (may see it in their list and remove it): operators manage
 * regulators, a writing regulator the owners of its region's institutions, an owner its institution's staff.
 */
export function manages(actor: User, target: MembershipGrant): boolean {
  switch (target.kind) {
    case 'operator':
      return false
    case 'regulator':
      return actor.role === 'operator'
    case 'institution_owner':
      return actor.role === 'regulator' && !actor.readOnly && actor.regionCode !== null && actor.regionCode === target.regionCode
    case 'institution_staff':
      return actor.role === 'institution_staff' && actor.institutionRole === 'owner' && actor.institutionId !== null && actor.institutionId === target.institutionId
  }
}

/** The invitation code as shown: 12 symbols in groups of four. */
export function formatInvitationCode(code: string): string {
  return code.replace(/(.{4})(?=.)/g, '$1-')
}
