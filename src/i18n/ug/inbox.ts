export const inbox = {
  title: 'ئۇچۇرلار',
  empty: 'ھازىرچە ئۇچۇر يوق',
  markAllRead: 'ھەممىنى ئوقۇلدى قىلىش',
  loadMore: 'تېخىمۇ كۆپ'
} as const
