import '../../i18n/zh-cn-pages/alerts'
import '../../i18n/zh-cn-pages/statistics'
import { Switch, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { AccountCard, RedeemInvitation } from '../../components/account/account-panel'
import { MyBookingLinks } from '../../components/bookings/my-links'
import { ComplaintLinks } from '../../components/complaints/complaint-links'
import { OperatorLinks } from '../../components/operator/operator-links'
import { PageShell } from '../../components/layout/page-shell'
import { pressable } from '../../components/shared/pressable'
import { SectionCard } from '../../components/shared/section-card'
import { LOCALE_NAMES, LOCALES, type Locale } from '../../i18n/locales'
import { t } from '../../i18n/translate'
import { useCompareStore } from '../../stores/compare-store'
import { useFavouritesStore } from '../../stores/favourites-store'
import { chooseLocale } from '../../services/app-locale'
import { useLocale, useSettingsStore } from '../../stores/settings-store'
import { COLOURS } from '../../theme/tokens'
import './index.scss'

const openFavourites = () => void Taro.switchTab({ url: '/pages/favourites/index' })
const openCompare = () => void Taro.navigateTo({ url: '/pages/compare/index' })
const openSavedSearches = () => void Taro.navigateTo({ url: '/pages/saved-searches/index' })

export default function MePage() {
  const elderMode = useSettingsStore((s) => s.elderMode)
  const locale = useLocale()
  const pick = (option: Locale) => {
    if (option !== locale) void chooseLocale(option)
  }
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
            className='me-page__switch'
            data-testid='elder-mode-switch'
            // H5 draws the switch as an <input> inside Taro's element: its name goes on the input itself.
            nativeProps={{ 'aria-label': t('me.elderMode') }}
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
      <AccountCard />
      <SectionCard title={t('me.language')} testId='language-setting'>
        <Text className='me-page__hint'>{t('me.languageHint')}</Text>
        <View role='radiogroup' aria-label={t('me.language')}>
          {LOCALES.map((option) => (
            <View
              key={option}
              {...pressable(() => pick(option))}
              className='me-page__link'
              role='radio'
              aria-checked={option === locale}
              data-testid={`language-${option}`}
              onClick={() => pick(option)}
            >
              {/* Each name in its own script and direction, whatever the page's. */}
              <Text className='me-page__language-name'>{LOCALE_NAMES[option]}</Text>
              {option === locale ? <Text className='me-page__chevron'>{t('format.chosen')}</Text> : null}
            </View>
          ))}
        </View>
      </SectionCard>
      <MyBookingLinks />
      <ComplaintLinks />
      <OperatorLinks />

      <SectionCard title={t('app.tabFavourites')}>
        <View className='me-page__link' data-testid='me-favourites' {...pressable(openFavourites, 'link')} onClick={openFavourites}>
          <Text>{t('me.favouritesEntry', { count: favouriteCount })}</Text>
          <Text className='me-page__chevron'>{t('format.onward')}</Text>
        </View>
        <View className='me-page__link' data-testid='compare-entry' {...pressable(openCompare, 'link')} onClick={openCompare}>
          <Text>{t('me.compareEntry', { count: compareCount })}</Text>
          <Text className='me-page__chevron'>{t('format.onward')}</Text>
        </View>
        <View className='me-page__link' data-testid='saved-searches-entry' {...pressable(openSavedSearches, 'link')} onClick={openSavedSearches}>
          <Text>{t('alerts.searches.entry')}</Text>
          <Text className='me-page__chevron'>{t('format.onward')}</Text>
        </View>
      </SectionCard>

      <RedeemInvitation />
      <SectionCard title={t('statistics.title')}>
        <View className='me-page__link' data-testid='statistics-entry' onClick={() => void Taro.navigateTo({ url: '/pages/statistics/index' })}>
          <Text>{t('statistics.entry')}</Text>
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
