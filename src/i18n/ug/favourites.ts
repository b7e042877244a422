export const favourites = {
  title: 'ساقلىغانلىرىم',
  count: '{count} ئورگان ساقلاندى',
  remove: 'ساقلاشنى بىكار قىلىش',
  removed: 'ساقلاش بىكار قىلىندى',
  emptyTitle: 'ساقلانغان ئورگان يوق',
  emptyHint: 'ئورگان تەپسىلاتى بېتىدە «ساقلاش» نى بېسىڭ، كېيىنكى قېتىم بۇ يەردىن تاپالايسىز.',
  goFind: 'يەسلى ئىزدەش',
  compareEntry: 'سېلىشتۇرۇش ({count})',
  savedOn: '{date} دا ساقلانغان'
} as const
