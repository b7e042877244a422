import { useRef } from 'react'
import type { z } from 'zod'
import { QUEUE_MAX_PAGE_SIZE, QUEUE_PAGE_SIZE, type QueueFilter, type queueOutputSchema } from '../../domain/complaints/complaint-schema'
import { call } from '../../services/api-client'
import { usePagedQuery, type PagedRemote } from '../shared/queries'

type QueuePage = z.infer<typeof queueOutputSchema>

interface QueuePages extends PagedRemote<QueuePage> {
  /** Every item loaded so far, first page first; totals and departments are from the latest page. */
  shown: QueuePage | undefined
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
  const pages = usePagedQuery(
    key,
    (cursor: string | null) => {
      if (cursor) return call('complaints', 'queue', { ...input, cursor })
      const count = kept.current.count
      return call('complaints', 'queue', count > 0 ? { ...input, limit: Math.min(Math.max(count, QUEUE_PAGE_SIZE), QUEUE_MAX_PAGE_SIZE) } : input)
    },
    (last: QueuePage) => last.nextCursor
  )
  const latest = pages.data?.at(-1)
  const shown = pages.data && latest ? { ...latest, items: pages.data.flatMap((p) => p.items) } : undefined
  if (shown && pages.data && pages.data.length > 1) kept.current.count = shown.items.length
  return { ...pages, shown }
}
