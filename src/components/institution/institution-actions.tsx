import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { InstitutionDetail } from '../../domain/finder/institution-schema'
import { t } from '../../i18n/translate'
import { placeLine } from '../../services/display-format'
import { toggleFavourite } from '../../services/favourites-sync'
import { openInMap } from '../../services/map-navigation'
import { COMPARE_LIMIT, useCompareStore } from '../../stores/compare-store'
import { useFavouritesStore } from '../../stores/favourites-store'
import { ActionButton } from '../shared/action-button'
import './institution-actions.scss'

const toast = (title: string) => void Taro.showToast({ title, icon: 'none', duration: 2500 })

/** The page as shared: weapp shares the mini-program page; H5 copies the address bar. */
const shareLink = (): string => (process.env.TARO_ENV === 'h5' ? window.location.href : '')

export function InstitutionActions({ detail }: { detail: InstitutionDetail }) {
  const isFavourite = useFavouritesStore((s) => s.items.some((f) => f.id === detail.id))
  const inCompare = useCompareStore((s) => s.ids.includes(detail.id))
  const compareCount = useCompareStore((s) => s.ids.length)
  const [limitReached, setLimitReached] = useState(false)

  const call = () => {
    Taro.makePhoneCall({ phoneNumber: detail.phone }).catch(() => toast(t('institution.callFailed', { phone: detail.phone })))
  }

  const navigate = () => {
    void openInMap({ point: detail.location, name: detail.name, address: placeLine(detail.districtName, detail.address) })
  }

  const copyLink = () => {
    void Taro.setClipboardData({ data: shareLink() }).then(() => toast(t('institution.linkCopied')))
  }

  const favourite = () => {
    const now = toggleFavourite({
      id: detail.id,
      name: detail.name,
      districtName: detail.districtName,
      address: detail.address,
      isAffordable: detail.isAffordable,
      isDemonstration: detail.isDemonstration,
      isSample: detail.isSample
    })
    toast(now ? t('institution.favouriteAdded') : t('institution.favouriteRemoved'))
  }

  const addToCompare = () => {
    const result = useCompareStore.getState().add(detail.id)
    setLimitReached(result === 'full')
    if (result === 'added') toast(t('institution.compareAdded', { count: useCompareStore.getState().ids.length, limit: COMPARE_LIMIT }))
    else if (result === 'full') toast(t('institution.compareFull', { limit: COMPARE_LIMIT }))
    else toast(t('institution.compareAlready'))
  }

  return (
    <View className='institution-actions' data-testid='institution-actions'>
      <View className='institution-actions__grid'>
        <View className='institution-actions__item' data-testid='action-call' onClick={call}>
          <Text>{t('institution.actionCall')}</Text>
        </View>
        <View className='institution-actions__item' data-testid='action-navigate' onClick={navigate}>
          <Text>{t('institution.actionNavigate')}</Text>
        </View>
        {process.env.TARO_ENV === 'weapp' ? (
          <Button className='institution-actions__item institution-actions__share' openType='share' data-testid='action-share'>
            {t('institution.actionShare')}
          </Button>
        ) : (
          <View className='institution-actions__item' data-testid='action-share' onClick={copyLink}>
            <Text>{t('institution.actionShare')}</Text>
          </View>
        )}
        <View
          className={`institution-actions__item ${isFavourite ? 'institution-actions__item--on' : ''}`}
          data-testid='action-favourite'
          data-selected={isFavourite ? 'true' : 'false'}
          onClick={favourite}
        >
          <Text>{isFavourite ? t('institution.actionFavourited') : t('institution.actionFavourite')}</Text>
        </View>
      </View>
      <View className='institution-actions__compare'>
        <View className='institution-actions__compare-add'>
          <ActionButton
            label={inCompare ? t('institution.actionCompared') : t('institution.actionCompare')}
            variant={inCompare ? 'secondary' : 'primary'}
            block
            testId='add-to-compare'
            onClick={addToCompare}
          />
        </View>
        <ActionButton
          label={t('institution.compareEntry', { count: compareCount })}
          variant='secondary'
          testId='compare-entry'
          onClick={() => void Taro.navigateTo({ url: '/pages/compare/index' })}
        />
      </View>
      {limitReached && !inCompare ? (
        <Text className='institution-actions__limit' data-testid='compare-limit'>
          {t('institution.compareFull', { limit: COMPARE_LIMIT })}
        </Text>
      ) : null}
    </View>
  )
}
