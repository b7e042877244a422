import { useRef, useState } from 'react'
import type { z } from 'zod'
import { QUEUE_MAX_PAGE_SIZE, QUEUE_PAGE_SIZE, type QueueFilter, type queueOutputSchema } from '../../domain/complaints/complaint-schema'
import type { ApiError } from '../../services/api-error'
import { call } from '../../services/api-client'
import { errorMessage, useRemote, type Remote } from '../shared/use-remote'

type QueuePage = z.infer<typeof queueOutputSchema>

/** Pages loaded after a first page; kept with that page so a reload or another filter drops them. */
interface MorePages {
  first: QueuePage
  pages: QueuePage[]
  error: ApiError | null
}

export interface QueuePages extends Remote<QueuePage> {
  /** Every item loaded so far, first page first; totals and departments are from the latest page. */
  shown: QueuePage | undefined
  loadingMore: boolean
  loadMoreError: ApiError | null
  loadMore(): Promise<void>
}

/**
 * The regulators' queue for one department and filter: the first page reloads like any remote data (on
 * showing the page, on pull-down), and `loadMore` follows the cursor for the pages after it.
 */
export function useQueuePages(userId: string | null, department: string | null, filter: QueueFilter): QueuePages {
  const input = department ? { departmentCode: department, filter } : { filter }
  const key = userId ? `${userId}|${department ?? ''}|${filter}` : null
  // How many items this queue had shown: coming back from a complaint reloads that many (up to one request's
  // most) in one page, so a regulator working down page two is not sent back to the top.
  const kept = useRef({ key, count: 0 })
  if (kept.current.key !== key) kept.current = { key, count: 0 }
  const first = useRemote(key, () => {
    const count = kept.current.count
    return call('complaints', 'queue', count > 0 ? { ...input, limit: Math.min(Math.max(count, QUEUE_PAGE_SIZE), QUEUE_MAX_PAGE_SIZE) } : input)
  })
  const [more, setMore] = useState<MorePages | null>(null)
  const [loadingMore, setLoadingMore] = useState(false)
  // Reaching the bottom can fire again before the state above re-renders; this stops a second fetch.
  const inFlight = useRef(false)

  const current = more && more.first === first.data ? more : null
  const latest = current?.pages.at(-1) ?? first.data
  const shown = first.data && latest ? { ...latest, items: [first.data, ...(current?.pages ?? [])].flatMap((p) => p.items) } : undefined

  const loadMore = async () => {
    const base = first.data
    const cursor = latest?.nextCursor
    if (!base || !cursor || inFlight.current) return
    inFlight.current = true
    setLoadingMore(true)
    const loaded = current?.pages ?? []
    try {
      const page = await call('complaints', 'queue', { ...input, cursor })
      const pages = [...loaded, page]
      kept.current.count = [base, ...pages].reduce((n, p) => n + p.items.length, 0)
      setMore({ first: base, pages, error: null })
    } catch (e) {
      setMore({ first: base, pages: loaded, error: errorMessage(e) })
    } finally {
      inFlight.current = false
      setLoadingMore(false)
    }
  }

  return { ...first, shown, loadingMore, loadMoreError: current?.error ?? null, loadMore }
}
