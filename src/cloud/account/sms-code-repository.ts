import type { Queryable } from '../db/database'

/** When codes went to this number in the last day: what the per-number limits are counted from. */
export async function recentCodeTimes(db: Queryable, phoneHash: string, now: Date): Promise<Date[]> {
  const { rows } = await db.query<{ created_at: Date | string }>(
    `SELECT created_at FROM sms_codes WHERE phone_hash = $1 AND created_at > $2::timestamptz - interval '1 day' ORDER BY created_at`,
    [phoneHash, now]
  )
  return rows.map((row) => new Date(row.created_at))
}

export async function insertCode(db: Queryable, code: { id: string; phoneHash: string; codeHash: string; createdAt: Date; expiresAt: Date }): Promise<void> {
  await db.query('INSERT INTO sms_codes (id, phone_hash, code_hash, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)', [
    code.id,
    code.phoneHash,
    code.codeHash,
    code.createdAt,
    code.expiresAt
  ])
}

/**
 * Counts one try against the newest unused, unexpired code for the number and answers it, locked, so that
 * concurrent guesses each spend a try. Null when there is no such code or its tries are spent.
 */
export async function spendTry(db: Queryable, phoneHash: string, maxTries: number, now: Date): Promise<{ id: string; codeHash: string } | null> {
  const { rows } = await db.query<{ id: string; code_hash: string }>(
    `UPDATE sms_codes SET attempts = attempts + 1
     WHERE id = (SELECT id FROM sms_codes WHERE phone_hash = $1 AND used_at IS NULL AND expires_at > $2 ORDER BY created_at DESC LIMIT 1 FOR UPDATE)
       AND attempts < $3
     RETURNING id, code_hash`,
    [phoneHash, now, maxTries]
  )
  return rows[0] ? { id: rows[0].id, codeHash: rows[0].code_hash } : null
}

export async function markCodeUsed(db: Queryable, id: string, now: Date): Promise<boolean> {
  const { rows } = await db.query('UPDATE sms_codes SET used_at = $2 WHERE id = $1 AND used_at IS NULL RETURNING id', [id, now])
  return rows.length > 0
}

/** Codes older than a day count for nothing and are deleted. */
export async function deleteOldCodes(db: Queryable, now: Date): Promise<void> {
  await db.query(`DELETE FROM sms_codes WHERE created_at < $1::timestamptz - interval '1 day'`, [now])
}

/** Serialises code sending to one number for the rest of the transaction. */
export async function lockPhone(db: Queryable, phoneHash: string): Promise<void> {
  await db.query('SELECT pg_advisory_xact_lock(hashtext($1))', [phoneHash])
}
