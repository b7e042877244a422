/** The 收藏 tab. */
export const favourites = {
  title: '我的收藏',
  count: '已收藏 {count} 家机构',
  remove: '取消收藏',
  removed: '已取消收藏',
  emptyTitle: '还没有收藏的机构',
  emptyHint: '在机构详情页点「收藏」，下次打开小程序还能在这里找到。',
  goFind: '去找托育',
  compareEntry: '去对比（{count}）',
  savedOn: '收藏于 {date}'
} as const
