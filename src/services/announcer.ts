/**
 * Screen readers on H5 hear what a sighted person sees flash by: Taro's toast is a plain div that appears and
 * fades, which a screen reader never reads. One polite live region, present from launch (a region added
 * together with its text is not announced), repeats each toast's text. Errors on a page announce themselves
 * (role="alert" on ErrorState and FieldNote). WeChat reads its own toasts, so weapp needs none of this.
 */
const VISUALLY_HIDDEN = 'position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0'

/** The text of the toast on screen now, or '' when none shows. */
function visibleToast(doc: Document): string {
  const toast = doc.querySelector<HTMLElement>('.taro__toast')
  if (!toast || toast.style.display === 'none') return ''
  return (toast.textContent ?? '').trim()
}

/** Creates the live region and starts repeating toasts into it; returns the region (tests read it). */
export function startAnnouncer(doc: Document = document): HTMLElement {
  const region = doc.createElement('div')
  region.setAttribute('role', 'status')
  region.setAttribute('aria-live', 'polite')
  region.setAttribute('aria-atomic', 'true')
  region.setAttribute('data-testid', 'announcer')
  region.setAttribute('style', VISUALLY_HIDDEN)
  doc.body.appendChild(region)
  let last = ''
  const observer = new MutationObserver(() => {
    const text = visibleToast(doc)
    if (text === last) return
    last = text
    // An empty text clears the region, so the same message shown twice in a row is read twice.
    region.textContent = text
  })
  observer.observe(doc.body, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['style'] })
  return region
}
