import '../../i18n/zh-cn-pages/statistics'
import { Text, View } from '@tarojs/components'
import { t } from '../../i18n/translate'
import { ChartCanvas } from './chart-canvas'
import './statistics.scss'

export interface ChartRow {
  key: string
  label: string
  /** What the bar's length shows; null draws no bar (a count published as "<5"). */
  value: number | null
  /** The number as written in the table. */
  shown: string
}

interface BarChartProps {
  title: string
  testId: string
  rows: readonly ChartRow[]
  /** The table's column headings: what a row is, and its number. */
  columns?: [string, string]
}

/**
 * A horizontal bar chart drawn by F2 on a canvas (in the subpackage of the page that uses it), and the same
 * numbers as a table right after it. The canvas is hidden from screen readers; the table is what they read
 * and what a user copies.
 */
export function BarChart({ title, testId, rows, columns }: BarChartProps) {
  return (
    <View className='stat-chart' data-testid={testId}>
      <View className='stat-chart__plot' aria-hidden='true' data-testid='stat-chart-plot' data-bars={rows.length}>
        <ChartCanvas bars={rows.map((row) => ({ label: row.label, value: row.value }))} />
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
