interface KeyPress {
  key?: string
  preventDefault?(): void
}

/**
 * What makes a tappable View usable by keyboard and screen reader on H5: a role that names what it does, a
 * place in the Tab order, and Enter/Space pressing it as they press a button. The mini-program ignores them.
 * Spread onto the View: `<View {...pressable(open)} onClick={open}>`.
 */
export function pressable(onPress: () => void, role: 'button' | 'link' = 'button', disabled = false) {
  return {
    role,
    tabIndex: disabled ? -1 : 0,
    'aria-disabled': disabled || undefined,
    onKeyDown(event: KeyPress) {
      if (disabled || (event.key !== 'Enter' && event.key !== ' ')) return
      event.preventDefault?.()
      onPress()
    }
  }
}

/**
 * What focus can be moved to by the app (a dialog's panel, a page's heading) but Tab skips. Spread it, as
 * pressable: Taro's component types have no tabIndex, though H5 passes it to the element.
 */
export const focusableByScript = { tabIndex: -1 } as const
