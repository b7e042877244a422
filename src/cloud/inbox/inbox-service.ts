import { DomainError } from '../../domain/shared/error-codes'
import { newInboxMessageSchema, type NewInboxMessage } from '../../domain/inbox/inbox-schema'
import type { Queryable } from '../db/database'
import { newId } from '../shared/instant-values'
import { countUnread, insertMessage, listMessages, markMessagesRead } from './inbox-repository'

/**
 * Puts a message in a user's inbox. Call it with the transaction that made the change it reports, so the
 * message exists exactly when the change does. Other contexts (complaints, guidance) send through here.
 */
export async function notify(q: Queryable, message: NewInboxMessage, now: Date): Promise<string> {
  const valid = newInboxMessageSchema.parse(message)
  const id = newId('msg')
  await insertMessage(q, id, valid, now)
  return id
}

const CURSOR_PATTERN = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)\|(msg-[a-z0-9-]{4,60})$/

function parseCursor(cursor: string | undefined): { createdAt: string; id: string } | null {
  if (cursor === undefined) return null
  const match = CURSOR_PATTERN.exec(cursor)
  if (!match?.[1] || !match[2]) throw new DomainError('INVALID_INPUT', { field: 'cursor' })
  return { createdAt: match[1], id: match[2] }
}

export async function listInbox(
  q: Queryable,
  userId: string,
  input: { unreadOnly: boolean; cursor?: string | undefined; pageSize: number }
) {
  const after = parseCursor(input.cursor)
  const page = await listMessages(q, userId, { unreadOnly: input.unreadOnly, after, limit: input.pageSize + 1 })
  const messages = page.slice(0, input.pageSize)
  const last = messages[messages.length - 1]
  return {
    messages,
    nextCursor: page.length > input.pageSize && last ? `${last.createdAt}|${last.id}` : null,
    unreadCount: await countUnread(q, userId)
  }
}

export async function markRead(q: Queryable, userId: string, ids: readonly string[] | null, now: Date) {
  await markMessagesRead(q, userId, ids, now)
  return { unreadCount: await countUnread(q, userId) }
}

export async function unreadCount(q: Queryable, userId: string) {
  return { unreadCount: await countUnread(q, userId) }
}
