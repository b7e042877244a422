import { beforeAll, describe, it } from '@jest/globals'
import { expect } from '../support/expect-with-message'
import { buildH5, h5BuildIsCurrent, initialJsGzip } from '../../scripts/h5-build'

// Issue 17 asks for at most 130 KB of JS gzip before the H5 app's first page. The budget sits just above what the
// build reached (205 KB of app.js alone at first; 183.6 KB without the English and Uyghur catalogues; 174.6 KB
// with non-home zh-CN namespaces in their page chunks; 140.3 KB without core-js and fetch polyfills, with an
// ES2017 webpack target and the guidance, bookings and validation namespaces out; 119.7 KB with the browser's
// language read directly, WeChat's sign-in return loaded only when it happens, and the tab icons as files), so
// nothing creeps back in.
const INITIAL_JS_BUDGET_BYTES = 121 * 1024

describe('H5 build', () => {
  beforeAll(() => {
    if (!h5BuildIsCurrent()) buildH5()
  })

  it(`loads at most ${INITIAL_JS_BUDGET_BYTES / 1024} KB of JS (gzip) before the first page`, () => {
    const initial = initialJsGzip()
    console.log(`H5 initial JS: ${(initial.bytes / 1024).toFixed(1)} KB gzip (${initial.files.join(', ')})`)
    expect(initial.bytes).toBeLessThanOrEqual(INITIAL_JS_BUDGET_BYTES)
  })
})
