import Taro from '@tarojs/taro'
import { call } from '../../services/api-client'

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** Standard base64, the same on weapp and in browsers (neither Buffer nor btoa exists on both). */
function toBase64(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0
    const b = bytes[i + 1]
    const c = bytes[i + 2]
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0)
    out += BASE64.charAt((n >> 18) & 63) + BASE64.charAt((n >> 12) & 63)
    out += b === undefined ? '=' : BASE64.charAt((n >> 6) & 63)
    out += c === undefined ? '=' : BASE64.charAt(n & 63)
  }
  return out
}

/** What Taro.chooseMedia hands back for one picked file; on H5 the browser's File comes along. */
export interface PickedFile {
  tempFilePath: string
  size: number
  originalFileObj?: { arrayBuffer(): Promise<ArrayBuffer> }
}

/** The picked file's bytes: from the browser's File on H5, from the local file system on weapp. */
export async function readPickedFile(file: PickedFile): Promise<Uint8Array> {
  if (file.originalFileObj) return new Uint8Array(await file.originalFileObj.arrayBuffer())
  const data = Taro.getFileSystemManager().readFileSync(file.tempFilePath)
  return typeof data === 'string' ? new TextEncoder().encode(data) : new Uint8Array(data)
}

/**
 * Sends a photo the way the API takes it: announce the size (too large is refused before any bytes go), then
 * the parts in order, then finish, when the server checks the type and strips EXIF and GPS.
 */
export async function uploadPhoto(bytes: Uint8Array): Promise<{ id: string; width: number; height: number }> {
  const { uploadId, partBytes, parts } = await call('complaints', 'beginPhoto', { byteLength: bytes.length })
  for (let partIndex = 0; partIndex < parts; partIndex += 1) {
    const data = toBase64(bytes.subarray(partIndex * partBytes, (partIndex + 1) * partBytes))
    await call('complaints', 'putPhotoPart', { uploadId, partIndex, data })
  }
  return call('complaints', 'finishPhoto', { uploadId })
}
