/**
 * Loads values kept by key: a kept value answers at once (unless refreshing), and callers asking for a key
 * while it loads share that one request instead of sending it again.
 */
export function sharedLoader<T>(kept: (key: string) => T | undefined, send: (key: string) => Promise<T>, keep: (key: string, value: T) => void) {
  const pending = new Map<string, Promise<T>>()
  return (key: string, refresh = false): Promise<T> => {
    const cached = kept(key)
    if (cached && !refresh) return Promise.resolve(cached)
    const inFlight = pending.get(key)
    if (inFlight) return inFlight
    const request = send(key)
      .then((value) => {
        keep(key, value)
        return value
      })
      .finally(() => pending.delete(key))
    pending.set(key, request)
    return request
  }
}
