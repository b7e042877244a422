import type { Queryable } from '../db/database'

/** After this many wrong secrets within the window, checks of that tracking number's secret stop for the lock. */
const MAX_MISSES = 10
const WINDOW = "interval '15 minutes'"

/** Whether the secret checks of this tracking number are locked now. */
export async function secretLocked(db: Queryable, trackingNo: string, now: Date): Promise<boolean> {
  const { rows } = await db.query('SELECT 1 FROM complaint_secret_guard WHERE tracking_no = $1 AND locked_until > $2', [trackingNo, now])
  return rows.length > 0
}

/**
 * Counts one wrong secret for the tracking number (misses older than the window start over) and locks its
 * checks for 15 minutes at the tenth. Nothing here names who guessed: the row is about the number only.
 */
export async function recordSecretMiss(db: Queryable, trackingNo: string, now: Date): Promise<void> {
  await db.query(
    `INSERT INTO complaint_secret_guard (tracking_no, misses, window_start) VALUES ($1, 1, $2)
     ON CONFLICT (tracking_no) DO UPDATE SET
       misses = CASE WHEN complaint_secret_guard.window_start <= $2::timestamptz - ${WINDOW} THEN 1 ELSE complaint_secret_guard.misses + 1 END,
       window_start = CASE WHEN complaint_secret_guard.window_start <= $2::timestamptz - ${WINDOW} THEN $2 ELSE complaint_secret_guard.window_start END`,
    [trackingNo, now]
  )
  await db.query(
    `UPDATE complaint_secret_guard SET locked_until = $2::timestamptz + ${WINDOW}, misses = 0, window_start = $2 WHERE tracking_no = $1 AND misses >= $3`,
    [trackingNo, now, MAX_MISSES]
  )
}
