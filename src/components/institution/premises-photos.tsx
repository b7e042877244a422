import { Image, Text, View } from '@tarojs/components'
import type { InstitutionDetail } from '../../domain/finder/institution-schema'
import { t } from '../../i18n/translate'
import { call } from '../../services/api-client'
import { useQuery } from '../shared/queries'
import { SectionCard } from '../shared/section-card'
import './detail-tables.scss'

/** One photo of the institution, fetched as the re-encoded JPEG the server keeps (no EXIF, no location). */
export function InstitutionPhoto({ institutionId, photoId }: { institutionId: string; photoId: string }) {
  const photo = useQuery(`institution-photo:${institutionId}:${photoId}`, () => call('registry', 'institutionPhoto', { institutionId, photoId }))
  if (!photo.data) return <View className='detail-table__photo' data-testid='premises-photo-loading' />
  return <Image className='detail-table__photo' mode='aspectFill' src={`data:${photo.data.mimeType};base64,${photo.data.data}`} data-testid='premises-photo' />
}

/** 环境照片: the rooms, kitchen and yard as the institution shows them, in its order. */
export function PremisesPhotosSection({ detail }: { detail: InstitutionDetail }) {
  if (detail.premisesPhotos.length === 0) return null
  return (
    <SectionCard title={t('institution.premisesTitle')} testId='premises-section'>
      <View className='detail-table__photos'>
        {detail.premisesPhotos.map((p) => (
          <InstitutionPhoto key={p.id} institutionId={detail.id} photoId={p.id} />
        ))}
      </View>
      <Text className='detail-table__note'>{t('institution.premisesNote')}</Text>
    </SectionCard>
  )
}
