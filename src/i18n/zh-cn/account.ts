export const account = {
  /** Names development sign-ins get when they do not choose one. */
  sampleUser: {
    parent: '示例家长',
    institution_staff: '示例机构工作人员',
    regulator: '示例监管人员'
  },
  wechatUser: '微信用户',
  phoneUser: '手机用户',
  kind: {
    operator: '运营人员',
    regulator: '监管人员',
    institution_owner: '机构负责人',
    institution_staff: '机构工作人员'
  },
  scope: {
    operator: '托育通运营'
  },
  audit: {
    invite: '发出邀请：{scope} {kind}',
    withdraw: '撤回邀请：{scope} {kind}',
    redeem: '接受邀请，成为 {scope} {kind}',
    remove: '移除成员：{scope} {kind}',
    signOutEverywhere: '在所有设备上退出（结束 {count} 个登录）'
  }
} as const
