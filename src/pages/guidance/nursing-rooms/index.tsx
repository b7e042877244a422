import '../../../i18n/zh-cn-pages/guidance'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { useQuery } from '../../../components/shared/queries'
import { RegionChips } from '../../../components/guidance/region-chips'
import { useGuidanceRegion } from '../../../components/guidance/use-guidance-region'
import { PageShell } from '../../../components/layout/page-shell'
import { ActionButton } from '../../../components/shared/action-button'
import { Badge } from '../../../components/shared/badge'
import { EmptyState, ErrorState, LoadingState } from '../../../components/shared/state-views'
import type { NursingRoom } from '../../../domain/guidance/nursing-room-schema'
import type { LatLng } from '../../../domain/shared/geo'
import { t } from '../../../i18n/translate'
import { call } from '../../../services/api-client'
import { formatDistance } from '../../../services/display-format'
import { locateFamily } from '../../../services/location-service'
import { openInMap } from '../../../services/map-navigation'
import '../../../components/guidance/guidance.scss'
import './index.scss'

const NEAREST = 10
const AREA_LIST = 30
const SEARCH_RADIUS_M = 20_000

function RoomCard({ room }: { room: NursingRoom & { distanceM: number | null } }) {
  return (
    <View className='room-card' data-testid='nursing-room' data-room={room.id}>
      <View className='room-card__head'>
        <Text className='room-card__title'>{room.name}</Text>
        {room.distanceM !== null ? <Text className='room-card__distance'>{formatDistance(room.distanceM)}</Text> : null}
      </View>
      <View className='room-card__tags'>
        <Badge label={t(`guidance.nursingRooms.place.${room.place}`)} tone='accent' />
        {room.isSample ? <Badge label={t('common.sampleData')} tone='neutral' /> : null}
      </View>
      <Text className='room-card__meta'>{room.address}</Text>
      <Text className='room-card__meta'>{t('guidance.nursingRooms.where', { where: room.whereInside })}</Text>
      <Text className='room-card__meta'>{t('guidance.nursingRooms.hours', { hours: room.openHours })}</Text>
      {room.openToPublic ? null : <Text className='room-card__meta'>{t('guidance.nursingRooms.staffOnly')}</Text>}
      <View className='room-card__tags'>
        {room.facilities.map((facility) => (
          <Badge key={facility} label={t(`guidance.nursingRooms.facility.${facility}`)} tone='primary' />
        ))}
      </View>
      <ActionButton
        label={t('guidance.nursingRooms.navigate')}
        variant='secondary'
        testId='navigate-room'
        onClick={() => void openInMap({ point: room.location, name: room.name, address: room.address })}
      />
    </View>
  )
}

type Position = { status: 'idle' | 'locating' | 'denied' | 'unavailable' } | { status: 'located'; point: LatLng }

export default function NursingRoomsPage() {
  const region = useGuidanceRegion()
  const [position, setPosition] = useState<Position>({ status: 'idle' })
  const code = region.regionCode
  const near = position.status === 'located' ? position.point : null
  const rooms = useQuery(code ? `rooms:${code}:${near ? `${near.lat},${near.lng}` : 'area'}` : null, () =>
    call('guidance', 'nursingRooms', near ? { regionCode: code ?? '', near, limit: NEAREST, radiusM: SEARCH_RADIUS_M } : { regionCode: code ?? '', limit: AREA_LIST })
  )
  const regionName = region.regions.find((r) => r.code === code)?.name ?? ''

  const locate = async () => {
    setPosition({ status: 'locating' })
    const result = await locateFamily()
    setPosition(result.status === 'located' ? { status: 'located', point: result.point } : { status: result.status })
  }

  return (
    <PageShell className='rooms-page'>
      <RegionChips region={region} />
      <View className='rooms-page__locate'>
        <ActionButton
          label={position.status === 'locating' ? t('guidance.nursingRooms.locating') : t('guidance.nursingRooms.locate')}
          onClick={() => void locate()}
          disabled={position.status === 'locating'}
          testId='locate-rooms'
          block
        />
      </View>
      {position.status === 'denied' || position.status === 'unavailable' ? (
        <Text className='guidance-notice' data-testid='location-notice'>
          {t(`guidance.nursingRooms.${position.status}`)}
        </Text>
      ) : null}
      <Text className='rooms-page__heading'>{near ? t('guidance.nursingRooms.nearest') : t('guidance.nursingRooms.byArea', { region: regionName })}</Text>
      {region.failed && !code ? (
        <ErrorState title={t('guidance.nursingRooms.title')} message={t('errors.NETWORK')} onRetry={() => region.retry()} />
      ) : rooms.error ? (
        <ErrorState title={t('guidance.nursingRooms.title')} message={rooms.error.message} onRetry={() => void rooms.reload()} />
      ) : !rooms.data ? (
        <LoadingState />
      ) : rooms.data.rooms.length === 0 ? (
        <EmptyState title={t('guidance.nursingRooms.empty')} hint={t('guidance.nursingRooms.emptyHint')}>
          <ActionButton label={t('guidance.nursingRooms.byArea', { region: regionName })} variant='secondary' onClick={() => setPosition({ status: 'idle' })} testId='rooms-by-area' />
        </EmptyState>
      ) : (
        <View data-testid='room-list'>
          {rooms.data.rooms.map((room) => (
            <RoomCard key={room.id} room={room} />
          ))}
        </View>
      )}
    </PageShell>
  )
}
