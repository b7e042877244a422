import type { Page } from 'playwright-core'

/** The smallest thing a finger should have to hit, in CSS pixels, in both modes (the theme's --touch). */
export const MIN_TOUCH_PX = 48

/**
 * Text that does not fit its box: every run of text on the page measured against the boxes that clip it (cut
 * off with no ellipsis or line clamp to say so), and against every other run of text on the same layer
 * (overlap, as when a label grows at 长辈模式's sizes and runs into the value beside it). One line per finding.
 */
export async function textFitFindings(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = []
    const name = (el: Element) => {
      const id = el.getAttribute('data-testid')
      const classes = typeof el.className === 'string' ? el.className.split(' ').slice(0, 2).join('.') : ''
      return `<${el.tagName.toLowerCase()}${id ? ` data-testid=${id}` : ''}${classes ? ` .${classes}` : ''}> “${(el.textContent ?? '').trim().slice(0, 20)}”`
    }
    const ownTextNodes = (el: Element) => Array.from(el.childNodes).filter((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '')
    const visible = (el: Element) => {
      const style = getComputedStyle(el)
      return style.visibility !== 'hidden' && style.display !== 'none' && Number(style.opacity) > 0
    }
    /** The nearest fixed or sticky ancestor: text on a floating bar may lie over the page's text beneath it. */
    const layerOf = (el: Element): Element | null => {
      for (let node: Element | null = el; node; node = node.parentElement) {
        const position = getComputedStyle(node).position
        if (position === 'fixed' || position === 'sticky') return node
      }
      return null
    }
    const marked = (el: Element, upTo: Element) => {
      for (let node: Element | null = el; node && node !== upTo.parentElement; node = node.parentElement) {
        const style = getComputedStyle(node)
        if (style.textOverflow === 'ellipsis' || (style.webkitLineClamp && style.webkitLineClamp !== 'none')) return true
      }
      return false
    }
    interface Box {
      left: number
      right: number
      top: number
      bottom: number
    }
    interface Run {
      el: Element
      lines: Box[]
      layer: Element | null
    }
    /** What of `el` can be seen: the screen, cut by every ancestor that scrolls or hides its overflow. */
    const window_ = (el: Element): Box => {
      const seen = { left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight }
      for (let parent = el.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        const style = getComputedStyle(parent)
        if ([style.overflowX, style.overflowY].every((o) => o === 'visible')) continue
        const edge = parent.getBoundingClientRect()
        seen.left = Math.max(seen.left, edge.left)
        seen.top = Math.max(seen.top, edge.top)
        seen.right = Math.min(seen.right, edge.right)
        seen.bottom = Math.min(seen.bottom, edge.bottom)
      }
      return seen
    }
    const cut = (r: Box, seen: Box): Box | null => {
      const box = { left: Math.max(r.left, seen.left), top: Math.max(r.top, seen.top), right: Math.min(r.right, seen.right), bottom: Math.min(r.bottom, seen.bottom) }
      return box.right > box.left && box.bottom > box.top ? box : null
    }
    const runs: Run[] = []
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      const nodes = ownTextNodes(el)
      if (nodes.length === 0 || !visible(el)) continue
      const box = el.getBoundingClientRect()
      // A 1×1 box is text for screen readers only.
      if (box.width <= 1 || box.height <= 1) continue
      const lines = nodes.flatMap((node) => {
        const range = document.createRange()
        range.selectNodeContents(node)
        return Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0)
      })
      if (lines.length === 0) continue
      // Text scrolled out of its panel (under the tab bar, say) is not on screen to overlap anything.
      const seen = window_(el)
      runs.push({ el, lines: lines.map((r) => cut(r, seen)).filter((r): r is Box => r !== null), layer: layerOf(el) })
      // Clipped: some line reaches past an ancestor that hides its overflow, without an ellipsis saying so.
      for (let parent = el.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        const style = getComputedStyle(parent)
        const clipsX = ['hidden', 'clip'].includes(style.overflowX)
        const clipsY = ['hidden', 'clip'].includes(style.overflowY)
        // Past a box that scrolls, text is scrolled to, not cut off.
        if ([style.overflowX, style.overflowY].some((o) => o === 'auto' || o === 'scroll')) break
        if (!clipsX && !clipsY) continue
        const edge = parent.getBoundingClientRect()
        // A 1×1 clipping box is a visually hidden wrapper on purpose.
        if (edge.width <= 1 || edge.height <= 1) break
        const out = lines.some(
          (r) => (clipsX && (r.left < edge.left - 1 || r.right > edge.right + 1)) || (clipsY && (r.top < edge.top - 1 || r.bottom > edge.bottom + 1))
        )
        if (out && !marked(el, parent)) found.push(`text clipped by ${name(parent)}: ${name(el)}`)
        break
      }
    }
    const overlap = (a: Box, b: Box) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 2 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 2
    for (let i = 0; i < runs.length; i++) {
      for (let j = i + 1; j < runs.length; j++) {
        const a = runs[i]!
        const b = runs[j]!
        if (a.layer !== b.layer || a.el.contains(b.el) || b.el.contains(a.el)) continue
        if (a.lines.some((ra) => b.lines.some((rb) => overlap(ra, rb)))) found.push(`text overlaps: ${name(a.el)} and ${name(b.el)}`)
      }
    }
    return found
  })
}

/** Everything a finger taps, smaller than MIN_TOUCH_PX in height or width. */
export async function smallTouchTargets(page: Page): Promise<string[]> {
  return page.evaluate((min) => {
    const TAPPABLE =
      'button, a[href], input:not([type=hidden]), textarea, select, [role=button], [role=link], [role=tab], [role=switch], [role=checkbox], [role=radio], [role=option], [tabindex="0"]'
    const found = new Set<string>()
    for (const el of Array.from(document.body.querySelectorAll(TAPPABLE))) {
      // Taro's H5 inputs are an <input> inside the component's box, which is what the finger meets.
      const target = el.closest('taro-input-core, taro-textarea-core') ?? el
      const box = target.getBoundingClientRect()
      if (box.width <= 1 || box.height <= 1 || getComputedStyle(target).visibility === 'hidden') continue
      if (box.height < min - 0.5 || box.width < min - 0.5) {
        const id = target.getAttribute('data-testid') ?? el.getAttribute('data-testid')
        const classes = typeof target.className === 'string' ? target.className.split(' ')[0] : ''
        found.add(`touch target ${Math.round(box.width)}×${Math.round(box.height)}px: <${target.tagName.toLowerCase()}${id ? ` data-testid=${id}` : ''}${classes ? ` .${classes}` : ''}> “${(target.textContent ?? '').trim().slice(0, 20)}”`)
      }
    }
    return [...found]
  }, MIN_TOUCH_PX)
}
