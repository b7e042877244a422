import type { Role } from '../../domain/account/account-schema'

export const account = {
  /** Names development sign-ins get when they do not choose one. */
  sampleUser: {
    parent: '示例家长',
    institution_staff: '示例机构工作人员',
    regulator: '示例监管人员',
    operator: '示例运营人员'
  } satisfies Record<Role, string>,
  wechatUser: '微信用户'
} as const
