import { Text, View } from '@tarojs/components'
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { FiledCheckEntry } from '../../components/complaints/filed-check-entry'
import { EmptyResults } from '../../components/finder/empty-results'
import { FilterPanel } from '../../components/finder/filter-panel'
import { PlaceBar } from '../../components/finder/place-bar'
import { SearchBox } from '../../components/finder/search-box'
import { ResultCard } from '../../components/finder/result-card'
import { ResultSkeleton } from '../../components/finder/result-skeleton'
import { ResultsMap } from '../../components/finder/results-map'
import { SortBar } from '../../components/finder/sort-bar'
import { useMapTiles } from '../../components/finder/use-map-tiles'
import { PageShell } from '../../components/layout/page-shell'
import { SaveSearchPanel } from '../../components/following/save-search-panel'
import { SampleDataBanner } from '../../components/layout/sample-data-banner'
import { ActionButton } from '../../components/shared/action-button'
import { ErrorState } from '../../components/shared/state-views'
import { VACANCY_FRESH_DAYS } from '../../domain/finder/staleness-rules'
import type { District } from '../../domain/regions/region-schema'
import { t } from '../../i18n/translate'
import { countActiveFilters, useFinderStore } from '../../stores/finder-store'
import { useRegionStore } from '../../stores/region-store'
import './index.scss'

const NO_DISTRICTS: District[] = []

const openInstitution = (id: string) => {
  void Taro.navigateTo({ url: `/pages/institution/index?id=${encodeURIComponent(id)}` })
}

export default function FinderPage() {
  const finder = useFinderStore(
    useShallow((s) => ({
      regionCode: s.regionCode,
      districtCode: s.districtCode,
      filters: s.filters,
      sort: s.sort,
      results: s.results,
      total: s.total,
      nextCursor: s.nextCursor,
      status: s.status,
      error: s.error,
      loadingMore: s.loadingMore,
      loadMoreError: s.loadMoreError,
      searchOrigin: s.searchOrigin,
      pickedPlace: s.originSource === 'picked' ? s.pickedName : null,
      savedSearchName: s.savedSearchName
    }))
  )
  const regionIsSample = useRegionStore((s) => s.regions.find((r) => r.code === finder.regionCode)?.isSample ?? false)
  const region = useRegionStore((s) => (finder.regionCode ? s.byCode[finder.regionCode] : undefined)) ?? null
  const districts = region?.districts ?? NO_DISTRICTS
  const [filtersOpen, setFiltersOpen] = useState(false)
  const [view, setView] = useState<'list' | 'map'>('list')

  useEffect(() => {
    if (useFinderStore.getState().status === 'idle') void useFinderStore.getState().start()
  }, [])

  useReachBottom(() => {
    if (view === 'list') void useFinderStore.getState().loadMore()
  })

  usePullDownRefresh(() => {
    const store = useFinderStore.getState()
    const refresh = store.regionCode ? store.search() : store.start()
    void refresh.finally(() => Taro.stopPullDownRefresh())
  })

  const retry = () => {
    const store = useFinderStore.getState()
    void (store.regionCode ? store.search() : store.start())
  }

  const showSample = regionIsSample || finder.results.some((r) => r.isSample)
  const { canMap, tiles, missing: mapMissing } = useMapTiles()

  return (
    <PageShell className='finder-page'>
      <PlaceBar />
      <SearchBox />
      <SortBar
        sort={finder.sort}
        onSort={(sort) => void useFinderStore.getState().setSort(sort)}
        activeFilters={countActiveFilters(finder.filters, finder.districtCode)}
        onOpenFilters={() => setFiltersOpen(true)}
        view={canMap ? { mode: view, onToggle: () => setView(view === 'list' ? 'map' : 'list') } : undefined}
      />
      <FiledCheckEntry regionCode={finder.regionCode} />
      {/* With the answer, where the loading placeholders were: above the controls it would push them down as the
          regions arrive (a layout shift on every first visit). */}
      {showSample && finder.status !== 'loading' && finder.status !== 'idle' ? <SampleDataBanner /> : null}

      {finder.status === 'loading' || finder.status === 'idle' ? <ResultSkeleton /> : null}

      {finder.status === 'error' && finder.error ? (
        <ErrorState title={t('finder.errorTitle')} message={finder.error.message} onRetry={retry} />
      ) : null}

      {finder.status === 'ready' && finder.results.length === 0 ? (
        <EmptyResults filters={finder.filters} onRelax={(change) => void useFinderStore.getState().relax(change)} />
      ) : null}

      {finder.status === 'ready' && finder.results.length > 0 ? (
        <View className='finder-page__results'>
          <Text className='finder-page__count' data-testid='result-count'>
            {finder.savedSearchName
              ? t('finder.resultCountSaved', { total: finder.total, name: finder.savedSearchName })
              : finder.pickedPlace
                ? t('finder.resultCountNear', { total: finder.total, place: finder.pickedPlace })
                : t('finder.resultCount', { total: finder.total })}
          </Text>
          <SaveSearchPanel region={region} />
          <Text className='finder-page__legend' data-testid='finder-badge-legend'>
            {t('finder.badgeLegend', { days: VACANCY_FRESH_DAYS })}
          </Text>
          {mapMissing ? (
            <Text className='finder-page__legend' data-testid='map-missing'>
              {t('finder.mapNotConfigured')}
            </Text>
          ) : null}
          {canMap && view === 'map' && finder.searchOrigin ? (
            <ResultsMap items={finder.results} region={region} centre={finder.searchOrigin} tiles={tiles} onOpen={openInstitution} onUnavailable={() => setView('list')} />
          ) : (
            <View data-testid='result-list'>
              {finder.results.map((item) => (
                <ResultCard key={item.id} item={item} region={region} onOpen={openInstitution} />
              ))}
              <View className='finder-page__more'>
                {finder.loadMoreError ? <Text className='finder-page__more-error'>{t('finder.loadMoreFailed', { message: finder.loadMoreError.message })}</Text> : null}
                {finder.nextCursor ? (
                  <ActionButton
                    label={finder.loadingMore ? t('finder.loadingMore') : finder.loadMoreError ? t('common.retry') : t('finder.loadMore')}
                    variant='secondary'
                    disabled={finder.loadingMore}
                    testId='load-more'
                    onClick={() => void useFinderStore.getState().loadMore()}
                  />
                ) : (
                  <Text className='finder-page__end' data-testid='results-end'>
                    {t('finder.noMore')}
                  </Text>
                )}
              </View>
            </View>
          )}
        </View>
      ) : null}

      {filtersOpen ? (
        <FilterPanel
          filters={finder.filters}
          districtCode={finder.districtCode}
          districts={districts}
          onClose={() => setFiltersOpen(false)}
          onApply={(filters, districtCode) => {
            setFiltersOpen(false)
            void useFinderStore.getState().applyFilters(filters, districtCode)
          }}
        />
      ) : null}
    </PageShell>
  )
}
