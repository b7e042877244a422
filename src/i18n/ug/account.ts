export const account = {
  sampleUser: {
    parent: 'ئۈلگە ئاتا-ئانا',
    institution_staff: 'ئۈلگە ئورگان خىزمەتچىسى',
    regulator: 'ئۈلگە نازارەتچى'
  },
  wechatUser: 'ئۈندىدار ئىشلەتكۈچىسى'
} as const
