import '../../i18n/zh-cn-pages/alerts'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { SignInGate } from '../../components/bookings/sign-in-gate'
import { PageShell } from '../../components/layout/page-shell'
import { ActionButton } from '../../components/shared/action-button'
import { Badge } from '../../components/shared/badge'
import { useQuery } from '../../components/shared/queries'
import { EmptyState, ErrorState, LoadingState } from '../../components/shared/state-views'
import type { SavedSearch } from '../../domain/following/following-schema'
import { todayInChina } from '../../domain/shared/clock'
import { t } from '../../i18n/translate'
import { call } from '../../services/api-client'
import { useFinderStore } from '../../stores/finder-store'
import { formatDate } from '../../services/display-format'
import '../../components/following/following.scss'
import './index.scss'

/** Opens the finder on a saved search: its filters and point applied, its name over the results. */
const openSearch = (search: SavedSearch) => {
  void useFinderStore.getState().openSavedSearch(search)
  void Taro.switchTab({ url: '/pages/finder/index' })
}

/** 我的 → 保存的搜索: each saved search, tapped to run it again, with whether it alerts, and 删除. */
function SavedSearches() {
  const searches = useQuery('saved-searches', () => call('following', 'listSavedSearches', {}))
  if (searches.error) return <ErrorState title={t('alerts.searches.title')} message={searches.error.message} onRetry={() => void searches.reload()} />
  if (!searches.data) return <LoadingState />
  if (searches.data.items.length === 0) return <EmptyState title={t('alerts.searches.empty')} hint={t('alerts.searches.emptyHint')} testId='saved-searches-empty' />
  const remove = async (id: string) => {
    try {
      const next = await call('following', 'deleteSavedSearch', { id })
      searches.update(() => next)
      void Taro.showToast({ title: t('alerts.searches.removed'), icon: 'none' })
    } catch (error) {
      void Taro.showToast({ title: error instanceof Error ? error.message : t('errors.INTERNAL'), icon: 'none' })
    }
  }
  return (
    <View>
      {searches.data.items.map((search) => (
        <View key={search.id} className='saved-searches-page__item following__row' data-testid='saved-search'>
          <View className='following__row-body' onClick={() => openSearch(search)} data-testid='saved-search-open'>
            <Text className='following__name'>{search.name}</Text>
            <View className='following__chips'>
              <Badge label={search.alerts ? t('alerts.searches.alertsOn') : t('alerts.searches.alertsOff')} tone={search.alerts ? 'primary' : 'neutral'} />
              <Text className='following__hint'>{formatDate(todayInChina(new Date(search.createdAt)))}</Text>
            </View>
          </View>
          <ActionButton label={t('alerts.searches.remove')} variant='plain' onClick={() => void remove(search.id)} testId='saved-search-remove' />
        </View>
      ))}
    </View>
  )
}

export default function SavedSearchesPage() {
  return (
    <PageShell className='saved-searches-page'>
      <SignInGate role='parent' purpose='inbox'>
        <SavedSearches />
      </SignInGate>
    </PageShell>
  )
}
