import { expect } from '@jest/globals'

type Matchers = ReturnType<typeof expect>

/**
 * Waits until what the user would see satisfies a matcher: `await eventually(() => row.textContent()).toBe('已预约')`
 * retries the read and the assertion until it holds or the time runs out, then fails with the matcher's own
 * message. It waits on the thing itself, never on a fixed sleep, so a busy machine only makes it slower.
 */
export function eventually<T>(read: () => T | Promise<T>, options: { timeout?: number; interval?: number } = {}): Matchers {
  const timeout = options.timeout ?? 10_000
  const interval = options.interval ?? 50
  return new Proxy({} as Matchers, {
    get(_target, matcher: string) {
      if (matcher === 'then') return undefined
      return async (...args: unknown[]) => {
        const deadline = Date.now() + timeout
        for (;;) {
          const value = await read()
          try {
            ;(expect(value) as unknown as Record<string, (...a: unknown[]) => void>)[matcher]!(...args)
            return
          } catch (error) {
            if (Date.now() >= deadline) throw error
          }
          await new Promise((resolve) => setTimeout(resolve, interval))
        }
      }
    }
  })
}
