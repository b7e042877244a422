import Taro from '@tarojs/taro'
import { useCallback, useEffect, useRef, useState } from 'react'
import { t } from '../../i18n/translate'
import { ApiError, toApiError } from '../../services/api-error'

export interface Remote<T> {
  data: T | undefined
  error: ApiError | null
  loading: boolean
  reload(): Promise<void>
}

const networkError = () => new ApiError('NETWORK', t('errors.NETWORK'))

/**
 * Data a page fetches: loaded when `key` changes (null skips loading), kept while reloading so the screen does
 * not flash, and an error a parent can read. A stale answer for an older key is dropped.
 */
export function useRemote<T>(key: string | null, load: () => Promise<T>): Remote<T> {
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

  return { data, error, loading, reload }
}

/** The message to show for a failed action. */
export function errorMessage(error: unknown): ApiError {
  return toApiError(error, networkError)
}

/** What a finished action says: a tick for a change the user asked for, plain text for a report. */
export interface ActionToast {
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
 */
export function useFormAction() {
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<string | null>(null)
  const submit = async (action: () => Promise<void>) => {
    setBusy(true)
    setMessage(null)
    try {
      await action()
    } catch (e) {
      setMessage(errorMessage(e).message)
    } finally {
      setBusy(false)
    }
  }
  return { busy, message, setMessage, submit }
}
