import { z } from 'zod'
import { instantSchema } from '../bookings/slot-schema'

const inboxMessageIdSchema = z.string().regex(/^msg-[a-z0-9-]{4,60}$/)

/** Which part of the service a message comes from; each context that notifies families has its own. */
const INBOX_TOPICS = ['bookings', 'complaints', 'guidance', 'account', 'alerts'] as const
const inboxTopicSchema = z.enum(INBOX_TOPICS)

const INBOX_TITLE_MAX = 40
export const INBOX_BODY_MAX = 500
/** An in-app page path with its query, e.g. /pages/bookings/index?scope=upcoming. */
const inboxLinkSchema = z.string().regex(/^\/pages\/[a-z0-9/-]+\/index(\?[A-Za-z0-9=&_%.-]*)?$/).max(300)

/** What a sender hands to the inbox: the text is already in the reader's language. */
export const newInboxMessageSchema = z.object({
  userId: z.string().min(1),
  topic: inboxTopicSchema,
  title: z.string().min(1).max(INBOX_TITLE_MAX),
  body: z.string().min(1).max(INBOX_BODY_MAX),
  link: inboxLinkSchema.nullable()
})
export type NewInboxMessage = z.infer<typeof newInboxMessageSchema>

const inboxMessageSchema = z.object({
  id: inboxMessageIdSchema,
  topic: inboxTopicSchema,
  title: z.string(),
  body: z.string(),
  link: inboxLinkSchema.nullable(),
  createdAt: instantSchema,
  readAt: instantSchema.nullable()
})
export type InboxMessage = z.infer<typeof inboxMessageSchema>

const INBOX_PAGE_SIZE = { max: 50, default: 20 } as const

export const listInboxInputSchema = z
  .object({
    unreadOnly: z.boolean().default(false),
    /** The `createdAt|id` of the last message already shown, as returned in `nextCursor`. */
    cursor: z.string().min(1).max(120).optional(),
    pageSize: z.number().int().min(1).max(INBOX_PAGE_SIZE.max).default(INBOX_PAGE_SIZE.default)
  })
  .strict()

export const listInboxOutputSchema = z.object({
  messages: z.array(inboxMessageSchema),
  nextCursor: z.string().nullable(),
  unreadCount: z.number().int().min(0)
})

export const markReadInputSchema = z.union([
  z.object({ ids: z.array(inboxMessageIdSchema).min(1).max(INBOX_PAGE_SIZE.max) }).strict(),
  z.object({ all: z.literal(true) }).strict()
])

export const unreadCountSchema = z.object({ unreadCount: z.number().int().min(0) })
