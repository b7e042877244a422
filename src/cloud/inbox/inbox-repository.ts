import type { Queryable } from '../db/database'
import type { InboxMessage, NewInboxMessage } from '../../domain/inbox/inbox-schema'
import { isoOf, isoOrNull } from '../shared/instant-values'

interface MessageRow {
  id: string
  topic: InboxMessage['topic']
  title: string
  body: string
  link: string | null
  created_at: unknown
  read_at: unknown
}

const toMessage = (row: MessageRow): InboxMessage => ({
  id: row.id,
  topic: row.topic,
  title: row.title,
  body: row.body,
  link: row.link,
  createdAt: isoOf(row.created_at),
  readAt: isoOrNull(row.read_at)
})

export async function insertMessage(q: Queryable, id: string, message: NewInboxMessage, now: Date): Promise<void> {
  await q.query(
    `INSERT INTO inbox_messages (id, user_id, topic, title, body, link, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [id, message.userId, message.topic, message.title, message.body, message.link, now]
  )
}

/** Newest first; `after` is the (createdAt, id) of the last message already shown. */
export async function listMessages(
  q: Queryable,
  userId: string,
  options: { unreadOnly: boolean; after: { createdAt: string; id: string } | null; limit: number }
): Promise<InboxMessage[]> {
  const { rows } = await q.query<MessageRow>(
    `SELECT id, topic, title, body, link, created_at, read_at FROM inbox_messages
      WHERE user_id = $1
        AND ($2::boolean = false OR read_at IS NULL)
        AND ($3::timestamptz IS NULL OR (created_at, id) < ($3::timestamptz, $4::text))
      ORDER BY created_at DESC, id DESC
      LIMIT $5`,
    [userId, options.unreadOnly, options.after?.createdAt ?? null, options.after?.id ?? '', options.limit]
  )
  return rows.map(toMessage)
}

export async function countUnread(q: Queryable, userId: string): Promise<number> {
  const { rows } = await q.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM inbox_messages WHERE user_id = $1 AND read_at IS NULL`,
    [userId]
  )
  return rows[0]?.n ?? 0
}

/** Marks the user's own messages read (ids of other users' messages are ignored); null ids means all. */
export async function markMessagesRead(q: Queryable, userId: string, ids: readonly string[] | null, now: Date): Promise<void> {
  await q.query(
    `UPDATE inbox_messages SET read_at = $3
      WHERE user_id = $1 AND read_at IS NULL AND ($2::text[] IS NULL OR id = ANY($2::text[]))`,
    [userId, ids, now]
  )
}
