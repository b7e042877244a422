import type { ErrorCode } from '../domain/shared/error-codes'

type ClientErrorCode = ErrorCode | 'NETWORK'

/** A failed call, with the stable code to branch on and a message a parent can read. */
export class ApiError extends Error {
  readonly code: ClientErrorCode
  /** For bad input, the dotted path of the field at fault, so a form can say it next to that field. */
  readonly field: string | undefined

  constructor(code: ClientErrorCode, message: string, field?: string) {
    super(message)
    this.name = 'ApiError'
    this.code = code
    this.field = field
  }
}

export function toApiError(error: unknown, fallback: () => ApiError): ApiError {
  return error instanceof ApiError ? error : fallback()
}
