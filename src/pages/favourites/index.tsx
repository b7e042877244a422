import '../../i18n/zh-cn-pages/alerts'
import { Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { PageShell } from '../../components/layout/page-shell'
import { SampleDataBanner } from '../../components/layout/sample-data-banner'
import { AlertSettingsCard } from '../../components/following/alert-settings-card'
import { ActionButton } from '../../components/shared/action-button'
import { Badge } from '../../components/shared/badge'
import { EmptyState } from '../../components/shared/state-views'
import { todayInChina } from '../../domain/shared/clock'
import { t } from '../../i18n/translate'
import { formatDate, placeLine } from '../../services/display-format'
import { useCompareStore } from '../../stores/compare-store'
import { refreshFavourites, removeFavourite } from '../../services/favourites-sync'
import { useFavouritesStore } from '../../stores/favourites-store'
import { useSessionStore } from '../../stores/session-store'
import './index.scss'

export default function FavouritesPage() {
  const items = useFavouritesStore((s) => s.items)
  const compareCount = useCompareStore((s) => s.ids.length)
  const signedInParent = useSessionStore((s) => s.user?.role === 'parent')
  // Signed in, the list is the account's (kept on any phone); signed out, the device's, as always.
  useDidShow(() => void refreshFavourites().catch(() => undefined))

  if (items.length === 0) {
    return (
      <PageShell>
        <EmptyState title={t('favourites.emptyTitle')} hint={t('favourites.emptyHint')} testId='favourites-empty'>
          <ActionButton label={t('favourites.goFind')} testId='go-find' onClick={() => void Taro.switchTab({ url: '/pages/finder/index' })} />
        </EmptyState>
      </PageShell>
    )
  }

  return (
    <PageShell className='favourites-page'>
      {items.some((item) => item.isSample) ? <SampleDataBanner /> : null}
      {signedInParent ? <AlertSettingsCard /> : <Text className='favourites-page__count' data-testid='favourites-sign-in-hint'>{t('alerts.settings.signedOutHint')}</Text>}
      <View className='favourites-page__header'>
        <Text className='favourites-page__count'>{t('favourites.count', { count: items.length })}</Text>
        {compareCount > 0 ? (
          <ActionButton
            label={t('favourites.compareEntry', { count: compareCount })}
            variant='secondary'
            testId='compare-entry'
            onClick={() => void Taro.navigateTo({ url: '/pages/compare/index' })}
          />
        ) : null}
      </View>
      {items.map((item) => (
        <View key={item.id} className='favourites-page__item' data-testid='favourite-item' data-id={item.id}>
          <View className='favourites-page__body' onClick={() => void Taro.navigateTo({ url: `/pages/institution/index?id=${encodeURIComponent(item.id)}` })}>
            <Text className='favourites-page__name'>{item.name}</Text>
            <Text className='favourites-page__address'>
              {placeLine(item.districtName, item.address)}
            </Text>
            <View className='favourites-page__badges'>
              {item.isAffordable ? <Badge label={t('finder.affordableBadge')} tone='primary' /> : null}
              {item.isDemonstration ? <Badge label={t('finder.demonstrationBadge')} tone='info' /> : null}
              {item.revoked ? <Badge label={t('alerts.revoked')} tone='danger' /> : null}
              <Text className='favourites-page__saved'>{t('favourites.savedOn', { date: formatDate(todayInChina(new Date(item.savedAt))) })}</Text>
            </View>
          </View>
          <ActionButton
            label={t('favourites.remove')}
            variant='plain'
            testId='favourite-remove'
            onClick={() => {
              removeFavourite(item.id)
              void Taro.showToast({ title: t('favourites.removed'), icon: 'none' })
            }}
          />
        </View>
      ))}
    </PageShell>
  )
}
