export const account = {
  sampleUser: {
    parent: 'Sample parent',
    institution_staff: 'Sample institution staff',
    regulator: 'Sample regulator'
  },
  wechatUser: 'WeChat user'
} as const
