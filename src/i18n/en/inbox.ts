export const inbox = {
  title: 'Messages',
  empty: 'No messages yet',
  markAllRead: 'Mark all read',
  loadMore: 'Load more'
} as const
