import { emptyInputSchema } from '../shared/empty-input-schema'
import { action, SIGNED_IN } from '../shared/action-spec'
import { listInboxInputSchema, listInboxOutputSchema, markReadInputSchema, unreadCountSchema } from './inbox-schema'

/** The in-app inbox: booking confirmations and reminders, waitlist offers, complaint updates. Own messages only. */
export const inboxContract = {
  list: action({
    summary: 'My inbox messages, newest first, paged',
    input: listInboxInputSchema,
    output: listInboxOutputSchema,
    access: SIGNED_IN
  }),
  unreadCount: action({
    summary: 'How many of my messages are unread',
    input: emptyInputSchema,
    output: unreadCountSchema,
    access: SIGNED_IN
  }),
  markRead: action({
    summary: 'Mark some of my messages, or all of them, as read',
    input: markReadInputSchema,
    output: unreadCountSchema,
    access: SIGNED_IN
  })
}
