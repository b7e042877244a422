import type { ReminderKind } from '../../domain/bookings/reminder-rules'
import type { Queryable } from '../db/database'

export async function insertReminders(
  q: Queryable,
  bookingId: string,
  reminders: readonly { kind: ReminderKind; dueAt: Date }[]
): Promise<void> {
  for (const reminder of reminders) {
    await q.query(`INSERT INTO reminders (booking_id, kind, due_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [
      bookingId,
      reminder.kind,
      reminder.dueAt
    ])
  }
}

/** A booking that no longer happens gets no reminder. */
export async function deleteUnsentReminders(q: Queryable, bookingId: string): Promise<void> {
  await q.query(`DELETE FROM reminders WHERE booking_id = $1 AND sent_at IS NULL`, [bookingId])
}

export async function deleteUnsentRemindersOfSlot(q: Queryable, slotId: string): Promise<void> {
  await q.query(
    `DELETE FROM reminders r USING bookings b WHERE r.booking_id = b.id AND b.slot_id = $1 AND r.sent_at IS NULL`,
    [slotId]
  )
}

/**
 * Claims due reminders of confirmed bookings whose slot has not started by stamping `sent_at`. A reminder
 * another sender has claimed is locked (skipped) or already stamped (no longer matches), so each is claimed
 * exactly once however many senders run at the same time.
 */
export async function claimDueReminders(q: Queryable, now: Date, limit: number): Promise<{ bookingId: string; kind: ReminderKind }[]> {
  const { rows } = await q.query<{ booking_id: string; kind: ReminderKind }>(
    `UPDATE reminders r SET sent_at = $1
      WHERE (r.booking_id, r.kind) IN (
              SELECT due.booking_id, due.kind FROM reminders due
                JOIN bookings b ON b.id = due.booking_id
                JOIN slots s ON s.id = b.slot_id
               WHERE due.sent_at IS NULL AND due.due_at <= $1 AND b.status = 'confirmed' AND s.starts_at > $1
               ORDER BY due.due_at LIMIT $2
               FOR UPDATE OF due SKIP LOCKED)
        AND r.sent_at IS NULL
      RETURNING r.booking_id, r.kind`,
    [now, limit]
  )
  return rows.map((row) => ({ bookingId: row.booking_id, kind: row.kind }))
}

/** Reminders that can no longer be useful (the slot has started) are dropped unsent. */
export async function dropStaleReminders(q: Queryable, now: Date): Promise<void> {
  await q.query(
    `DELETE FROM reminders r USING bookings b, slots s
      WHERE r.booking_id = b.id AND s.id = b.slot_id AND r.sent_at IS NULL AND s.starts_at <= $1`,
    [now]
  )
}

/**
 * Of these bookings, those whose parent allowed a WeChat reminder that has not gone yet, stamped as sent
 * (the permission is for one message), with the parent's openid where they signed in through WeChat.
 */
export async function claimWechatReminders(q: Queryable, bookingIds: readonly string[], now: Date): Promise<{ bookingId: string; openid: string | null }[]> {
  if (bookingIds.length === 0) return []
  const { rows } = await q.query<{ id: string; openid: string | null }>(
    `UPDATE bookings b SET wechat_reminder_sent_at = $2
      WHERE b.id = ANY($1::text[]) AND b.wechat_reminder AND b.wechat_reminder_sent_at IS NULL
      RETURNING b.id, (SELECT u.openid FROM users u WHERE u.id = b.user_id) AS openid`,
    [bookingIds, now]
  )
  return rows.map((row) => ({ bookingId: row.id, openid: row.openid }))
}
