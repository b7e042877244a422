import type { ErrorCode } from '../domain/shared/error-codes'

type ClientErrorCode = ErrorCode | 'NETWORK'

/** A failed call, with the stable code to branch on and a message a parent can read. */
export class ApiError extends Error {
  readonly code: ClientErrorCode

  constructor(code: ClientErrorCode, message: string) {
    super(message)
    this.name = 'ApiError'
    this.code = code
  }
}

export function toApiError(error: unknown, fallback: () => ApiError): ApiError {
  return error instanceof ApiError ? error : fallback()
}
