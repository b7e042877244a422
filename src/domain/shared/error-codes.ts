/**
 * Stable error codes. Clients branch on these, so a code is never renamed or reused; the message that
 * goes with each lives in the i18n catalogue (`errors.<CODE>`).
 */
export const ERROR_CODES = [
  'INVALID_INPUT',
  'UNKNOWN_ACTION',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'RATE_LIMITED',
  'CONFLICT',
  'PAYLOAD_TOO_LARGE',
  'DEV_LOGIN_DISABLED',
  'WECHAT_LOGIN_FAILED',
  'INTERNAL'
] as const

export type ErrorCode = (typeof ERROR_CODES)[number]

/** A failure the caller can act on. Services throw it; transports turn it into the error envelope. */
export class DomainError extends Error {
  readonly code: ErrorCode
  /** Values interpolated into the catalogue message, e.g. the field that failed. */
  readonly params: Record<string, string | number>

  constructor(code: ErrorCode, params: Record<string, string | number> = {}, detail?: string) {
    super(detail ?? code)
    this.name = 'DomainError'
    this.code = code
    this.params = params
  }
}
