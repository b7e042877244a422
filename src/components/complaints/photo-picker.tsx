import '../../i18n/zh-cn-pages/complaints'
import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState, type Dispatch, type SetStateAction } from 'react'
import { PHOTO_LIMITS } from '../../domain/complaints/photo-rules'
import { t } from '../../i18n/translate'
import { uploadComplaintPhoto } from '../../services/api-client'
import { errorMessage } from '../shared/queries'
import { compressPhoto, NotAPhotoError, type PickedFile } from './photo-compress'
import './complaints.scss'

export interface PickedPhoto {
  key: string
  previewPath: string
  status: 'uploading' | 'done' | 'failed'
  /** What `submit` sends for this photo once it is uploaded. */
  ticket: string | null
  /** Why the upload failed, shown on the photo until it is retried or removed. */
  error: string | null
  /** The file as picked, kept so 重试 can send it again without picking it again. */
  source: PickedFile
}

let picked = 0

const stateLabel = (photo: PickedPhoto) =>
  photo.status === 'uploading' ? t('complaints.form.uploading') : photo.status === 'failed' ? t('complaints.form.photoFailed') : null

/**
 * Up to six photos, picked with the platform's own chooser, compressed on the phone and uploaded one request
 * each, so the parent sees each one finish or fail. A failed photo stays, marked, with 重试 and 删除; a file
 * that is not a picture is turned away with a message.
 */
export function PhotoPicker({ photos, onChange }: { photos: PickedPhoto[]; onChange: Dispatch<SetStateAction<PickedPhoto[]>> }) {
  const [notice, setNotice] = useState<string | null>(null)
  const room = PHOTO_LIMITS.maxCount - photos.length
  const update = (key: string, change: Partial<PickedPhoto>) => onChange((list) => list.map((p) => (p.key === key ? { ...p, ...change } : p)))

  const upload = async (photo: PickedPhoto) => {
    update(photo.key, { status: 'uploading', error: null })
    try {
      const sent = await uploadComplaintPhoto(await compressPhoto(photo.source))
      update(photo.key, { status: 'done', ticket: sent.ticket })
    } catch (e) {
      if (e instanceof NotAPhotoError) {
        onChange((list) => list.filter((p) => p.key !== photo.key))
        setNotice(t('complaints.form.notAPhoto'))
        return
      }
      update(photo.key, { status: 'failed', error: errorMessage(e).message })
    }
  }

  const choose = async () => {
    setNotice(null)
    const result = await Taro.chooseMedia({ count: room, mediaType: ['image'], sizeType: ['compressed'], sourceType: ['album', 'camera'] }).catch(
      () => null
    )
    if (!result) return
    const added = (result.tempFiles as PickedFile[]).slice(0, room).map((source): PickedPhoto => {
      picked += 1
      return { key: `photo-${picked}`, previewPath: source.tempFilePath, status: 'uploading', ticket: null, error: null, source }
    })
    onChange((list) => [...list, ...added])
    await Promise.all(added.map(upload))
  }

  return (
    <View data-testid='photo-picker'>
      <Text className='complaints-hint'>{t('complaints.form.photosHint')}</Text>
      {notice ? (
        <Text className='complaints-photos__notice' data-testid='photo-notice'>
          {notice}
        </Text>
      ) : null}
      <View className='complaints-photos'>
        {photos.map((photo) => (
          <View key={photo.key} className='complaints-photos__item' data-testid='picked-photo' data-status={photo.status}>
            <Image className='complaints-photos__image' src={photo.previewPath} mode='aspectFill' />
            {stateLabel(photo) ? (
              <Text className={`complaints-photos__state complaints-photos__state--${photo.status}`} data-testid='photo-state'>
                {stateLabel(photo)}
              </Text>
            ) : null}
            {photo.status === 'failed' ? (
              <Text className='complaints-photos__error' data-testid='photo-error'>
                {photo.error}
              </Text>
            ) : null}
            {photo.status === 'uploading' ? null : (
              <View className='complaints-photos__actions'>
                {photo.status === 'failed' ? (
                  <Text className='complaints-photos__action' data-testid='retry-photo' onClick={() => void upload(photo)}>
                    {t('complaints.form.retryPhoto')}
                  </Text>
                ) : null}
                <Text
                  className='complaints-photos__action'
                  data-testid='remove-photo'
                  onClick={() => onChange((list) => list.filter((p) => p.key !== photo.key))}
                >
                  {t('complaints.form.removePhoto')}
                </Text>
              </View>
            )}
          </View>
        ))}
        {room > 0 ? (
          <View className='complaints-photos__add' data-testid='add-photo' onClick={() => void choose()}>
            <Text>{t('complaints.form.addPhoto')}</Text>
          </View>
        ) : null}
      </View>
    </View>
  )
}
