/** The in-app inbox page, and the text of the messages the booking service sends. */
export const inbox = {
  title: '消息',
  empty: '暂时没有消息',
  markAllRead: '全部已读',
  loadMore: '加载更多'
} as const
