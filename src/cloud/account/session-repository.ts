import type { MembershipKind, SignInMethod } from '../../domain/account/account-schema'
import type { MembershipGrant, Person } from '../../domain/account/membership-rules'
import type { Queryable } from '../db/database'

interface LiveSession {
  id: string
  method: SignInMethod
  person: Person & { phoneMasked: string | null }
  /** The membership the session acts with, when it is still live; null acts as a parent. */
  acting: (MembershipGrant & { id: string }) | null
}

export async function insertSession(
  db: Queryable,
  session: { id: string; userId: string; method: SignInMethod; actingMembershipId: string | null; createdAt: Date; expiresAt: Date }
): Promise<void> {
  await db.query(
    'INSERT INTO sessions (id, user_id, method, acting_membership_id, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6)',
    [session.id, session.userId, session.method, session.actingMembershipId, session.createdAt, session.expiresAt]
  )
}

/** The acting membership's columns, null throughout when there is none (or it was removed). */
interface ActingColumns {
  m_id: string | null
  kind: MembershipKind | null
  m_region_code: string | null
  department_code: string | null
  read_only: boolean | null
  institution_id: string | null
}

interface SessionRow extends ActingColumns {
  id: string
  method: SignInMethod
  user_id: string
  display_name: string
  region_code: string | null
  phone_masked: string | null
}

function actingOf(row: ActingColumns): LiveSession['acting'] {
  if (!row.m_id || !row.kind) return null
  return { id: row.m_id, kind: row.kind, regionCode: row.m_region_code, departmentCode: row.department_code, readOnly: row.read_only ?? false, institutionId: row.institution_id }
}

/**
 * The session behind a token, read with its person and acting membership in one statement on every request,
 * so an ended session or a removed membership counts from the very next request.
 */
export async function findLiveSession(db: Queryable, id: string, now: Date): Promise<LiveSession | null> {
  const { rows } = await db.query<SessionRow>(
    `SELECT s.id, s.method, u.id AS user_id, u.display_name, u.region_code, u.phone_masked,
            m.id AS m_id, m.kind, m.region_code AS m_region_code, m.department_code, m.read_only, m.institution_id
     FROM sessions s
     JOIN users u ON u.id = s.user_id
     LEFT JOIN memberships m ON m.id = s.acting_membership_id AND m.removed_at IS NULL
     WHERE s.id = $1 AND s.ended_at IS NULL AND s.expires_at > $2`,
    [id, now]
  )
  const row = rows[0]
  if (!row) return null
  return {
    id: row.id,
    method: row.method,
    person: { id: row.user_id, displayName: row.display_name, homeRegionCode: row.region_code, phoneMasked: row.phone_masked },
    acting: actingOf(row)
  }
}

/**
 * The membership a cloud-function caller acts with: the one they chose, read only while it is live and theirs,
 * so a removal counts from their very next call; null acts as a parent.
 */
export async function findCloudActing(db: Queryable, userId: string): Promise<(MembershipGrant & { id: string }) | null> {
  const { rows } = await db.query<ActingColumns>(
    `SELECT m.id AS m_id, m.kind, m.region_code AS m_region_code, m.department_code, m.read_only, m.institution_id
     FROM users u JOIN memberships m ON m.id = u.cloud_acting_membership_id AND m.user_id = u.id AND m.removed_at IS NULL
     WHERE u.id = $1`,
    [userId]
  )
  return rows[0] ? actingOf(rows[0]) : null
}

export async function setCloudActingMembership(db: Queryable, userId: string, membershipId: string | null): Promise<void> {
  await db.query('UPDATE users SET cloud_acting_membership_id = $2 WHERE id = $1', [userId, membershipId])
}

export async function setActingMembership(db: Queryable, sessionId: string, membershipId: string | null): Promise<void> {
  await db.query('UPDATE sessions SET acting_membership_id = $2 WHERE id = $1', [sessionId, membershipId])
}

export async function endSession(db: Queryable, sessionId: string, now: Date): Promise<number> {
  const { rows } = await db.query('UPDATE sessions SET ended_at = $2 WHERE id = $1 AND ended_at IS NULL RETURNING id', [sessionId, now])
  return rows.length
}

export async function endSessionsOf(db: Queryable, userId: string, now: Date): Promise<number> {
  const { rows } = await db.query('UPDATE sessions SET ended_at = $2 WHERE user_id = $1 AND ended_at IS NULL RETURNING id', [userId, now])
  return rows.length
}

export async function deleteOldSessions(db: Queryable, now: Date): Promise<void> {
  await db.query(`DELETE FROM sessions WHERE coalesce(ended_at, expires_at) < $1::timestamptz - interval '30 days'`, [now])
}
