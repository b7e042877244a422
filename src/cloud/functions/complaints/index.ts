import '../cold-start'
import { complaintsContract } from '../../../domain/complaints/complaints-contract'
import * as wxServerSdk from 'wx-server-sdk'
import { cloudPhotoFilesFrom, useCloudPhotoFiles, type WxCloudStorage } from '../../complaints/cloud-photo-files'
import { createComplaintsHandlers } from '../../complaints/complaints-handlers'
import { createCloudFunction } from '../create-cloud-function'

// Photos from the mini-program wait in cloud storage (wx.cloud.uploadFile); this function reads and deletes them.
useCloudPhotoFiles(cloudPhotoFilesFrom(wxServerSdk as unknown as WxCloudStorage))

export const main = createCloudFunction('complaints', complaintsContract, (deps) => createComplaintsHandlers(deps.complaintWechat))
