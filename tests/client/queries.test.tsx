import { act, renderHook, waitFor } from '@testing-library/react'
import { describe, expect, it } from '@jest/globals'
import { usePagedQuery, useQuery } from '../../src/components/shared/queries'
import { useSettingsStore } from '../../src/stores/settings-store'

// The one way the app reads server data: what a screen shows is the answer for what it asks now, and a list
// grows page by page until the server says there is no more.
interface Page {
  items: string[]
  next: number | null
}

const pageOf = (from: number, size: number, total: number): Page => ({
  items: Array.from({ length: Math.min(size, total - from) }, (_, i) => `item ${from + i}`),
  next: from + size < total ? from + size : null
})

function deferred<T>() {
  let resolve!: (value: T) => void
  const promise = new Promise<T>((r) => (resolve = r))
  return { promise, resolve }
}

describe('query hooks', () => {
  it('shows the answer for the current key, never a slower answer for an earlier one', async () => {
    const slow = deferred<string>()
    const { result, rerender } = renderHook(({ key }) => useQuery(key, () => (key === 'a' ? slow.promise : Promise.resolve(`answer ${key}`))), {
      initialProps: { key: 'a' }
    })
    expect(result.current.loading).toBe(true)
    rerender({ key: 'b' })
    await waitFor(() => expect(result.current.data).toBe('answer b'))
    await act(async () => slow.resolve('answer a'))
    expect(result.current.data).toBe('answer b')
  })

  it('asks again in the new language when the reader switches, so an article list is not left in the old one', async () => {
    useSettingsStore.getState().setLocale('zh-CN')
    let asked = 0
    const { result } = renderHook(() => {
      const locale = useSettingsStore((s) => s.locale)
      return useQuery('articles', async () => `list ${++asked} in ${locale}`)
    })
    await waitFor(() => expect(result.current.data).toBe('list 1 in zh-CN'))
    act(() => useSettingsStore.getState().setLocale('ug'))
    await waitFor(() => expect(result.current.data).toBe('list 2 in ug'))
    act(() => useSettingsStore.getState().setLocale('zh-CN'))
    await waitFor(() => expect(result.current.data).toBe('list 3 in zh-CN'))
  })

  it('adds pages until there are no more, and a reload starts again from the first', async () => {
    const asked: (number | null)[] = []
    const { result } = renderHook(() =>
      usePagedQuery(
        'list',
        async (after: number | null) => {
          asked.push(after)
          return pageOf(after ?? 0, 2, 5)
        },
        (last: Page) => last.next
      )
    )
    await waitFor(() => expect(result.current.data?.flatMap((p) => p.items)).toEqual(['item 0', 'item 1']))
    await act(() => result.current.loadMore())
    await act(() => result.current.loadMore())
    expect(result.current.data?.flatMap((p) => p.items)).toHaveLength(5)
    await act(() => result.current.loadMore())
    expect(asked).toEqual([null, 2, 4])
    await act(() => result.current.reload())
    expect(result.current.data?.flatMap((p) => p.items)).toEqual(['item 0', 'item 1'])
  })

  it('keeps the pages shown when a later page fails, with its error to retry', async () => {
    let fail = true
    const { result } = renderHook(() =>
      usePagedQuery(
        'list',
        async (after: number | null) => {
          if (after !== null && fail) throw new Error('offline')
          return pageOf(after ?? 0, 2, 4)
        },
        (last: Page) => last.next
      )
    )
    await waitFor(() => expect(result.current.data).toHaveLength(1))
    await act(() => result.current.loadMore())
    expect(result.current.loadMoreError?.code).toBe('NETWORK')
    expect(result.current.data?.flatMap((p) => p.items)).toEqual(['item 0', 'item 1'])
    fail = false
    await act(() => result.current.loadMore())
    expect(result.current.loadMoreError).toBeNull()
    expect(result.current.data?.flatMap((p) => p.items)).toHaveLength(4)
  })
})
