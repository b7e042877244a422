import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useCallback, useEffect, useState, type CSSProperties } from 'react'
import { compareRows, type CompareSubject } from '../../components/compare/compare-rows'
import { PageShell } from '../../components/layout/page-shell'
import { SampleDataBanner } from '../../components/layout/sample-data-banner'
import { ActionButton } from '../../components/shared/action-button'
import { EmptyState, LoadingState } from '../../components/shared/state-views'
import { todayInChina } from '../../domain/shared/clock'
import { t } from '../../i18n/translate'
import { ApiError, toApiError } from '../../services/api-error'
import { COMPARE_LIMIT, useCompareStore } from '../../stores/compare-store'
import { useInstitutionStore } from '../../stores/institution-store'
import { useRegionStore } from '../../stores/region-store'
import './index.scss'

const networkError = () => new ApiError('NETWORK', t('errors.NETWORK'))

const openInstitution = (id: string) => void Taro.navigateTo({ url: `/pages/institution/index?id=${encodeURIComponent(id)}` })

export default function ComparePage() {
  const ids = useCompareStore((s) => s.ids)
  const byId = useInstitutionStore((s) => s.byId)
  const regions = useRegionStore((s) => s.byCode)
  const [errors, setErrors] = useState<Record<string, ApiError>>({})
  const [loading, setLoading] = useState(true)

  const load = useCallback(async () => {
    const wanted = useCompareStore.getState().ids
    setLoading(true)
    const results = await Promise.allSettled(wanted.map((id) => useInstitutionStore.getState().load(id)))
    const failed: Record<string, ApiError> = {}
    const regionCodes = new Set<string>()
    results.forEach((result, index) => {
      const id = wanted[index]
      if (id === undefined) return
      if (result.status === 'fulfilled') regionCodes.add(result.value.regionCode)
      else failed[id] = toApiError(result.reason, networkError)
    })
    await Promise.allSettled([...regionCodes].map((code) => useRegionStore.getState().loadRegion(code)))
    setErrors(failed)
    setLoading(false)
  }, [])

  // On open, and whenever the list changes (an institution added on a detail page, or one removed here).
  const idsKey = ids.join(',')
  useEffect(() => {
    void load()
  }, [idsKey, load])

  if (ids.length === 0) {
    return (
      <PageShell>
        <EmptyState title={t('compare.emptyTitle')} hint={t('compare.emptyHint', { limit: COMPARE_LIMIT })} testId='compare-empty'>
          <ActionButton label={t('compare.goFind')} testId='go-find' onClick={() => void Taro.switchTab({ url: '/pages/finder/index' })} />
        </EmptyState>
      </PageShell>
    )
  }

  const pending = ids.some((id) => !byId[id] && !errors[id])
  if (loading && pending) {
    return (
      <PageShell>
        <LoadingState />
      </PageShell>
    )
  }

  const today = todayInChina()
  const subjects: (CompareSubject | null)[] = ids.map((id) => {
    const detail = byId[id]
    return detail ? { detail, region: regions[detail.regionCode] ?? null } : null
  })
  const loaded = subjects.filter((s): s is CompareSubject => s !== null)
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
        {ids.map((id) => {
          const subjectIndex = loaded.findIndex((s) => s.detail.id === id)
          const subject = loaded[subjectIndex]
          const error = errors[id]
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
                  <ActionButton label={t('common.retry')} variant='secondary' testId='compare-retry' onClick={() => void load()} />
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
