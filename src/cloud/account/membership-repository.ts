import type { MembershipKind } from '../../domain/account/account-schema'
import type { MembershipGrant } from '../../domain/account/membership-rules'
import type { Queryable } from '../db/database'

export interface StoredMembership extends MembershipGrant {
  id: string
  userId: string
  createdAt: Date
}

interface MembershipRow {
  id: string
  user_id: string
  kind: MembershipKind
  region_code: string | null
  department_code: string | null
  read_only: boolean
  institution_id: string | null
  created_at: Date | string
}

const COLUMNS = 'id, user_id, kind, region_code, department_code, read_only, institution_id, created_at'

function toMembership(row: MembershipRow): StoredMembership {
  return {
    id: row.id,
    userId: row.user_id,
    kind: row.kind,
    regionCode: row.region_code,
    departmentCode: row.department_code,
    readOnly: row.read_only,
    institutionId: row.institution_id,
    createdAt: new Date(row.created_at)
  }
}

/**
 * Adds a live membership unless the person already holds the same one, and returns whichever is live. The
 * partial unique index makes two redemptions of equal invitations meet on one row.
 */
export async function insertMembership(db: Queryable, membership: StoredMembership & { invitationId: string | null }): Promise<StoredMembership> {
  await db.query(
    `INSERT INTO memberships (id, user_id, kind, region_code, department_code, read_only, institution_id, invitation_id, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING`,
    [membership.id, membership.userId, membership.kind, membership.regionCode, membership.departmentCode, membership.readOnly, membership.institutionId, membership.invitationId, membership.createdAt]
  )
  const { rows } = await db.query<MembershipRow>(
    `SELECT ${COLUMNS} FROM memberships
     WHERE user_id = $1 AND kind = $2 AND coalesce(region_code, '') = coalesce($3, '') AND coalesce(department_code, '') = coalesce($4, '')
       AND coalesce(institution_id, '') = coalesce($5, '') AND removed_at IS NULL`,
    [membership.userId, membership.kind, membership.regionCode, membership.departmentCode, membership.institutionId]
  )
  const row = rows[0]
  if (!row) throw new Error('membership neither inserted nor found')
  return toMembership(row)
}

export async function findLiveMembership(db: Queryable, id: string): Promise<StoredMembership | null> {
  const { rows } = await db.query<MembershipRow>(`SELECT ${COLUMNS} FROM memberships WHERE id = $1 AND removed_at IS NULL`, [id])
  return rows[0] ? toMembership(rows[0]) : null
}

export async function listLiveMemberships(db: Queryable, userId: string): Promise<StoredMembership[]> {
  const { rows } = await db.query<MembershipRow>(`SELECT ${COLUMNS} FROM memberships WHERE user_id = $1 AND removed_at IS NULL ORDER BY created_at, id`, [userId])
  return rows.map(toMembership)
}

/** The live memberships of one kind within a region or institution (either may be null for "any"). */
export async function listLiveMembershipsIn(
  db: Queryable,
  scope: { kind: MembershipKind; regionCode: string | null; institutionId: string | null }
): Promise<(StoredMembership & { displayName: string; phoneMasked: string | null })[]> {
  const { rows } = await db.query<MembershipRow & { display_name: string; phone_masked: string | null }>(
    `SELECT m.id, m.user_id, m.kind, m.region_code, m.department_code, m.read_only, m.institution_id, m.created_at, u.display_name, u.phone_masked
     FROM memberships m JOIN users u ON u.id = m.user_id
     WHERE m.kind = $1 AND m.removed_at IS NULL AND ($2::text IS NULL OR m.region_code = $2) AND ($3::text IS NULL OR m.institution_id = $3)
     ORDER BY m.created_at, m.id LIMIT 500`,
    [scope.kind, scope.regionCode, scope.institutionId]
  )
  return rows.map((row) => ({ ...toMembership(row), displayName: row.display_name, phoneMasked: row.phone_masked }))
}

/** Ends a membership; false when it was already gone. Sessions acting with it fall back to the parent hat. */
export async function removeMembership(db: Queryable, id: string, removedBy: string | null, now: Date): Promise<boolean> {
  const { rows } = await db.query('UPDATE memberships SET removed_at = $2, removed_by = $3 WHERE id = $1 AND removed_at IS NULL RETURNING id', [id, now, removedBy])
  return rows.length > 0
}

export async function institutionName(db: Queryable, institutionId: string): Promise<{ name: string; regionCode: string } | null> {
  const { rows } = await db.query<{ name: string; region_code: string }>('SELECT name, region_code FROM institutions WHERE id = $1', [institutionId])
  return rows[0] ? { name: rows[0].name, regionCode: rows[0].region_code } : null
}
