import { DomainError } from '../../../src/domain/shared/error-codes'

/** The code of the DomainError `fn` throws, or undefined when it returns; anything else it throws is rethrown. */
export const codeOf = (fn: () => void): string | undefined => {
  try {
    fn()
  } catch (error) {
    if (error instanceof DomainError) return error.code
    throw error
  }
  return undefined
}
