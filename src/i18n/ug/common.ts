export const common = {
  appName: 'يەسلى تورى',
  sampleData: 'ئۈلگە سانلىق مەلۇمات',
  sampleDataNote: 'بۇ ئۈلگە سانلىق مەلۇمات. ئورگان ناملىرى ۋە ئۇچۇرلىرى ئويدۇرما بولۇپ، پەقەت كۆرسىتىش ئۈچۈندۇر.',
  loading: 'يۈكلىنىۋاتىدۇ…',
  retry: 'قايتا سىناش',
  loadMore: 'تېخىمۇ كۆپ',
  loadingMore: 'يۈكلىنىۋاتىدۇ…',
  loadMoreFailed: 'يۈكلەش مەغلۇپ بولدى: {message}',
  addressCopied: 'ئادرېس كۆچۈرۈلدى، خەرىتە ئەپىگە چاپلاپ يول كۆرسەتسىڭىز بولىدۇ',
  unknown: 'ئاشكارىلانمىغان',
  yes: 'ھەئە',
  readAloud: 'ئوقۇپ بېرىش',
  readAloudStop: 'ئوقۇشنى توختىتىش',
  no: 'ياق'
} as const
