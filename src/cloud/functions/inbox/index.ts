import { inboxHandlers } from '../../inbox/inbox-handlers'
import { createCloudFunction } from '../create-cloud-function'

export const main = createCloudFunction('inbox', () => inboxHandlers)
