import { useEffect, useRef } from 'react'

const FOCUSABLE = 'button, [href], input, textarea, select, [tabindex]:not([tabindex="-1"])'

/**
 * What a sheet or dialog owes keyboard and screen-reader users on H5: focus moves into it when it opens, Tab
 * and Shift+Tab stay inside it while it is open, Escape closes it, and focus returns to what opened it. Attach
 * the returned ref to the panel (give the panel `role='dialog'`, `aria-modal` and a name). WeChat has no
 * keyboard focus to manage, so on weapp it does nothing.
 */
export function useDialogFocus<T>(onClose: () => void) {
  const panelRef = useRef<T>(null)
  const close = useRef(onClose)
  close.current = onClose
  useEffect(() => {
    if (process.env.TARO_ENV !== 'h5' || typeof document === 'undefined') return undefined
    const panel = panelRef.current as unknown as HTMLElement | null
    if (!panel) return undefined
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    const focusables = () => Array.from(panel.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((el) => !el.hasAttribute('disabled') && el.getAttribute('aria-disabled') !== 'true')
    ;(focusables()[0] ?? panel).focus()
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault()
        close.current()
        return
      }
      if (event.key !== 'Tab') return
      const items = focusables()
      const first = items[0]
      const last = items[items.length - 1]
      const active = document.activeElement
      if (!first || !last) {
        event.preventDefault()
        return
      }
      if (event.shiftKey && (active === first || !panel.contains(active))) {
        event.preventDefault()
        last.focus()
      } else if (!event.shiftKey && (active === last || !panel.contains(active))) {
        event.preventDefault()
        first.focus()
      }
    }
    document.addEventListener('keydown', onKeyDown)
    return () => {
      document.removeEventListener('keydown', onKeyDown)
      if (opener?.isConnected) opener.focus()
    }
  }, [])
  return panelRef
}
