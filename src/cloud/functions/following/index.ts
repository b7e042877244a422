import { followingHandlers } from '../../following/following-handlers'
import { createCloudFunction } from '../create-cloud-function'

export const main = createCloudFunction('following', () => followingHandlers)
