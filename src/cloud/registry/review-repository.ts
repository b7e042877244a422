import { reviewChangeSchema, type ReviewChange, type ReviewStatus, type ReviewView } from '../../domain/registry/registry-schema'
import type { Queryable } from '../db/database'

/** Changes waiting for a regulator (workspace-migrations.ts 0811). */

interface ReviewRow {
  id: string
  institution_id: string
  institution_name: string
  region_code: string
  change: unknown
  status: ReviewStatus
  requested_at: Date | string
  decided_at: Date | string | null
  reason: string | null
}

const SELECT = `SELECT r.id, r.institution_id, i.name AS institution_name, r.region_code, r.change, r.status, r.requested_at, r.decided_at, r.reason
  FROM registry_reviews r JOIN institutions i ON i.id = r.institution_id`

const toView = (row: ReviewRow): ReviewView & { regionCode: string } => ({
  id: row.id,
  institutionId: row.institution_id,
  institutionName: row.institution_name,
  regionCode: row.region_code,
  change: reviewChangeSchema.parse(row.change),
  status: row.status,
  requestedAt: new Date(row.requested_at).toISOString(),
  decidedAt: row.decided_at === null ? null : new Date(row.decided_at).toISOString(),
  reason: row.reason
})

/** Files a request, superseding the institution's pending one of the same kind. */
export async function insertReview(
  tx: Queryable,
  review: { id: string; regionCode: string; institutionId: string; change: ReviewChange; requestedBy: string; requestedByName: string; at: Date }
): Promise<void> {
  await tx.query(`UPDATE registry_reviews SET status = 'superseded', decided_at = $3 WHERE institution_id = $1 AND kind = $2 AND status = 'pending'`, [
    review.institutionId,
    review.change.kind,
    review.at
  ])
  await tx.query(
    `INSERT INTO registry_reviews (id, region_code, institution_id, kind, change, status, requested_by, requested_by_name, requested_at)
     VALUES ($1, $2, $3, $4, $5::jsonb, 'pending', $6, $7, $8)`,
    [review.id, review.regionCode, review.institutionId, review.change.kind, JSON.stringify(review.change), review.requestedBy, review.requestedByName, review.at]
  )
}

export async function institutionReviews(q: Queryable, institutionId: string, limit: number): Promise<ReviewView[]> {
  const { rows } = await q.query<ReviewRow>(`${SELECT} WHERE r.institution_id = $1 AND r.status <> 'superseded' ORDER BY r.requested_at DESC, r.id LIMIT $2`, [institutionId, limit])
  return rows.map(toView)
}

export async function pendingReviews(q: Queryable, regionCode: string, limit: number): Promise<ReviewView[]> {
  const { rows } = await q.query<ReviewRow>(`${SELECT} WHERE r.region_code = $1 AND r.status = 'pending' ORDER BY r.requested_at, r.id LIMIT $2`, [regionCode, limit])
  return rows.map(toView)
}

/** The review, locked for its decision. */
export async function lockReview(tx: Queryable, id: string): Promise<(ReviewView & { regionCode: string }) | null> {
  const { rows } = await tx.query<ReviewRow>(`${SELECT} WHERE r.id = $1 FOR UPDATE OF r`, [id])
  return rows[0] ? toView(rows[0]) : null
}

export async function decideReview(tx: Queryable, id: string, decision: { status: 'approved' | 'rejected'; by: string; byName: string; at: Date; reason: string | null }): Promise<void> {
  await tx.query(`UPDATE registry_reviews SET status = $2, decided_by = $3, decided_by_name = $4, decided_at = $5, reason = $6 WHERE id = $1`, [
    id,
    decision.status,
    decision.by,
    decision.byName,
    decision.at,
    decision.reason
  ])
}
