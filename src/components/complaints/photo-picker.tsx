import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { Dispatch, SetStateAction } from 'react'
import { PHOTO_LIMITS } from '../../domain/complaints/photo-rules'
import { t } from '../../i18n/translate'
import { errorMessage } from '../shared/queries'
import { readPickedFile, uploadPhoto, type PickedFile } from './photo-upload'
import './complaints.scss'

export interface PickedPhoto {
  key: string
  previewPath: string
  status: 'uploading' | 'done' | 'failed'
  photoId: string | null
}

let picked = 0

/**
 * Up to six photos, picked with the platform's own chooser and uploaded at once, so the parent sees each one
 * finish (or fail, with the reason) before sending the complaint.
 */
export function PhotoPicker({ photos, onChange }: { photos: PickedPhoto[]; onChange: Dispatch<SetStateAction<PickedPhoto[]>> }) {
  const room = PHOTO_LIMITS.maxCount - photos.length

  const upload = async (file: PickedFile, key: string) => {
    try {
      const photo = await uploadPhoto(await readPickedFile(file))
      onChange((list) => list.map((p) => (p.key === key ? { ...p, status: 'done', photoId: photo.id } : p)))
    } catch (e) {
      onChange((list) => list.map((p) => (p.key === key ? { ...p, status: 'failed' } : p)))
      void Taro.showToast({ title: errorMessage(e).message, icon: 'none' })
    }
  }

  const choose = async () => {
    const result = await Taro.chooseMedia({ count: room, mediaType: ['image'], sizeType: ['compressed'], sourceType: ['album', 'camera'] }).catch(
      () => null
    )
    if (!result) return
    const files = (result.tempFiles as PickedFile[]).slice(0, room)
    const added = files.map((file): [PickedFile, PickedPhoto] => {
      picked += 1
      return [file, { key: `photo-${picked}`, previewPath: file.tempFilePath, status: 'uploading', photoId: null }]
    })
    onChange((list) => [...list, ...added.map(([, photo]) => photo)])
    await Promise.all(added.map(([file, photo]) => upload(file, photo.key)))
  }

  return (
    <View data-testid='photo-picker'>
      <Text className='complaints-hint'>{t('complaints.form.photosHint')}</Text>
      <View className='complaints-photos'>
        {photos.map((photo) => (
          <View key={photo.key} className='complaints-photos__item' data-testid='picked-photo' data-status={photo.status}>
            <Image className='complaints-photos__image' src={photo.previewPath} mode='aspectFill' />
            <Text
              className='complaints-photos__state'
              data-testid='remove-photo'
              onClick={() => onChange((list) => list.filter((p) => p.key !== photo.key))}
            >
              {photo.status === 'uploading' ? t('complaints.form.uploading') : t('complaints.form.removePhoto')}
            </Text>
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
