import { expect as jestExpect } from '@jest/globals'

type Matchers = ReturnType<typeof jestExpect>

/**
 * jest's `expect` with an optional second argument saying which case failed: `expect(fits(article), article.slug)`.
 * A loop over every article or every region then names the one that broke, not only the value that was wrong.
 */
function labelled<T extends object>(target: T, label: string): T {
  return new Proxy(target, {
    get(object, key, receiver) {
      const value = Reflect.get(object, key, receiver) as unknown
      if (typeof value === 'function') {
        return (...args: unknown[]) => {
          const relabel = (error: unknown): never => {
            if (error instanceof Error) error.message = `${label}\n\n${error.message}`
            throw error
          }
          try {
            const result = (value as (...a: unknown[]) => unknown).apply(object, args)
            return result instanceof Promise ? result.catch(relabel) : result
          } catch (error) {
            return relabel(error)
          }
        }
      }
      return value !== null && typeof value === 'object' ? labelled(value, label) : value
    }
  })
}

export const expect = Object.assign(
  (actual: unknown, message?: string): Matchers => (message === undefined ? jestExpect(actual) : labelled(jestExpect(actual), message)),
  jestExpect
) as typeof jestExpect & ((actual: unknown, message?: string) => Matchers)
