import { Text, View } from '@tarojs/components'
import { t } from '../../i18n/translate'
import './statistics.scss'

export interface ChartRow {
  key: string
  label: string
  /** What the bar's length shows; null draws no bar (a count published as "<5"). */
  value: number | null
  /** The number as written in the table and beside the bar. */
  shown: string
}

interface BarChartProps {
  title: string
  testId: string
  rows: readonly ChartRow[]
  /** A line across the bars: the plan's target. */
  target?: { value: number; label: string } | null
  /** The table's column headings: what a row is, and its number. */
  columns?: [string, string]
}

/**
 * A horizontal bar chart drawn with plain views (it renders alike on weapp and H5, in no extra package), and the
 * same numbers as a table right after it. The bars are hidden from screen readers; the table is what they read
 * and what a user copies.
 */
export function BarChart({ title, testId, rows, target, columns }: BarChartProps) {
  const max = Math.max(target?.value ?? 0, ...rows.map((r) => r.value ?? 0)) || 1
  const width = (value: number) => `${Math.max(0, Math.min(100, (value / max) * 100))}%`
  return (
    <View className='stat-chart' data-testid={testId}>
      <View className='stat-chart__plot' aria-hidden='true' data-testid='stat-chart-plot'>
        {rows.map((row) => (
          <View key={row.key} className='stat-chart__row'>
            <Text className='stat-chart__label'>{row.label}</Text>
            <View className='stat-chart__track'>
              {row.value !== null && row.value > 0 ? <View className='stat-chart__bar' style={{ width: width(row.value) }} /> : null}
              {target ? <View className='stat-chart__target' style={{ left: width(target.value) }} /> : null}
            </View>
            <Text className='stat-chart__value'>{row.shown}</Text>
          </View>
        ))}
        {target ? <Text className='stat-chart__legend'>{target.label}</Text> : null}
      </View>
      <StatTable
        caption={t('statistics.tableCaption', { title })}
        head={columns ?? [t('statistics.columnItem'), t('statistics.columnValue')]}
        rows={rows.map((row) => ({ key: row.key, cells: [row.label, row.shown] }))}
      />
    </View>
  )
}

interface StatTableProps {
  caption: string
  head: readonly string[]
  rows: readonly { key: string; cells: readonly string[] }[]
  testId?: string
}

/** A table of figures built from views with table roles, so it reads as one on H5 and selects as text on weapp. */
export function StatTable({ caption, head, rows, testId = 'stat-table' }: StatTableProps) {
  return (
    <View className='stat-table' role='table' aria-label={caption} data-testid={testId}>
      <View className='stat-table__row stat-table__row--head' role='row'>
        {head.map((cell) => (
          <View key={cell} className='stat-table__cell' role='columnheader'>
            <Text userSelect>{cell}</Text>
          </View>
        ))}
      </View>
      {rows.map((row) => (
        <View key={row.key} className='stat-table__row' role='row'>
          {row.cells.map((cell, i) => (
            <View key={i} className='stat-table__cell' role={i === 0 ? 'rowheader' : 'cell'}>
              <Text userSelect>{cell}</Text>
            </View>
          ))}
        </View>
      ))}
    </View>
  )
}
