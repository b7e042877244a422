import { Image, Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { t } from '../../i18n/translate'
import { call } from '../../services/api-client'
import { errorMessage } from '../shared/queries'
import './complaints.scss'

/** One of a complaint's photos, fetched through the API (only its parent and the region's regulators may). */
export function ComplaintPhoto({ trackingNo, photoId, secret }: { trackingNo: string; photoId: string; secret?: string | undefined }) {
  const [src, setSrc] = useState<string | null>(null)
  const [failed, setFailed] = useState<string | null>(null)
  useEffect(() => {
    let live = true
    call('complaints', 'photo', secret ? { trackingNo, photoId, secret } : { trackingNo, photoId })
      .then((photo) => {
        if (live) setSrc(`data:${photo.mimeType};base64,${photo.data}`)
      })
      .catch((e: unknown) => {
        if (live) setFailed(errorMessage(e).message)
      })
    return () => {
      live = false
    }
  }, [trackingNo, photoId, secret])
  if (failed) return <Text className='complaints-hint'>{failed}</Text>
  if (!src) return <Text className='complaints-hint'>{t('common.loading')}</Text>
  return (
    <View data-testid='complaint-photo' data-photo-id={photoId}>
      <Image className='complaints-photos__large' src={src} mode='widthFix' />
    </View>
  )
}
