import '../../i18n/zh-cn-pages/complaints'
import '../../i18n/zh-cn-pages/registry'
import { Text, View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import { useState } from 'react'
import { ActingAs } from '../../components/account/account-panel'
import { MembersLinks } from '../../components/account/members-links'
import { deadlineText, whenText } from '../../components/complaints/complaint-format'
import { RegulatorSignIn } from '../../components/complaints/complaint-sign-in'
import { useQueuePages } from '../../components/complaints/use-queue-pages'
import { PageShell } from '../../components/layout/page-shell'
import { UnlocatedCountLink } from '../../components/registry/unlocated-card'
import { LinkCard } from '../../components/shared/link-card'
import { LoadMoreFooter } from '../../components/shared/load-more-footer'
import { Chip } from '../../components/shared/chip'
import { SectionCard } from '../../components/shared/section-card'
import { DepartmentFigures } from '../../components/statistics/department-figures'
import { ErrorState, LoadingState } from '../../components/shared/state-views'
import { QUEUE_FILTERS, type QueueFilter } from '../../domain/complaints/complaint-schema'
import { t } from '../../i18n/translate'
import { useSessionStore } from '../../stores/session-store'
import '../../components/complaints/complaints.scss'
import './index.scss'

function Queue() {
  const userId = useSessionStore((s) => s.user?.id ?? null)
  const [department, setDepartment] = useState<string | null>(null)
  const [filter, setFilter] = useState<QueueFilter>('open')
  const remote = useQueuePages(userId, department, filter)
  useDidShow(() => {
    void remote.reload()
  })
  usePullDownRefresh(() => {
    void remote.reload().finally(() => Taro.stopPullDownRefresh())
  })
  useReachBottom(() => {
    void remote.loadMore()
  })
  if (remote.error && !remote.shown) return <ErrorState title={t('complaints.titles.queue')} message={remote.error.message} onRetry={() => void remote.reload()} />
  if (!remote.shown) return <LoadingState />
  const { items, departments, total, nextCursor } = remote.shown
  return (
    <View>
      <SectionCard title={t('complaints.console.departments')} testId='queue-departments'>
        <View className='complaints-chips'>
          <Chip label={t('complaints.console.allDepartments')} selected={department === null} onClick={() => setDepartment(null)} testId='department-all' />
          {[...departments].sort((a, b) => b.overdue - a.overdue || b.open - a.open).map((d) => (
            <Chip
              key={d.code}
              label={d.open > 0 ? `${d.name}（${t('complaints.console.openCount', { open: d.open, overdue: d.overdue })}）` : d.name}
              selected={department === d.code}
              onClick={() => setDepartment(d.code)}
              testId={`queue-department-${d.code}`}
            />
          ))}
        </View>
      </SectionCard>
      <SectionCard title={t('complaints.titles.queue')} testId='queue'>
        <View className='complaints-chips'>
          {QUEUE_FILTERS.map((f) => (
            <Chip key={f} label={t(`complaints.console.filters.${f}`)} selected={filter === f} onClick={() => setFilter(f)} testId={`queue-filter-${f}`} />
          ))}
        </View>
        {items.length === 0 ? (
          <Text className='complaints-hint'>{t('complaints.console.empty')}</Text>
        ) : (
          <Text className='complaints-hint' data-testid='queue-total'>
            {t('complaints.console.total', { total })}
          </Text>
        )}
        {items.map((item) => (
          <View
            key={item.trackingNo}
            className={`complaints-row ${item.overdue ? 'complaints-row--overdue' : ''}`}
            data-testid='queue-item'
            data-tracking-no={item.trackingNo}
            data-overdue={item.overdue ? 'true' : 'false'}
            onClick={() => void Taro.navigateTo({ url: `/pages/regulator/complaint/index?no=${item.trackingNo}` })}
          >
            <View className='complaints-row__main'>
              <Text className='complaints-row__title'>
                {item.subjectName}
                {item.subjectKind === 'unfiled' ? `（${t('complaints.console.unfiled')}）` : ''}
              </Text>
              <Text className='complaints-row__meta'>
                {t(`complaints.categories.${item.category}`)} · {item.departmentName} · {whenText(item.submittedAt)}
              </Text>
              <Text className='complaints-row__meta'>
                {item.trackingNo}
                {item.reports > 1 ? ` · ${t('complaints.console.reports', { count: item.reports })}` : ''}
                {item.heldForReview ? ` · ${t('complaints.console.review')}` : ''}
              </Text>
            </View>
            <View className='complaints-row__main'>
              <Text className='complaints-row__meta'>{t(`complaints.statuses.${item.status}`)}</Text>
              {item.dueAt ? (
                <Text className='complaints-row__meta'>
                  {item.overdue ? t('complaints.console.overdue') : t('complaints.console.dueBy', { date: deadlineText(item.dueAt) })}
                </Text>
              ) : null}
            </View>
          </View>
        ))}
        <LoadMoreFooter remote={remote} hasMore={nextCursor !== null} testId='queue-load-more' />
      </SectionCard>
    </View>
  )
}

/** The regulators' queue for their region: by department, overdue first, then what is due soonest, a page at a time. */
export default function RegulatorQueuePage() {
  return (
    <PageShell className='regulator-page'>
      <RegulatorSignIn>
        <ActingAs />
        <MembersLinks />
        <LinkCard
          title={t('registry.console.title')}
          testId='registry-link'
          row='complaints-row'
          links={[
            { url: '/pages/regulator/registry/index', label: 'registry.console.entry', testId: 'open-registry' },
            { url: '/pages/regulator/review/index', label: 'registry.review.entry', testId: 'open-review' }
          ]}
        />
        <UnlocatedCountLink />
        <Queue />
        <DepartmentFigures />
      </RegulatorSignIn>
    </PageShell>
  )
}
