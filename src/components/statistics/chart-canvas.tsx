import { Canvas } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useId, useRef } from 'react'
import { drawBars, type PlotBar, type PlotSurface } from './f2-bar-plot'

const ON_WEAPP = process.env.TARO_ENV === 'weapp'

/** Height per bar and for the value axis under the bars, in design pixels (750 wide) like the theme's sizes. */
const BAR_ROW = 64
const AXIS = 56

interface WeappCanvasNode {
  width: number
  height: number
  getContext: (type: '2d') => CanvasRenderingContext2D
  requestAnimationFrame: (callback: () => void) => number
  cancelAnimationFrame: (handle: number) => void
}

/** The weapp Canvas node (type="2d") behind the id, sized in device pixels. */
function weappSurface(id: string): Promise<PlotSurface | null> {
  return new Promise((resolve) => {
    Taro.createSelectorQuery()
      .select(`#${id}`)
      .fields({ node: true, size: true })
      .exec((res: ({ node?: WeappCanvasNode; width: number; height: number } | null)[]) => {
        const found = res[0]
        if (!found?.node) return resolve(null)
        const pixelRatio = Taro.getSystemInfoSync().pixelRatio
        const node = found.node
        node.width = found.width * pixelRatio
        node.height = found.height * pixelRatio
        resolve({
          context: node.getContext('2d'),
          width: found.width,
          height: found.height,
          pixelRatio,
          requestAnimationFrame: (callback) => node.requestAnimationFrame(callback),
          cancelAnimationFrame: (handle) => node.cancelAnimationFrame(handle)
        })
      })
  })
}

/** The browser canvas: Taro's H5 Canvas wraps a real <canvas> in its host element. */
function browserSurface(id: string): PlotSurface | null {
  if (typeof document === 'undefined') return null
  const host = document.getElementById(id)
  const element = host instanceof HTMLCanvasElement ? host : host?.querySelector('canvas')
  const rect = host?.getBoundingClientRect()
  // Not laid out (hidden, or a DOM without layout): nothing to draw on yet.
  if (!element || !rect || rect.width === 0) return null
  const context = element.getContext('2d')
  if (!context) return null
  const pixelRatio = window.devicePixelRatio || 1
  element.width = Math.round(rect.width * pixelRatio)
  element.height = Math.round(rect.height * pixelRatio)
  return { context, width: rect.width, height: rect.height, pixelRatio }
}

/**
 * One F2 bar chart on a 2D canvas, hidden from screen readers: the table beside it carries the same numbers
 * as text. It draws once the canvas is laid out and again when the bars change.
 */
export function ChartCanvas({ bars }: { bars: readonly PlotBar[] }) {
  const id = `stat-chart-${useId().replace(/[^a-zA-Z0-9]/g, '')}`
  // The bars are compared by value, so a parent re-rendering with equal figures does not redraw.
  const key = JSON.stringify(bars)
  const latest = useRef(bars)
  latest.current = bars
  useEffect(() => {
    let free: (() => void) | null = null
    let cancelled = false
    const draw = (surface: PlotSurface | null) => {
      if (!cancelled && surface) free = drawBars(surface, latest.current)
    }
    // After this render reaches the page: on weapp the node exists only once the view layer has it.
    Taro.nextTick(() => {
      if (ON_WEAPP) void weappSurface(id).then(draw)
      else draw(browserSurface(id))
    })
    return () => {
      cancelled = true
      free?.()
    }
  }, [id, key])
  return (
    <Canvas
      type='2d'
      id={id}
      canvasId={id}
      className='stat-chart__canvas'
      style={{ height: Taro.pxTransform(bars.length * BAR_ROW + AXIS) }}
      aria-hidden='true'
      data-testid='stat-chart-canvas'
    />
  )
}
