import { Switch, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { MyBookingLinks } from '../../components/bookings/my-links'
import { ComplaintLinks } from '../../components/complaints/complaint-links'
import { OperatorLinks } from '../../components/operator/operator-links'
import { PageShell } from '../../components/layout/page-shell'
import { SectionCard } from '../../components/shared/section-card'
import { t } from '../../i18n/translate'
import { useCompareStore } from '../../stores/compare-store'
import { useFavouritesStore } from '../../stores/favourites-store'
import { useSettingsStore } from '../../stores/settings-store'
import { COLOURS } from '../../theme/tokens'
import './index.scss'

export default function MePage() {
  const elderMode = useSettingsStore((s) => s.elderMode)
  const favouriteCount = useFavouritesStore((s) => s.items.length)
  const compareCount = useCompareStore((s) => s.ids.length)

  return (
    <PageShell className='me-page'>
      {/* 长辈模式 first: the person who needs larger text should not have to scroll small text to find it. */}
      <SectionCard title={t('me.settings')}>
        <View className='me-page__setting'>
          <View className='me-page__setting-text'>
            <Text className='me-page__setting-name'>{t('me.elderMode')}</Text>
            <Text className='me-page__hint'>{t('me.elderModeHint')}</Text>
          </View>
          <Switch
            data-testid='elder-mode-switch'
            checked={elderMode}
            color={COLOURS.primary}
            onChange={(e) => {
              const on = Boolean(e.detail.value)
              useSettingsStore.getState().setElderMode(on)
              void Taro.showToast({ title: on ? t('me.elderModeOn') : t('me.elderModeOff'), icon: 'none' })
            }}
          />
        </View>
      </SectionCard>
      <MyBookingLinks />
      <ComplaintLinks />
      <OperatorLinks />

      <SectionCard title={t('app.tabFavourites')}>
        <View className='me-page__link' data-testid='me-favourites' onClick={() => void Taro.switchTab({ url: '/pages/favourites/index' })}>
          <Text>{t('me.favouritesEntry', { count: favouriteCount })}</Text>
          <Text className='me-page__chevron'>{t('format.onward')}</Text>
        </View>
        <View className='me-page__link' data-testid='compare-entry' onClick={() => void Taro.navigateTo({ url: '/pages/compare/index' })}>
          <Text>{t('me.compareEntry', { count: compareCount })}</Text>
          <Text className='me-page__chevron'>{t('format.onward')}</Text>
        </View>
      </SectionCard>

      <SectionCard title={t('me.about')}>
        <Text className='me-page__paragraph'>{t('me.aboutText')}</Text>
      </SectionCard>

      <SectionCard title={t('me.sampleTitle')} testId='sample-note'>
        <Text className='me-page__paragraph'>{t('common.sampleDataNote')}</Text>
      </SectionCard>

      <SectionCard title={t('me.privacyTitle')} testId='privacy-note'>
        <Text className='me-page__paragraph'>{t('me.privacyLocation')}</Text>
        <Text className='me-page__paragraph'>{t('me.privacyDevice')}</Text>
        <Text className='me-page__paragraph'>{t('me.privacyChildren')}</Text>
      </SectionCard>
    </PageShell>
  )
}
