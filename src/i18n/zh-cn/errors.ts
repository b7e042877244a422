import type { ErrorCode } from '../../domain/shared/error-codes'

/** What a parent reads when something goes wrong; `{field}` names the input that was refused. */
export const errors = {
  INVALID_INPUT: '填写的内容有误（{field}），请检查后重试。',
  UNKNOWN_ACTION: '请求的功能不存在，请更新小程序后重试。',
  NOT_FOUND: '没有找到相关信息，可能已下线或地址有误。',
  UNAUTHENTICATED: '请先登录后再操作。',
  FORBIDDEN: '您没有权限查看或操作此内容。',
  RATE_LIMITED: '操作太频繁了，请稍后再试。',
  CONFLICT: '信息已被更新，请刷新后重试。',
  PAYLOAD_TOO_LARGE: '提交的内容太大，请精简后重试。',
  DEV_LOGIN_DISABLED: '正式环境不支持测试登录，请使用微信登录。',
  WECHAT_LOGIN_FAILED: '微信登录失败，请稍后重试。',
  INTERNAL: '服务暂时出了点问题，请稍后重试。',
  NETWORK: '网络连接不畅，请检查网络后重试。'
} as const satisfies Record<ErrorCode | 'NETWORK', string>
