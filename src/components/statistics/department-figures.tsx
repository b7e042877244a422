import '../../i18n/zh-cn-pages/statistics'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { departmentStatisticsCsv } from '../../domain/statistics/statistics-rules'
import { t } from '../../i18n/translate'
import { call } from '../../services/api-client'
import { useSessionStore } from '../../stores/session-store'
import { formatShare } from './format-share'
import { ActionButton } from '../shared/action-button'
import { Chip } from '../shared/chip'
import { useQuery } from '../shared/queries'
import { SectionCard } from '../shared/section-card'
import { ErrorState, LoadingState } from '../shared/state-views'
import { BarChart, StatTable } from './bar-chart'
import './statistics.scss'

/** The regulators' figures per department of their region: exact counts, deadlines met, monthly trend, CSV. */
export function DepartmentFigures() {
  const userId = useSessionStore((s) => s.user?.id ?? null)
  const stats = useQuery(userId ? `department-statistics:${userId}` : null, () => call('statistics', 'departments', {}))
  const [chosen, setChosen] = useState<string | null>(null)
  if (stats.error) return <ErrorState title={t('statistics.console.title')} message={stats.error.message} onRetry={() => void stats.reload()} />
  if (!stats.data) return <LoadingState />
  const departments = stats.data.departments
  const shown = departments.find((d) => d.departmentCode === chosen) ?? departments.find((d) => d.received > 0) ?? departments[0]
  const csv = departmentStatisticsCsv(stats.data)
  const copy = () => void Taro.setClipboardData({ data: csv }).then(() => Taro.showToast({ title: t('statistics.console.exported'), icon: 'none' }))
  return (
    <SectionCard title={t('statistics.console.title')} testId='department-figures'>
      <StatTable
        caption={t('statistics.console.title')}
        testId='table-department-figures'
        head={[t('statistics.columnDepartment'), t('statistics.columnReceived'), t('statistics.columnUpheld'), t('statistics.console.columnAcceptedOnTime'), t('statistics.console.columnAnsweredOnTime'), t('statistics.console.columnMedian')]}
        rows={departments.map((d) => ({
          key: d.departmentCode,
          cells: [d.departmentName, String(d.received), String(d.upheld), formatShare(d.acceptedOnTimeShare), formatShare(d.answeredOnTimeShare), d.medianWorkingDaysToAnswer === null ? t('statistics.none') : String(d.medianWorkingDaysToAnswer)]
        }))}
      />
      <View className='complaints-chips'>
        {departments.map((d) => (
          <Chip key={d.departmentCode} label={d.departmentName} selected={d.departmentCode === shown?.departmentCode} onClick={() => setChosen(d.departmentCode)} testId={`figures-${d.departmentCode}`} />
        ))}
      </View>
      {shown && shown.months.length > 0 ? (
        <BarChart
          title={t('statistics.console.trendTitle', { department: shown.departmentName })}
          testId='chart-department-trend'
          columns={[t('statistics.columnMonth'), t('statistics.columnReceived')]}
          rows={shown.months.map((m) => ({ key: m.month, label: m.month, value: m.received, shown: `${m.received} / ${m.answered}` }))}
        />
      ) : (
        <Text className='stat-note'>{t('statistics.console.noComplaints')}</Text>
      )}
      <ActionButton label={t('statistics.console.exportCsv')} variant='secondary' testId='export-department-csv' onClick={copy} />
    </SectionCard>
  )
}
