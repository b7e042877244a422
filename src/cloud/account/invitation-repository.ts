import type { MembershipKind } from '../../domain/account/account-schema'
import type { MembershipGrant } from '../../domain/account/membership-rules'
import type { Queryable } from '../db/database'

export interface StoredInvitation extends MembershipGrant {
  id: string
  note: string | null
  invitedBy: string | null
  createdAt: Date
  expiresAt: Date
  redeemedAt: Date | null
  withdrawnAt: Date | null
}

interface InvitationRow {
  id: string
  kind: MembershipKind
  region_code: string | null
  department_code: string | null
  read_only: boolean
  institution_id: string | null
  note: string | null
  invited_by: string | null
  created_at: Date | string
  expires_at: Date | string
  redeemed_at: Date | string | null
  withdrawn_at: Date | string | null
}

const COLUMNS = 'id, kind, region_code, department_code, read_only, institution_id, note, invited_by, created_at, expires_at, redeemed_at, withdrawn_at'
const dateOrNull = (value: Date | string | null) => (value === null ? null : new Date(value))

function toInvitation(row: InvitationRow): StoredInvitation {
  return {
    id: row.id,
    kind: row.kind,
    regionCode: row.region_code,
    departmentCode: row.department_code,
    readOnly: row.read_only,
    institutionId: row.institution_id,
    note: row.note,
    invitedBy: row.invited_by,
    createdAt: new Date(row.created_at),
    expiresAt: new Date(row.expires_at),
    redeemedAt: dateOrNull(row.redeemed_at),
    withdrawnAt: dateOrNull(row.withdrawn_at)
  }
}

export async function insertInvitation(db: Queryable, invitation: StoredInvitation & { codeHash: string }): Promise<void> {
  await db.query(
    `INSERT INTO invitations (id, code_hash, kind, region_code, department_code, read_only, institution_id, note, invited_by, created_at, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [
      invitation.id,
      invitation.codeHash,
      invitation.kind,
      invitation.regionCode,
      invitation.departmentCode,
      invitation.readOnly,
      invitation.institutionId,
      invitation.note,
      invitation.invitedBy,
      invitation.createdAt,
      invitation.expiresAt
    ]
  )
}

export async function findInvitation(db: Queryable, id: string): Promise<StoredInvitation | null> {
  const { rows } = await db.query<InvitationRow>(`SELECT ${COLUMNS} FROM invitations WHERE id = $1`, [id])
  return rows[0] ? toInvitation(rows[0]) : null
}

/**
 * Takes up the open invitation with this code hash for `userId`, or null when there is none open now. One
 * UPDATE claims it, so two people racing with one code cannot both have it.
 */
export async function claimInvitation(db: Queryable, codeHash: string, userId: string, now: Date): Promise<StoredInvitation | null> {
  const { rows } = await db.query<InvitationRow>(
    `UPDATE invitations SET redeemed_at = $3, redeemed_by = $2
     WHERE code_hash = $1 AND redeemed_at IS NULL AND withdrawn_at IS NULL AND expires_at > $3
     RETURNING ${COLUMNS}`,
    [codeHash, userId, now]
  )
  return rows[0] ? toInvitation(rows[0]) : null
}

export async function withdrawInvitation(db: Queryable, id: string, now: Date): Promise<StoredInvitation | null> {
  const { rows } = await db.query<InvitationRow>(
    `UPDATE invitations SET withdrawn_at = $2 WHERE id = $1 AND redeemed_at IS NULL AND withdrawn_at IS NULL RETURNING ${COLUMNS}`,
    [id, now]
  )
  return rows[0] ? toInvitation(rows[0]) : null
}

/** Invitations of one kind within a region or institution that are still open, newest first. */
export async function listOpenInvitations(
  db: Queryable,
  scope: { kind: MembershipKind; regionCode: string | null; institutionId: string | null },
  now: Date
): Promise<StoredInvitation[]> {
  const { rows } = await db.query<InvitationRow>(
    `SELECT ${COLUMNS} FROM invitations
     WHERE kind = $1 AND redeemed_at IS NULL AND withdrawn_at IS NULL AND expires_at > $4
       AND ($2::text IS NULL OR region_code = $2) AND ($3::text IS NULL OR institution_id = $3)
     ORDER BY created_at DESC, id LIMIT 200`,
    [scope.kind, scope.regionCode, scope.institutionId, now]
  )
  return rows.map(toInvitation)
}

type AuditAction = 'invite' | 'withdraw' | 'redeem' | 'remove' | 'sign_out_everywhere'

export async function appendAudit(db: Queryable, entry: { at: Date; actorId: string | null; action: AuditAction; detail: Record<string, unknown> }): Promise<void> {
  await db.query('INSERT INTO account_audit (at, actor_id, action, detail) VALUES ($1, $2, $3, $4)', [entry.at, entry.actorId, entry.action, JSON.stringify(entry.detail)])
}

interface AuditRow {
  id: string | number
  at: Date | string
  actor_id: string | null
  display_name: string | null
  action: AuditAction
  detail: Record<string, unknown> | string
}

/** A page of the log, newest first, before `beforeId` and of one `action` when given. */
export async function listAudit(db: Queryable, page: { beforeId: number | null; limit: number; action: string | null }) {
  const { rows } = await db.query<AuditRow>(
    `SELECT a.id, a.at, a.actor_id, u.display_name, a.action, a.detail FROM account_audit a LEFT JOIN users u ON u.id = a.actor_id
     WHERE ($1::bigint IS NULL OR a.id < $1) AND ($3::text IS NULL OR a.action = $3) ORDER BY a.id DESC LIMIT $2`,
    [page.beforeId, page.limit, page.action]
  )
  return rows.map((row) => ({
    id: Number(row.id),
    at: new Date(row.at),
    actorId: row.actor_id,
    actorName: row.display_name,
    action: row.action,
    detail: typeof row.detail === 'string' ? (JSON.parse(row.detail) as Record<string, unknown>) : row.detail
  }))
}
