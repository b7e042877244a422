import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { CSSProperties } from 'react'
import { compareRows, type CompareSubject } from '../../components/compare/compare-rows'
import { useComparedInstitutions } from '../../components/finder/use-institution'
import { PageShell } from '../../components/layout/page-shell'
import { SampleDataBanner } from '../../components/layout/sample-data-banner'
import { ActionButton } from '../../components/shared/action-button'
import { EmptyState, LoadingState } from '../../components/shared/state-views'
import { todayInChina } from '../../domain/shared/clock'
import { t } from '../../i18n/translate'
import { COMPARE_LIMIT, useCompareStore } from '../../stores/compare-store'
import './index.scss'

const openInstitution = (id: string) => void Taro.navigateTo({ url: `/pages/institution/index?id=${encodeURIComponent(id)}` })

export default function ComparePage() {
  const ids = useCompareStore((s) => s.ids)
  const { institutions, loading, reload } = useComparedInstitutions(ids)

  if (ids.length === 0) {
    return (
      <PageShell>
        <EmptyState title={t('compare.emptyTitle')} hint={t('compare.emptyHint', { limit: COMPARE_LIMIT })} testId='compare-empty'>
          <ActionButton label={t('compare.goFind')} testId='go-find' onClick={() => void Taro.switchTab({ url: '/pages/finder/index' })} />
        </EmptyState>
      </PageShell>
    )
  }

  const pending = institutions.some((i) => !i.detail && !i.error)
  if (loading && pending) {
    return (
      <PageShell>
        <LoadingState />
      </PageShell>
    )
  }

  const today = todayInChina()
  const loaded = institutions.flatMap(({ detail, region }): CompareSubject[] => (detail ? [{ detail, region }] : []))
  const rows = compareRows(loaded, today)
  const gridStyle = { gridTemplateColumns: `repeat(${ids.length}, minmax(0, 1fr))` } as CSSProperties
  // Header, one cell per row, and the remove button: every column spans them all so rows line up.
  const columnStyle = { gridRow: `span ${rows.length + 2}` } as CSSProperties

  const remove = (id: string) => {
    useCompareStore.getState().remove(id)
    void Taro.showToast({ title: t('compare.removed'), icon: 'none' })
  }

  return (
    <PageShell className='compare-page'>
      {loaded.some((s) => s.detail.isSample) ? <SampleDataBanner /> : null}
      {ids.length < 2 ? (
        <Text className='compare-page__hint' data-testid='compare-add-more'>
          {t('compare.addMoreHint')}
        </Text>
      ) : null}
      <View className='compare-page__grid' style={gridStyle}>
        {institutions.map(({ id, error }) => {
          const subjectIndex = loaded.findIndex((s) => s.detail.id === id)
          const subject = loaded[subjectIndex]
          return (
            <View key={id} className='compare-column' style={columnStyle} data-testid='compare-column' data-id={id}>
              {subject ? (
                <>
                  <View className='compare-column__head' onClick={() => openInstitution(id)}>
                    <Text className='compare-column__name'>{subject.detail.name}</Text>
                    <Text className='compare-column__place'>{subject.detail.districtName}</Text>
                    <Text className='compare-column__open'>{t('compare.open')}</Text>
                  </View>
                  {rows.map((row) => {
                    const cell = row.cells[subjectIndex]
                    return (
                      <View key={row.key} className={`compare-column__cell compare-column__cell--${cell?.tone ?? 'plain'}`} data-testid={`compare-cell-${row.key}`}>
                        <Text className='compare-column__label'>{row.label}</Text>
                        <Text className='compare-column__value'>{cell?.text}</Text>
                        {cell?.detail ? <Text className='compare-column__detail'>{cell.detail}</Text> : null}
                      </View>
                    )
                  })}
                </>
              ) : error ? (
                <View className='compare-column__error'>
                  <Text>{t('compare.loadFailed', { message: error.message })}</Text>
                  <ActionButton label={t('common.retry')} variant='secondary' testId='compare-retry' onClick={() => void reload()} />
                </View>
              ) : (
                <Text className='compare-column__loading'>{t('common.loading')}</Text>
              )}
              <View className='compare-column__remove'>
                <ActionButton label={t('compare.remove')} variant='plain' testId='compare-remove' onClick={() => remove(id)} />
              </View>
            </View>
          )
        })}
      </View>
    </PageShell>
  )
}
