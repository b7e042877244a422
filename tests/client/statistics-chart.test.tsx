import { render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, it, jest } from '@jest/globals'
import { expect } from '../support/expect-with-message'
import { BarChart, type ChartRow } from '../../src/components/statistics/bar-chart'

/**
 * jsdom has no canvas drawing, so the test gives each canvas a 2D context that records what F2 draws: enough to
 * see that the bars and labels the table lists reach the canvas. The drawn pixels themselves are checked in
 * Chromium (tests/e2e/statistics.e2e.test.ts).
 */
interface Recorded {
  texts: string[]
  fills: string[]
}

function recordingContext(canvas: HTMLCanvasElement, recorded: Recorded): CanvasRenderingContext2D {
  const state: Record<string | symbol, unknown> = { canvas, fillStyle: '#000000', strokeStyle: '#000000', globalAlpha: 1, lineWidth: 1 }
  return new Proxy(state, {
    get(target, name) {
      if (name in target) return target[name]
      if (name === 'fillText') return (text: string) => recorded.texts.push(String(text))
      if (name === 'fill' || name === 'fillRect') return () => recorded.fills.push(String(target.fillStyle))
      if (name === 'measureText') return (text: string) => ({ width: String(text).length * 6, actualBoundingBoxAscent: 8, actualBoundingBoxDescent: 2 })
      if (name === 'getImageData') return (_x: number, _y: number, w: number, h: number) => ({ data: new Uint8ClampedArray(Math.max(1, w * h) * 4) })
      if (name === 'getLineDash') return () => []
      if (name === 'getTransform') return () => ({ a: 1, b: 0, c: 0, d: 1, e: 0, f: 0 })
      if (name === 'createLinearGradient' || name === 'createRadialGradient' || name === 'createPattern') return () => ({ addColorStop: () => undefined })
      return () => undefined
    },
    set(target, name, value) {
      target[name] = value
      return true
    }
  }) as unknown as CanvasRenderingContext2D
}

let recorded: Recorded
const restore: (() => void)[] = []

beforeEach(() => {
  recorded = { texts: [], fills: [] }
  const getContext = jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(function (this: HTMLCanvasElement) {
    return recordingContext(this, recorded)
  } as unknown as HTMLCanvasElement['getContext'])
  // A phone-width layout, which jsdom does not compute.
  const rect = jest.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({ x: 0, y: 0, top: 0, left: 0, right: 343, bottom: 160, width: 343, height: 160, toJSON: () => ({}) })
  restore.push(() => getContext.mockRestore(), () => rect.mockRestore())
})

afterEach(() => {
  for (const undo of restore.splice(0)) undo()
})

const ROWS: ChartRow[] = [
  { key: 'full_day', label: '全日托', value: 120, shown: '120' },
  { key: 'hourly', label: '计时托', value: 35, shown: '35' },
  { key: 'temporary', label: '临时托', value: null, shown: '<5' }
]

describe('statistics bar chart', () => {
  it('draws the bars with F2 on a canvas hidden from screen readers, and gives every number as a table', async () => {
    render(<BarChart title='各类服务托位' testId='chart-services' rows={ROWS} />)
    const chart = screen.getByTestId('chart-services')
    const plot = within(chart).getByTestId('stat-chart-plot')
    expect(plot).toHaveAttribute('aria-hidden', 'true')
    expect(plot.querySelector('canvas')).not.toBeNull()

    const table = within(chart).getByRole('table', { name: '各类服务托位（数据表）' })
    const rows = within(table).getAllByRole('row').map((row) => row.textContent)
    expect(rows).toEqual(['项目数值', '全日托120', '计时托35', '临时托<5'])

    // The axis labels are drawn, and bars in the theme's primary colour.
    await waitFor(() => expect(recorded.texts).toEqual(expect.arrayContaining(['全日托', '计时托', '临时托'])))
    expect(recorded.fills).toContain('#17795e')
  })
})
