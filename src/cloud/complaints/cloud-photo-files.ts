/**
 * WeChat cloud storage as the complaints function sees it: the mini-program puts a photo there with
 * `wx.cloud.uploadFile`, and the function reads it once and deletes it. Only a cloud function has it; the
 * self-hosted server takes photos by multipart upload instead.
 */
export interface CloudPhotoFiles {
  /** The file's bytes, or null when there is no such file. */
  read(fileId: string): Promise<Uint8Array | null>
  remove(fileId: string): Promise<void>
}

/** The part of wx-server-sdk that reaches cloud storage. */
export interface WxCloudStorage {
  init?(config?: { env?: unknown }): void
  DYNAMIC_CURRENT_ENV?: unknown
  downloadFile(options: { fileID: string }): Promise<{ fileContent?: unknown }>
  deleteFile(options: { fileList: string[] }): Promise<{ fileList?: { fileID?: unknown; status?: unknown; errMsg?: unknown }[] }>
}

/**
 * Cloud storage through wx-server-sdk, set up for the function's own environment at first use; a download
 * that fails means the file is not there (or not in this environment).
 */
export function cloudPhotoFilesFrom(cloud: WxCloudStorage): CloudPhotoFiles {
  let initialised = false
  const ready = () => {
    if (!initialised) cloud.init?.({ env: cloud.DYNAMIC_CURRENT_ENV })
    initialised = true
    return cloud
  }
  return {
    async read(fileId) {
      const downloaded = await ready()
        .downloadFile({ fileID: fileId })
        .catch(() => null)
      const content = downloaded?.fileContent
      return content instanceof Uint8Array ? new Uint8Array(content) : null
    },
    async remove(fileId) {
      const { fileList = [] } = await ready().deleteFile({ fileList: [fileId] })
      const failed = fileList.find((file) => file.status !== 0)
      if (failed) throw new Error(`cloud storage kept ${fileId}: ${String(failed.errMsg)}`)
    }
  }
}

let installed: CloudPhotoFiles | null = null

/** Called by the complaints cloud function's entry, which alone has wx-server-sdk. */
export function useCloudPhotoFiles(files: CloudPhotoFiles | null): void {
  installed = files
}

export const cloudPhotoFiles = (): CloudPhotoFiles | null => installed
