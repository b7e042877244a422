import type { Queryable } from '../db/database'
import { isoOf } from '../shared/instant-values'

export interface ChildRecord {
  id: string
  guardianId: string
  nickname: string
  birthMonth: string
  consentVersion: string
  consentedAt: string
}

interface ChildRow {
  id: string
  guardian_id: string
  nickname: string
  birth_month: string
  consent_version: string
  consented_at: unknown
}

const COLUMNS = 'id, guardian_id, nickname, birth_month, consent_version, consented_at'

const toRecord = (row: ChildRow): ChildRecord => ({
  id: row.id,
  guardianId: row.guardian_id,
  nickname: row.nickname,
  birthMonth: row.birth_month,
  consentVersion: row.consent_version,
  consentedAt: isoOf(row.consented_at)
})

export async function insertChild(q: Queryable, child: ChildRecord, now: Date): Promise<void> {
  await q.query(
    `INSERT INTO children (id, guardian_id, nickname, birth_month, consent_version, consented_at, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [child.id, child.guardianId, child.nickname, child.birthMonth, child.consentVersion, child.consentedAt, now]
  )
}

export async function listChildrenOf(q: Queryable, guardianId: string): Promise<ChildRecord[]> {
  const { rows } = await q.query<ChildRow>(
    `SELECT ${COLUMNS} FROM children WHERE guardian_id = $1 ORDER BY created_at, id`,
    [guardianId]
  )
  return rows.map(toRecord)
}

/** The child only when it belongs to this guardian: another family's child is as good as absent. */
export async function findChildOf(q: Queryable, guardianId: string, childId: string): Promise<ChildRecord | null> {
  const { rows } = await q.query<ChildRow>(`SELECT ${COLUMNS} FROM children WHERE id = $1 AND guardian_id = $2`, [
    childId,
    guardianId
  ])
  return rows[0] ? toRecord(rows[0]) : null
}

export async function updateChildOf(
  q: Queryable,
  guardianId: string,
  childId: string,
  patch: { nickname?: string | undefined; birthMonth?: string | undefined }
): Promise<ChildRecord | null> {
  const { rows } = await q.query<ChildRow>(
    `UPDATE children SET nickname = coalesce($3, nickname), birth_month = coalesce($4, birth_month)
      WHERE id = $1 AND guardian_id = $2 RETURNING ${COLUMNS}`,
    [childId, guardianId, patch.nickname ?? null, patch.birthMonth ?? null]
  )
  return rows[0] ? toRecord(rows[0]) : null
}

export async function deleteChildOf(q: Queryable, guardianId: string, childId: string): Promise<boolean> {
  const { rows } = await q.query(`DELETE FROM children WHERE id = $1 AND guardian_id = $2 RETURNING id`, [childId, guardianId])
  return rows.length > 0
}
