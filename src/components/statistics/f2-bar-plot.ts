import { Axis, Canvas, Chart, Interval, jsx } from '@antv/f2'
import { COLOURS } from '../../theme/tokens'

/** One bar: its label on the axis and its length; null draws no bar (a count published only as "<5"). */
export interface PlotBar {
  label: string
  value: number | null
}

export interface PlotSurface {
  /** A 2D context: the browser's canvas on H5, the Canvas node's (type="2d") on weapp. */
  context: CanvasRenderingContext2D
  width: number
  height: number
  pixelRatio: number
  /** The weapp Canvas node's frame scheduler; H5 uses the window's. */
  requestAnimationFrame?: (callback: () => void) => number
  cancelAnimationFrame?: (handle: number) => void
}

// F2's `jsx` types each component's props against its base class, which its own generic components do not
// meet; the props below are F2's documented ones, checked at run time by the e2e test's drawn pixels.
const element = jsx as (type: unknown, props: Record<string, unknown>) => ReturnType<typeof jsx>

/**
 * Draws horizontal bars with F2 on a 2D context and returns a way to free it. The element tree is built with
 * F2's own `jsx` function rather than JSX syntax, so the file needs no second JSX runtime beside React's.
 * Animation is off: the chart is a picture of numbers the table beside it already gives.
 */
export function drawBars(surface: PlotSurface, bars: readonly PlotBar[]): () => void {
  const data = bars.map((bar) => ({ label: bar.label, value: bar.value }))
  const chart = element(Chart, {
    data,
    coord: { transposed: true },
    scale: { value: { min: 0, nice: true } },
    children: [
      element(Axis, { field: 'label', style: { label: { fill: COLOURS.textSecondary } } }),
      element(Axis, { field: 'value', style: { label: { fill: COLOURS.textSecondary }, grid: { stroke: COLOURS.border } } }),
      element(Interval, { x: 'label', y: 'value', color: COLOURS.primary })
    ]
  })
  const canvas = new Canvas({
    context: surface.context,
    width: surface.width,
    height: surface.height,
    pixelRatio: surface.pixelRatio,
    animate: false,
    requestAnimationFrame: surface.requestAnimationFrame,
    cancelAnimationFrame: surface.cancelAnimationFrame,
    children: chart
  })
  void canvas.render()
  return () => canvas.destroy()
}
