import { createCloudFunction } from '../create-cloud-function'

export const main = createCloudFunction('complaints')
