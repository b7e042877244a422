export const common = {
  appName: 'يەسلى تورى',
  sampleData: 'ئۈلگە سانلىق مەلۇمات',
  sampleDataNote: 'بۇ ئۈلگە سانلىق مەلۇمات. ئورگان ناملىرى ۋە ئۇچۇرلىرى ئويدۇرما بولۇپ، پەقەت كۆرسىتىش ئۈچۈندۇر.',
  loading: 'يۈكلىنىۋاتىدۇ…',
  loadMore: 'تېخىمۇ كۆپ',
  loadingMore: 'يۈكلىنىۋاتىدۇ…',
  loadMoreFailed: 'يۈكلەش مەغلۇپ بولدى: {message}',
  retry: 'قايتا سىناش',
  addressCopied: 'ئادرېس كۆچۈرۈلدى، خەرىتە ئەپىگە چاپلاپ يول كۆرسەتسىڭىز بولىدۇ',
  unknown: 'ئاشكارىلانمىغان',
  yes: 'ھەئە',
  no: 'ياق'
} as const
