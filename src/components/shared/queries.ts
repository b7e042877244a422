/**
 * How the app reads and changes server data, in one place: `useQuery` for what a screen shows, `usePagedQuery`
 * for a list read page by page, `keptLoader` for data the whole visit shares (regions, opened institutions),
 * and `useAction` / `useFormAction` for changes. Every call goes through src/services/api-client.ts.
 */
import Taro, { useDidShow } from '@tarojs/taro'
import { useCallback, useEffect, useRef, useState } from 'react'
import { t } from '../../i18n/translate'
import { ApiError, toApiError } from '../../services/api-error'
import { useLocale } from '../../stores/settings-store'

interface Remote<T> {
  data: T | undefined
  error: ApiError | null
  loading: boolean
  reload(): Promise<void>
  /** Changes the shown data in place after an action the server confirmed, without fetching again. */
  update(change: (data: T) => T): void
}

const networkError = () => new ApiError('NETWORK', t('errors.NETWORK'))

/**
 * Data a page fetches: loaded when `key` changes (null skips loading), kept while reloading so the screen does
 * not flash, and an error a parent can read. A stale answer for an older key is dropped.
 */
export function useQuery<T>(key: string | null, load: () => Promise<T>): Remote<T> {
  return useKeyedQuery(useLocaleKey(key), load)
}

/** Server answers speak the reader's language (articles, labels, messages), so a language switch loads again. */
function useLocaleKey(key: string | null): string | null {
  const locale = useLocale()
  return key === null ? null : `${locale}|${key}`
}

function useKeyedQuery<T>(key: string | null, load: () => Promise<T>): Remote<T> {
  const [data, setData] = useState<T | undefined>(undefined)
  const [error, setError] = useState<ApiError | null>(null)
  const [loading, setLoading] = useState(key !== null)
  const latest = useRef({ key, load })
  latest.current = { key, load }

  const reload = useCallback(async () => {
    const { key: asked, load: run } = latest.current
    if (asked === null) return
    setLoading(true)
    setError(null)
    try {
      const result = await run()
      if (latest.current.key === asked) setData(result)
    } catch (e) {
      if (latest.current.key === asked) setError(toApiError(e, networkError))
    } finally {
      if (latest.current.key === asked) setLoading(false)
    }
  }, [])

  useEffect(() => {
    setData(undefined)
    void reload()
  }, [key, reload])

  const update = useCallback((change: (data: T) => T) => setData((shown) => (shown === undefined ? shown : change(shown))), [])
  return { data, error, loading, reload, update }
}

/**
 * Fetches again each time the page comes back into view (from a page opened on top of it), but not on the
 * show that mounted the component, whose first load is already on its way. Keyed on data having loaded rather
 * than on counting shows: a component that appears after sign-in mounts after its page's first show, so the
 * next show (coming back from 改约) would be taken for the first and the list left stale.
 */
export function useReloadOnReturn(loaded: boolean, reload: () => void) {
  useDidShow(() => {
    if (loaded) reload()
  })
}

export interface PagedRemote<P> extends Remote<P[]> {
  loadingMore: boolean
  loadMoreError: ApiError | null
  /** Fetches the page after the last one, unless `next` says there is none or one is already on its way. */
  loadMore(): Promise<void>
}

/**
 * A list read page by page: the first page loads like `useQuery` (on `key`, on reload, which drops later pages);
 * `next` turns the last page into the input for the following one, or null at the end.
 */
export function usePagedQuery<P, C>(key: string | null, load: (after: C | null) => Promise<P>, next: (last: P, pages: P[]) => C | null): PagedRemote<P> {
  const keyed = useLocaleKey(key)
  const pages = useKeyedQuery(keyed, async () => [await load(null)])
  const [loadingMore, setLoadingMore] = useState(false)
  const [loadMoreError, setLoadMoreError] = useState<ApiError | null>(null)
  // Reaching the bottom can fire again before the state above re-renders; this stops a second fetch.
  const inFlight = useRef(false)
  const latest = useRef({ key: keyed, load, next })
  latest.current = { key: keyed, load, next }

  const { data: loaded, update } = pages
  const loadMore = useCallback(async () => {
    const last = loaded?.at(-1)
    const asked = latest.current.key
    const after = last && loaded ? latest.current.next(last, loaded) : null
    if (after === null || inFlight.current) return
    inFlight.current = true
    setLoadingMore(true)
    setLoadMoreError(null)
    try {
      const page = await latest.current.load(after)
      if (latest.current.key === asked) update((shown) => [...shown, page])
    } catch (e) {
      if (latest.current.key === asked) setLoadMoreError(errorMessage(e))
    } finally {
      inFlight.current = false
      setLoadingMore(false)
    }
  }, [loaded, update])

  return { ...pages, loadingMore, loadMoreError, loadMore }
}

/**
 * Loads values the whole visit shares, kept by key (in a store the pages read): a kept value answers at once
 * (unless refreshing), and callers asking for a key while it loads share that one request.
 */
export function keptLoader<T>(kept: (key: string) => T | undefined, send: (key: string) => Promise<T>, keep: (key: string, value: T) => void) {
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

/** The message to show for a failed action. */
export function errorMessage(error: unknown): ApiError {
  return toApiError(error, networkError)
}

/** What a finished action says: a tick for a change the user asked for, plain text for a report. */
interface ActionToast {
  title: string
  icon: 'success' | 'none'
}

/**
 * A button's action against the server: `busy` while it runs (the button is disabled so it is not sent twice),
 * then the toast it returns, or the error's message. Resolves true when the action succeeded.
 */
export function useAction() {
  const [busy, setBusy] = useState(false)
  const run = async (action: () => Promise<ActionToast>): Promise<boolean> => {
    setBusy(true)
    try {
      void Taro.showToast(await action())
      return true
    } catch (e) {
      void Taro.showToast({ title: errorMessage(e).message, icon: 'none' })
      return false
    } finally {
      setBusy(false)
    }
  }
  return { busy, run }
}

/**
 * A form's submit: `busy` while it runs, and a failure's message kept beside the form rather than toasted, so it
 * stays readable while the user corrects what they typed. `setMessage` lets a form say what is missing first.
 * A refusal that names a field is also offered to that field (`fieldError`), and goes once the user changes it.
 */
export function useFormAction() {
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<{ message: string; field: string | null } | null>(null)
  const submit = async (action: () => Promise<void>) => {
    setBusy(true)
    setFailure(null)
    try {
      await action()
    } catch (e) {
      const error = errorMessage(e)
      setFailure({ message: error.message, field: error.field ?? null })
    } finally {
      setBusy(false)
    }
  }
  const setMessage = useCallback((message: string | null) => setFailure(message === null ? null : { message, field: null }), [])
  /** The failure's message when it concerns field `name`: itself, a part of it (`schedule.weeks`), or it inside another (`outcome.duplicateOf`). */
  const fieldError = (name: string): string | null => {
    const field = failure?.field
    return failure && field && (field === name || field.startsWith(`${name}.`) || field.endsWith(`.${name}`)) ? failure.message : null
  }
  /** The user changed field `name`: a refusal of what it held no longer applies. */
  const edited = (name: string) => {
    if (fieldError(name)) setFailure(null)
  }
  return { busy, message: failure?.message ?? null, setMessage, submit, fieldError, edited }
}
