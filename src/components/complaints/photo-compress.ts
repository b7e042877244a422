import Taro from '@tarojs/taro'
import { compressedSize, PHOTO_LIMITS } from '../../domain/complaints/photo-rules'

/** What Taro.chooseMedia hands back for one picked file; on H5 the browser's File comes along. */
export interface PickedFile {
  tempFilePath: string
  size: number
  fileType?: string
  originalFileObj?: Blob
}

/** The picked file is not a picture the phone can open: the parent is told, nothing is sent. */
export class NotAPhotoError extends Error {}

interface Decoded {
  source: CanvasImageSource
  width: number
  height: number
  release(): void
}

/** The picture's pixels, upright; browsers without createImageBitmap decode it through an <img>. */
async function decode(file: Blob): Promise<Decoded> {
  if (typeof createImageBitmap === 'function') {
    const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' })
    return { source: bitmap, width: bitmap.width, height: bitmap.height, release: () => bitmap.close() }
  }
  const url = URL.createObjectURL(file)
  const image = new Image()
  image.src = url
  await image.decode().catch((error: unknown) => {
    URL.revokeObjectURL(url)
    throw error
  })
  return { source: image, width: image.naturalWidth, height: image.naturalHeight, release: () => URL.revokeObjectURL(url) }
}

/**
 * Draws the picture on a canvas at its sending size and encodes it as JPEG: on H5 this is the only way to
 * shrink a 6 MB camera photo before it crosses the network.
 */
async function compressInBrowser(file: Blob): Promise<string> {
  if (!file.type.startsWith('image/')) throw new NotAPhotoError()
  const picture = await decode(file).catch(() => {
    throw new NotAPhotoError()
  })
  const { width, height } = compressedSize(picture.width, picture.height)
  const canvas = document.createElement('canvas')
  canvas.width = width
  canvas.height = height
  const context = canvas.getContext('2d')
  if (!context) throw new Error('no 2d canvas')
  context.drawImage(picture.source, 0, 0, width, height)
  picture.release()
  const jpeg = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', PHOTO_LIMITS.jpegQuality))
  if (!jpeg) throw new Error('canvas gave no JPEG')
  return URL.createObjectURL(jpeg)
}

/** The mini-program compresses natively; `getImageInfo` fails on a file that is not a picture. */
async function compressOnWeapp(file: PickedFile): Promise<string> {
  if (file.fileType !== undefined && file.fileType !== 'image') throw new NotAPhotoError()
  const info = await Taro.getImageInfo({ src: file.tempFilePath }).catch(() => {
    throw new NotAPhotoError()
  })
  const { width, height } = compressedSize(info.width, info.height)
  const compressed = await Taro.compressImage({
    src: file.tempFilePath,
    quality: Math.round(PHOTO_LIMITS.jpegQuality * 100),
    compressedWidth: width,
    compressedHeight: height
  })
  return compressed.tempFilePath
}

/**
 * The picked photo made ready to send: long side at most 2,048 px, JPEG at quality 0.8, so a 6 MB camera
 * photo leaves the phone at a fraction of its size. Returns a path `Taro.uploadFile` can send.
 */
export function compressPhoto(file: PickedFile): Promise<string> {
  if (process.env.TARO_ENV === 'h5' && file.originalFileObj) return compressInBrowser(file.originalFileObj)
  return compressOnWeapp(file)
}
