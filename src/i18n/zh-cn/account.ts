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
    wechatWebOr: '或用手机号登录：',
    wechatWebRefused: '微信登录未完成（校验失败），请重新点击「微信登录」。',
    invitationTitle: '输入邀请码',
    invitationHint: '机构负责人、工作人员和监管人员凭邀请码加入。邀请码7天内有效，只能使用一次。',
    invitationPlaceholder: '例如 ABCD-EFGH-JKMN',
    redeem: '接受邀请',
    redeemed: '已加入：{hat}',
    redeemSignInFirst: '请先登录，再接受邀请。'
  },
  /** Inviting and removing the people a hat manages (operators: regulators; regulators: owners; owners: staff). */
  members: {
    title: '成员与邀请',
    entry: '成员与邀请',
    region: '地区',
    department: '部门',
    readOnly: '只读（只能查看，不能处理）',
    inviteTitle: {
      regulator: '邀请监管人员',
      institution_owner: '邀请机构负责人',
      institution_staff: '邀请机构工作人员'
    },
    inviteHint: '生成一个邀请码，7天内有效，只能使用一次。请通过可靠的方式发给对方本人。',
    institutionId: '已备案机构编号',
    institutionIdHint: '只能邀请本地区已备案机构的负责人；编号见备案信息。',
    note: '备注（发给谁）',
    notePlaceholder: '例如 王园长',
    invite: '生成邀请码',
    codeOnce: '邀请码只显示这一次，请现在复制发给对方：',
    copyCode: '复制邀请码',
    copyLink: '复制邀请链接',
    copied: '已复制',
    pending: '待接受的邀请',
    nonePending: '没有待接受的邀请。',
    pendingLine: '{hat} · {until} 前有效',
    withdraw: '撤回',
    withdrawn: '邀请已撤回',
    current: '当前成员',
    noneCurrent: '还没有成员。',
    memberLine: '{hat} · {since} 加入',
    remove: '移除',
    removeTitle: '移除成员',
    removeConfirm: '确定移除「{name}」吗？对方将立即失去这个身份。',
    removed: '已移除',
    notAllowed: '您当前的身份不能邀请或移除成员。请在「我的」中切换为运营人员、监管人员或机构负责人。'
  },
  /** The operators' screen of the account audit log. */
  auditScreen: {
    title: '账号操作记录',
    entry: '账号操作记录',
    all: '全部',
    actions: {
      invite: '邀请',
      withdraw: '撤回',
      redeem: '接受邀请',
      remove: '移除',
      sign_out_everywhere: '全部设备退出'
    },
    empty: '暂无记录。',
    line: '{when} · {who}',
    commandLine: '命令行',
    operatorsOnly: '只有运营人员可以查看账号操作记录。'
  },
  audit: {
    invite: '发出邀请：{scope} {kind}',
    withdraw: '撤回邀请：{scope} {kind}',
    redeem: '接受邀请，成为 {scope} {kind}',
    remove: '移除成员：{scope} {kind}',
    signOutEverywhere: '在所有设备上退出（结束 {count} 个登录）'
  }
} as const
