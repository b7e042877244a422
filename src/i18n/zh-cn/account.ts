import type { Role } from '../../domain/account/account-schema'

export const account = {
  /** Names development sign-ins get when they do not choose one. */
  sampleUser: {
    parent: '示例家长',
    institution_staff: '示例机构工作人员',
    regulator: '示例监管人员',
    operator: '示例运营人员'
  } satisfies Record<Role, string>,
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
  /** What the app shows about signing in and the hats a person wears. */
  ui: {
    cardTitle: '我的账号',
    signedInAs: '已登录：{name}',
    via: {
      sms: '手机号 {phone}',
      wechat: '微信',
      wechat_web: '微信（网页授权）',
      dev: '测试账号'
    },
    viaLabel: '登录方式：{how}',
    actingAs: '当前身份：{hat}',
    parentHat: '家长',
    hatOf: '{scope} {kind}',
    readOnly: '（只读）',
    switchTitle: '切换身份',
    switchTo: '以「{hat}」身份使用',
    switched: '已切换为 {hat}',
    signOut: '退出登录',
    signOutEverywhere: '在所有设备上退出',
    signedOut: '已退出登录',
    signedOutEverywhere: '已在所有设备上退出',
    notSignedIn: '尚未登录。登录后可预约、添加孩子信息和投诉。',
    phoneTitle: '手机号登录',
    phoneLabel: '手机号',
    phonePlaceholder: '请输入11位手机号',
    codeLabel: '验证码',
    codePlaceholder: '6位数字',
    sendCode: '获取验证码',
    resendIn: '{seconds}秒后可重新获取',
    codeSent: '验证码已发送到 {phone}，5分钟内有效',
    phoneSignIn: '登录',
    wechatWeb: '微信登录',
    invitationTitle: '输入邀请码',
    invitationHint: '机构负责人、工作人员和监管人员凭邀请码加入。邀请码7天内有效，只能使用一次。',
    invitationPlaceholder: '例如 ABCD-EFGH-JKMN',
    redeem: '接受邀请',
    redeemed: '已加入：{hat}',
    redeemSignInFirst: '请先登录，再接受邀请。'
  },
  audit: {
    invite: '发出邀请：{scope} {kind}',
    withdraw: '撤回邀请：{scope} {kind}',
    redeem: '接受邀请，成为 {scope} {kind}',
    remove: '移除成员：{scope} {kind}',
    signOutEverywhere: '在所有设备上退出（结束 {count} 个登录）'
  }
} as const
