import { Input, ScrollView, Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import type { Place } from '../../domain/finder/place-schema'
import { PLACE_QUERY_MAX_CHARS } from '../../domain/finder/search-limits'
import { t } from '../../i18n/translate'
import { call } from '../../services/api-client'
import { errorMessage } from '../shared/queries'
import { useHiddenTabBar } from '../shared/use-hidden-tab-bar'
import '../shared/option-sheet.scss'
import './place-search-sheet.scss'

/** Typing pauses this long before the places are asked for, so each keystroke is not a request. */
const TYPING_PAUSE_MS = 300

type Found = { status: 'idle' } | { status: 'searching' } | { status: 'found'; query: string; places: Place[] } | { status: 'failed'; message: string }

interface PlaceSearchSheetProps {
  regionCode: string
  onPick(place: Place): void
  /** The family's own position as a place; absent where it means nothing (the console placing an institution). */
  onUseLocation?(): void
  onClose(): void
}

/**
 * 选个地点 on H5, where there is no WeChat map to pick from: the region's districts, streets and filed
 * institutions found by part of their name, and the family's own position, as places to search from.
 */
export function PlaceSearchSheet({ regionCode, onPick, onUseLocation, onClose }: PlaceSearchSheetProps) {
  useHiddenTabBar()
  const [text, setText] = useState('')
  const [found, setFound] = useState<Found>({ status: 'idle' })
  const query = text.trim()

  useEffect(() => {
    if (!query) {
      setFound({ status: 'idle' })
      return
    }
    let live = true
    setFound({ status: 'searching' })
    const timer = setTimeout(() => {
      call('finder', 'places', { regionCode, query })
        .then((answer) => {
          if (live) setFound({ status: 'found', query, places: answer.places })
        })
        .catch((error: unknown) => {
          if (live) setFound({ status: 'failed', message: errorMessage(error).message })
        })
    }, TYPING_PAUSE_MS)
    return () => {
      live = false
      clearTimeout(timer)
    }
  }, [regionCode, query])

  return (
    <View className='option-sheet' data-testid='place-sheet' catchMove>
      <View className='option-sheet__backdrop' onClick={onClose} />
      <View className='option-sheet__panel'>
        <View className='option-sheet__header'>
          <Text className='option-sheet__title'>{t('finder.pickPlaceTitle')}</Text>
          <Text className='option-sheet__close' onClick={onClose} data-testid='place-sheet-close'>
            {t('finder.close')}
          </Text>
        </View>
        <View className='place-search__box'>
          <Input
            className='place-search__input'
            data-testid='place-query'
            value={text}
            focus
            maxlength={PLACE_QUERY_MAX_CHARS}
            placeholder={t('finder.pickPlacePlaceholder')}
            confirmType='search'
            onInput={(e) => setText(e.detail.value)}
          />
        </View>
        <ScrollView scrollY className='option-sheet__list'>
          {onUseLocation ? (
            <View className='option-sheet__option place-search__mine' data-testid='place-use-location' onClick={onUseLocation}>
              <Text>{t('finder.locate')}</Text>
            </View>
          ) : null}
          {found.status === 'searching' ? <Text className='place-search__note'>{t('finder.pickPlaceSearching')}</Text> : null}
          {found.status === 'failed' ? (
            <Text className='place-search__note' data-testid='place-error'>
              {found.message}
            </Text>
          ) : null}
          {found.status === 'found' && found.places.length === 0 ? (
            <Text className='place-search__note' data-testid='place-none'>
              {t('finder.pickPlaceNone', { query: found.query })}
            </Text>
          ) : null}
          {found.status === 'found'
            ? found.places.map((place, index) => (
                <View key={`${place.kind}-${index}`} className='option-sheet__option place-search__option' data-testid='place-option' onClick={() => onPick(place)}>
                  <View className='place-search__text'>
                    <Text className='place-search__name'>{place.name}</Text>
                    <Text className='place-search__context'>{place.context}</Text>
                  </View>
                  <Text className='place-search__kind'>{t(`finder.placeKinds.${place.kind}`)}</Text>
                </View>
              ))
            : null}
        </ScrollView>
      </View>
    </View>
  )
}
